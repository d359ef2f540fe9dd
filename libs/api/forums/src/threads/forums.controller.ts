import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
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
import {
  CurrentUser,
  ErrorResponseDto,
  Language,
  NotFoundDomainException,
  Public,
  RequestMeta,
  RequestMetadata,
  Roles,
  TextLanguage,
  renderMarkdown,
} from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { FORUM_REACTIONS } from '@walikota/shared-contracts';
import type { ForumReaction } from '@walikota/shared-contracts';
import { ThreadNumberPipe, idPipe, isUuid, oneOfPipe } from '../forum-pipes';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumPostingService } from './forum-posting.service';
import { ForumReader } from './forum-reader.service';
import {
  ForumCategoryDto,
  ForumCategoryInputDto,
  ForumPostCreatedDto,
  ForumPostDto,
  ForumPostEditDto,
  ForumPostListQueryDto,
  ForumPostPageDto,
  ForumPreviewDto,
  ForumPreviewResultDto,
  ForumReplyInputDto,
  ForumRevisionDto,
  ForumSearchPageDto,
  ForumSearchQueryDto,
  ForumThreadDetailDto,
  ForumThreadInputDto,
  ForumThreadListQueryDto,
  ForumThreadPageDto,
} from './forum.dto';

const PostIdPipe = idPipe('forum_post_not_found');
const ReactionPipe = oneOfPipe(FORUM_REACTIONS);

/** Who writes in the forums: verified citizens, and staff in their own name. */
const WRITERS = ['citizen', 'moderator', 'official'] as const;

/** Town-hall forums: categories, threads, replies, reactions, following, search (docs/product.md, "Town-hall forums"). */
@ApiTags('forums')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('forums')
export class ForumsController {
  constructor(
    private readonly categories: ForumCategoriesService,
    private readonly reader: ForumReader,
    private readonly posting: ForumPostingService,
  ) {}

  /** Active categories with how many readable threads each holds. */
  @Get('categories')
  @Public()
  @ApiOkResponse({ type: [ForumCategoryDto] })
  listForumCategories(@TextLanguage() language: Language): Promise<ForumCategoryDto[]> {
    return this.categories.list(language);
  }

