import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, Public, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { FORUM_CONTENT_TYPES } from '@walikota/shared-contracts';
import type { ForumContentType } from '@walikota/shared-contracts';
import { ThreadNumberPipe, idPipe, oneOfPipe } from '../forum-pipes';
import { ForumAppeals } from './forum-appeals.service';
import { ForumFlags } from './forum-flags.service';
import { ForumModeration } from './forum-moderation.service';
import { ForumSanctions } from './forum-sanctions.service';
import { ForumWatchedWords } from './forum-watched-words.service';
import {
  ForumAppealDecisionDto,
  ForumAppealDto,
  ForumAppealInputDto,
  ForumContentActionDto,
  ForumFlagInputDto,
  ForumModerationActionDto,
  ForumModerationStatsDto,
  ForumQueueDto,
  ForumSanctionDto,
  ForumSanctionInputDto,
  ForumSanctionQueryDto,
  ForumThreadActionDto,
  ForumWatchedWordDto,
  ForumWatchedWordInputDto,
} from './moderation.dto';

const IdPipe = idPipe();
const ContentTypePipe = oneOfPipe(FORUM_CONTENT_TYPES);

const WRITERS = ['citizen', 'moderator', 'official'] as const;

/** Flags, the moderation queue and acts, sanctions, watched words, appeals and public statistics (docs/product.md, "Town-hall forums"). */
@ApiTags('forum moderation')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('forums')
export class ModerationController {
  constructor(
    private readonly flags: ForumFlags,
    private readonly moderation: ForumModeration,
    private readonly sanctions: ForumSanctions,
    private readonly watched: ForumWatchedWords,
    private readonly appeals: ForumAppeals,
  ) {}

  /** Flags a shown post or question, once per reader; enough readers' flags hide it until reviewed. */
  @Post('flags')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ description: 'Whether this flag hid the item' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  flagForumContent(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: ForumFlagInputDto,
  ): Promise<{ hidden: boolean }> {
    return this.flags.flag(user, meta, dto);
  }

  /** Public: moderation acts per month by kind, and the median time to review. */
  @Get('moderation/stats')
  @Public()
  @ApiOkResponse({ type: ForumModerationStatsDto })
  getForumModerationStats(): Promise<ForumModerationStatsDto> {
    return this.moderation.stats();
  }

  /** Flagged items (most flags first, then the longest waiting) and held posts. */
  @Get('moderation/queue')
  @Roles('moderator')
  @ApiOkResponse({ type: ForumQueueDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  getForumModerationQueue(): Promise<ForumQueueDto> {
    return this.moderation.queue();
  }

  /** Acts on the caller's own content and account, with whether each may be appealed. */
  @Get('moderation/mine')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: [ForumModerationActionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listMyForumModeration(@CurrentUser() user: AuthUser): Promise<ForumModerationActionDto[]> {
    return this.moderation.mine(user);
  }

  /** Hide (with a reason), unhide, approve or reject a held post, or dismiss the flags. */
  @Post('moderation/content/:type/:id')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'type', enum: FORUM_CONTENT_TYPES })
  @ApiOkResponse({ type: ForumModerationActionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  moderateForumContent(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('type', ContentTypePipe) type: ForumContentType,
    @Param('id', IdPipe) id: string,
    @Body() dto: ForumContentActionDto,
  ): Promise<ForumModerationActionDto> {
    return this.moderation.actOnContent(user, meta, type, id, dto);
  }

  /** Lock or unlock (with a reason), pin or unpin, move, or set slow mode. */
  @Post('moderation/threads/:number')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ForumModerationActionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  moderateForumThread(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('number', ThreadNumberPipe) number: number,
    @Body() dto: ForumThreadActionDto,
  ): Promise<ForumModerationActionDto> {
    return this.moderation.actOnThread(user, meta, number, dto);
  }

  /** Sanctions in force, or every sanction of one account (`active=false&userId=`). */
  @Get('sanctions')
  @Roles('moderator')
  @ApiOkResponse({ type: [ForumSanctionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listForumSanctions(@Query() query: ForumSanctionQueryDto): Promise<ForumSanctionDto[]> {
    return this.sanctions.list({ userId: query.userId, active: query.active ?? true });
  }

  @Get('sanctions/mine')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: [ForumSanctionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listMyForumSanctions(@CurrentUser() user: AuthUser): Promise<ForumSanctionDto[]> {
    return this.sanctions.mine(user);
  }

  /** Warn, mute for N days, or ban (for N days, or until lifted); told to the account holder. */
  @Post('sanctions')
  @Roles('moderator')
  @ApiCreatedResponse({ type: ForumSanctionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  imposeForumSanction(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: ForumSanctionInputDto,
  ): Promise<ForumSanctionDto> {
    return this.sanctions.impose(user, meta, dto);
  }

  @Post('sanctions/:id/lift')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ForumSanctionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  liftForumSanction(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', IdPipe) id: string,
  ): Promise<ForumSanctionDto> {
    return this.sanctions.lift(user, meta, id);
  }

  @Get('watched-words')
  @Roles('moderator')
  @ApiOkResponse({ type: [ForumWatchedWordDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listForumWatchedWords(): Promise<ForumWatchedWordDto[]> {
    return this.watched.list();
  }

  @Post('watched-words')
  @Roles('moderator')
  @ApiCreatedResponse({ type: ForumWatchedWordDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  addForumWatchedWord(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: ForumWatchedWordInputDto,
  ): Promise<ForumWatchedWordDto> {
    return this.watched.add(user, meta, dto);
  }

  @Delete('watched-words/:id')
  @Roles('moderator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  removeForumWatchedWord(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', IdPipe) id: string,
  ): Promise<void> {
    return this.watched.remove(user, meta, id);
  }

  /** The subject of a moderation act appeals it, once. */
  @Post('appeals')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: ForumAppealDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  appealForumModeration(@CurrentUser() user: AuthUser, @Body() dto: ForumAppealInputDto): Promise<ForumAppealDto> {
    return this.appeals.appeal(user, dto);
  }

  @Get('appeals')
  @Roles('moderator')
  @ApiOkResponse({ type: [ForumAppealDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listForumAppeals(): Promise<ForumAppealDto[]> {
    return this.appeals.list();
  }

  /** Another moderator upholds the act or overturns it (undoing it). */
  @Post('appeals/:id/decision')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ForumAppealDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  decideForumAppeal(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', IdPipe) id: string,
    @Body() dto: ForumAppealDecisionDto,
  ): Promise<ForumAppealDto> {
    return this.appeals.decide(user, meta, id, dto);
  }
}
