import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, Language, TextLanguage } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { NotificationPageDto, NotificationQueryDto, UnreadCountDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

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
