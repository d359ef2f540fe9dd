import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageLimit } from '@walikota/api-platform';
import {
  FORUM_CATEGORY_SLUG_PATTERN,
  FORUM_FLAG_REASONS,
  FORUM_LIMITS as L,
  FORUM_REACTIONS,
  FORUM_THREAD_SORTS,
} from '@walikota/shared-contracts';
import type { ForumFlagReason, ForumReaction, ForumThreadSort } from '@walikota/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Markdown keeps its leading spaces (indented code) but not trailing blank lines. */
const trimEnd = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+$/u, '') : value);

// ---------------------------------------------------------------- requests

export class ForumCategoryInputDto {
  @ApiProperty({ maxLength: L.categorySlugMax, pattern: FORUM_CATEGORY_SLUG_PATTERN.source })
  @Transform(trim)
  @IsString()
  @MaxLength(L.categorySlugMax)
  @Matches(FORUM_CATEGORY_SLUG_PATTERN)
  slug!: string;
  @ApiProperty({ maxLength: L.categoryNameMax }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(L.categoryNameMax) nameId!: string;
  @ApiProperty({ maxLength: L.categoryNameMax }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(L.categoryNameMax) nameEn!: string;
  @ApiPropertyOptional({ maxLength: L.categoryDescriptionMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.categoryDescriptionMax)
  descriptionId?: string;
  @ApiPropertyOptional({ maxLength: L.categoryDescriptionMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.categoryDescriptionMax)
  descriptionEn?: string;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class ForumThreadInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId!: string;
  @ApiProperty({ minLength: L.titleMin, maxLength: L.titleMax })
  @Transform(trim)
  @IsString()
  @MinLength(L.titleMin)
  @MaxLength(L.titleMax)
  title!: string;
  @ApiProperty({ minLength: L.bodyMin, maxLength: L.bodyMax, description: 'Markdown' })
  @Transform(trimEnd)
  @IsString()
  @MinLength(L.bodyMin)
  @MaxLength(L.bodyMax)
  body!: string;
}

export class ForumReplyInputDto {
  @ApiProperty({ minLength: L.bodyMin, maxLength: L.bodyMax, description: 'Markdown' })
  @Transform(trimEnd)
  @IsString()
  @MinLength(L.bodyMin)
  @MaxLength(L.bodyMax)
  body!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A post of the same thread this reply quotes' })
  @IsOptional()
  @IsUUID()
  quotePostId?: string;
}

export class ForumPostEditDto {
  @ApiProperty({ minLength: L.bodyMin, maxLength: L.bodyMax, description: 'Markdown' })
  @Transform(trimEnd)
  @IsString()
  @MinLength(L.bodyMin)
  @MaxLength(L.bodyMax)
  body!: string;
  @ApiPropertyOptional({ minLength: L.titleMin, maxLength: L.titleMax, description: "The thread's title (its first post only)" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(L.titleMin)
  @MaxLength(L.titleMax)
  title?: string;
}

export class ForumPreviewDto {
  @ApiProperty({ maxLength: L.bodyMax, description: 'Markdown' }) @Transform(trimEnd) @IsString() @MaxLength(L.bodyMax) body!: string;
}

export class ForumThreadListQueryDto {
  @ApiPropertyOptional({ maxLength: L.categorySlugMax, description: "A category's slug (all categories when absent)" })
  @IsOptional()
  @IsString()
  @MaxLength(L.categorySlugMax)
  @Matches(FORUM_CATEGORY_SLUG_PATTERN)
  category?: string;
  @ApiPropertyOptional({ enum: FORUM_THREAD_SORTS, default: 'activity' }) @IsOptional() @IsIn(FORUM_THREAD_SORTS) sort?: ForumThreadSort;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(20, 50)
  limit?: number;
}

export class ForumPostListQueryDto {
  @ApiPropertyOptional({ description: 'Posts after this number (the first page when absent)', minimum: 0 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  after?: number;
  @PageLimit(30, 100)
  limit?: number;
}

export class ForumSearchQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100 }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(100) q!: string;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(20, 50)
  limit?: number;
}

// ---------------------------------------------------------------- responses

export class ForumCategoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  /** In the request's language. */
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() nameId!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() descriptionId!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Threads a visitor can read' }) threadCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastPostedAt!: Date | null;
}

export class ForumHiddenDto {
  @ApiProperty({ enum: FORUM_FLAG_REASONS }) code!: ForumFlagReason;
  @ApiProperty({ description: 'The reason, in the request language' }) label!: string;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ description: "Hidden by readers' flags, waiting for a moderator's review" }) byFlags!: boolean;
}

export class ForumThreadSummaryDto {
  @ApiProperty() number!: number;
  /** Null when the thread is hidden and the caller may not read it. */
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() categorySlug!: string;
  @ApiProperty() categoryName!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ description: 'Published replies a visitor can count' }) replyCount!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) lastPostedAt!: Date;
  @ApiProperty() pinned!: boolean;
  @ApiProperty() locked!: boolean;
  @ApiProperty({ type: ForumHiddenDto, nullable: true }) hidden!: ForumHiddenDto | null;
}

