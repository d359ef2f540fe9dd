import {
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  createParamDecorator,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, DEFAULT_LANGUAGE, ErrorResponseDto, Language, resolveLanguage } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyRequest } from 'fastify';
import { NotificationPageDto, NotificationQueryDto, UnreadCountDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

/** Texts follow Accept-Language like every message of the API; without it, the profile's language. */
const TextLanguage = createParamDecorator((_data: unknown, ctx: ExecutionContext): Language => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  const header = request.headers['accept-language'];
  return header ? resolveLanguage(header) : (request.user?.language ?? DEFAULT_LANGUAGE);
});

/** The signed-in user's own in-app notifications. */
@ApiTags('notifications')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listNotifications(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationQueryDto,
    @TextLanguage() language: Language,
  ): Promise<NotificationPageDto> {
    return this.notifications.list(user.id, { limit: query.limit ?? 20, before: query.before }, language);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  async getUnreadNotificationCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(user.id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<void> {
    await this.notifications.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such notification, or not yours' })
  async markNotificationRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.notifications.markRead(user.id, id);
  }
}