  /** Every category, inactive ones too (admins). */
  @Get('categories/manage')
  @Roles('admin')
  @ApiOkResponse({ type: [ForumCategoryDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  manageForumCategories(@TextLanguage() language: Language): Promise<ForumCategoryDto[]> {
    return this.categories.list(language, true);
  }

  @Post('categories')
  @Roles('admin')
  @ApiCreatedResponse({ type: ForumCategoryDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  createForumCategory(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: ForumCategoryInputDto,
    @TextLanguage() language: Language,
  ): Promise<ForumCategoryDto> {
    return this.categories.create(user, meta, dto, language);
  }

  @Put('categories/:id')
  @Roles('admin')
  @ApiOkResponse({ type: ForumCategoryDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  updateForumCategory(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id') id: string,
    @Body() dto: ForumCategoryInputDto,
    @TextLanguage() language: Language,
  ): Promise<ForumCategoryDto> {
    if (!isUuid(id)) throw new NotFoundDomainException('forum_category_not_found');
    return this.categories.update(user, meta, id, dto, language);
  }

  /** Threads of a category or of all, by latest activity or newest; pinned ones apart on the first page. */
  @Get('threads')
  @Public()
  @ApiOkResponse({ type: ForumThreadPageDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  listForumThreads(
    @CurrentUser() user: AuthUser | undefined,
    @Query() query: ForumThreadListQueryDto,
    @TextLanguage() language: Language,
  ): Promise<ForumThreadPageDto> {
    return this.reader.threads(user, query, language);
  }

  /** Starts a thread; its text is its first post. */
  @Post('threads')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: ForumPostCreatedDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  createForumThread(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: ForumThreadInputDto,
    @TextLanguage() language: Language,
  ): Promise<ForumPostCreatedDto> {
    return this.posting.createThread(user, meta, dto, language);
  }

  /** Indonesian full-text search over shown posts; never hidden, deleted or held content. */
  @Get('search')
  @Public()
  @ApiOkResponse({ type: ForumSearchPageDto })
  searchForums(@Query() query: ForumSearchQueryDto): Promise<ForumSearchPageDto> {
    return this.reader.search(query);
  }

  /** Renders Markdown exactly as a post will show (the composer's preview). */
  @Post('preview')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ForumPreviewResultDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  previewForumPost(@Body() dto: ForumPreviewDto): ForumPreviewResultDto {
    return { html: renderMarkdown(dto.body) };
  }

  @Get('threads/:number')
  @Public()
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ForumThreadDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getForumThread(
    @CurrentUser() user: AuthUser | undefined,
    @Param('number', ThreadNumberPipe) number: number,
    @TextLanguage() language: Language,
  ): Promise<ForumThreadDetailDto> {
    return this.reader.threadDetail(user, number, language);
  }

  /** The thread's posts in order, after a post number; placeholders where posts are hidden or deleted. */
  @Get('threads/:number/posts')
  @Public()
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ForumPostPageDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  listForumPosts(
    @CurrentUser() user: AuthUser | undefined,
    @Param('number', ThreadNumberPipe) number: number,
    @Query() query: ForumPostListQueryDto,
    @TextLanguage() language: Language,
  ): Promise<ForumPostPageDto> {
    return this.reader.posts(user, number, query, language);
  }

  /** Replies, optionally quoting a post of the same thread; the writer follows the thread from then on. */
  @Post('threads/:number/posts')
  @Roles(...WRITERS)
  @ApiParam({ name: 'number', type: Number })
  @ApiCreatedResponse({ type: ForumPostCreatedDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  replyToForumThread(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('number', ThreadNumberPipe) number: number,
    @Body() dto: ForumReplyInputDto,
    @TextLanguage() language: Language,
  ): Promise<ForumPostCreatedDto> {
    return this.posting.reply(user, meta, number, dto, language);
  }

  @Put('threads/:number/follow')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'number', type: Number })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  followForumThread(@CurrentUser() user: AuthUser, @Param('number', ThreadNumberPipe) number: number): Promise<void> {
    return this.posting.setFollowing(user, number, true);
  }

  @Delete('threads/:number/follow')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'number', type: Number })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  unfollowForumThread(@CurrentUser() user: AuthUser, @Param('number', ThreadNumberPipe) number: number): Promise<void> {
    return this.posting.setFollowing(user, number, false);
  }

  @Get('posts/:id')
  @Public()
  @ApiOkResponse({ type: ForumPostDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getForumPost(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', PostIdPipe) id: string,
    @TextLanguage() language: Language,
  ): Promise<ForumPostDto> {
    return (await this.reader.post(user, id, language)).post;
  }

  /** The author edits their post within the edit window (and a thread's title on its first post). */
  @Put('posts/:id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ForumPostCreatedDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  editForumPost(
    @CurrentUser() user: AuthUser,
    @Param('id', PostIdPipe) id: string,
    @Body() dto: ForumPostEditDto,
    @TextLanguage() language: Language,
  ): Promise<ForumPostCreatedDto> {
    return this.posting.edit(user, id, dto, language);
  }

  /** The author deletes their post; deleting a thread's first post deletes the thread. */
  @Delete('posts/:id')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  deleteForumPost(@CurrentUser() user: AuthUser, @Param('id', PostIdPipe) id: string): Promise<void> {
    return this.posting.remove(user, id);
  }

  /** Every version of a post, oldest first (moderators). */
  @Get('posts/:id/revisions')
  @Roles('moderator')
  @ApiOkResponse({ type: [ForumRevisionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  listForumPostRevisions(@CurrentUser() user: AuthUser, @Param('id', PostIdPipe) id: string): Promise<ForumRevisionDto[]> {
    return this.posting.revisions(user, id);
  }

  @Put('posts/:id/reactions/:kind')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'kind', enum: FORUM_REACTIONS })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  reactToForumPost(
    @CurrentUser() user: AuthUser,
    @Param('id', PostIdPipe) id: string,
    @Param('kind', ReactionPipe) kind: ForumReaction,
  ): Promise<void> {
    return this.posting.react(user, id, kind, true);
  }

  @Delete('posts/:id/reactions/:kind')
  @Roles(...WRITERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'kind', enum: FORUM_REACTIONS })
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  unreactToForumPost(
    @CurrentUser() user: AuthUser,
    @Param('id', PostIdPipe) id: string,
    @Param('kind', ReactionPipe) kind: ForumReaction,
  ): Promise<void> {
    return this.posting.react(user, id, kind, false);
  }
}