export class ForumThreadPageDto {
  @ApiProperty({ type: [ForumThreadSummaryDto], description: 'Pinned threads, on the first page only' }) pinned!: ForumThreadSummaryDto[];
  @ApiProperty({ type: [ForumThreadSummaryDto] }) items!: ForumThreadSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ForumThreadDetailDto extends ForumThreadSummaryDto {
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
  @ApiProperty({ type: String, nullable: true }) lockReason!: string | null;
  @ApiProperty() slowModeMinutes!: number;
  @ApiProperty({ description: 'Posts the caller can see' }) postCount!: number;
  @ApiProperty({ description: 'Whether the caller follows it' }) following!: boolean;
  @ApiProperty({ description: 'Whether the caller may reply now' }) canReply!: boolean;
}

export class ForumQuoteDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  /** Null when the quoted post is no longer shown (hidden, deleted or not published). */
  @ApiProperty({ type: String, nullable: true }) excerpt!: string | null;
}

export class ForumReactionCountsDto {
  @ApiProperty() like!: number;
  @ApiProperty() agree!: number;
  @ApiProperty() thanks!: number;
}

export const FORUM_POST_STATES = ['visible', 'hidden', 'deleted', 'pending', 'rejected'] as const;
export type ForumPostState = (typeof FORUM_POST_STATES)[number];

export class ForumPostDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: FORUM_POST_STATES }) state!: ForumPostState;
  @ApiProperty({ type: String, nullable: true, description: 'Null on a placeholder' }) authorName!: string | null;
  @ApiProperty({ description: "The caller's own post" }) mine!: boolean;
  /** Sanitised HTML; null on a placeholder the caller may not read behind. */
  @ApiProperty({ type: String, nullable: true }) bodyHtml!: string | null;
  @ApiProperty({ type: ForumQuoteDto, nullable: true }) quote!: ForumQuoteDto | null;
  @ApiProperty({ type: ForumHiddenDto, nullable: true }) hidden!: ForumHiddenDto | null;
  @ApiProperty({ type: ForumReactionCountsDto }) reactions!: ForumReactionCountsDto;
  @ApiProperty({ enum: FORUM_REACTIONS, isArray: true }) myReactions!: ForumReaction[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt!: Date | null;
  @ApiProperty({ description: 'Whether the caller may still edit it (author, within the edit window)' }) canEdit!: boolean;
}

export class ForumPostPageDto {
  @ApiProperty({ type: [ForumPostDto] }) items!: ForumPostDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `after` for the next page' }) nextAfter!: number | null;
}

export class ForumPostCreatedDto {
  @ApiProperty() threadNumber!: number;
  @ApiProperty({ type: ForumPostDto }) post!: ForumPostDto;
}

export class ForumRevisionDto {
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'date-time' }) writtenAt!: Date;
}

export class ForumPreviewResultDto {
  @ApiProperty({ description: 'Sanitised HTML, as the post will show' }) html!: string;
}

export class ForumSearchHitDto {
  @ApiProperty() threadNumber!: number;
  @ApiProperty() threadTitle!: string;
  @ApiProperty() postNumber!: number;
  @ApiProperty() categorySlug!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ description: 'The start of the post, plain text' }) excerpt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class ForumSearchPageDto {
  @ApiProperty({ type: [ForumSearchHitDto] }) items!: ForumSearchHitDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
