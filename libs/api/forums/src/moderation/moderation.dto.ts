import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import {
  FORUM_APPEAL_DECISIONS,
  FORUM_CONTENT_ACTIONS,
  FORUM_CONTENT_TYPES,
  FORUM_FLAG_REASONS,
  FORUM_MODERATION_LIMITS as L,
  FORUM_MODERATION_LOG_ACTIONS,
  FORUM_SANCTION_KINDS,
  FORUM_THREAD_ACTIONS,
  FORUM_WATCHED_ACTIONS,
} from '@walikota/shared-contracts';
import type {
  ForumAppealDecision,
  ForumContentAction,
  ForumContentType,
  ForumFlagReason,
  ForumModerationLogAction,
  ForumSanctionKind,
  ForumThreadAction,
  ForumWatchedAction,
} from '@walikota/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

// ---------------------------------------------------------------- requests

export class ForumFlagInputDto {
  @ApiProperty({ enum: FORUM_CONTENT_TYPES }) @IsIn(FORUM_CONTENT_TYPES) targetType!: ForumContentType;
  @ApiProperty({ format: 'uuid' }) @IsUUID() targetId!: string;
  @ApiProperty({ enum: FORUM_FLAG_REASONS }) @IsIn(FORUM_FLAG_REASONS) reason!: ForumFlagReason;
  @ApiPropertyOptional({ maxLength: L.flagDetailsMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.flagDetailsMax)
  details?: string;
}

/** A moderator's act on a post or question. `hide` needs a reason; the others may carry details. */
export class ForumContentActionDto {
  @ApiProperty({ enum: FORUM_CONTENT_ACTIONS }) @IsIn(FORUM_CONTENT_ACTIONS) action!: ForumContentAction;
  @ApiPropertyOptional({ enum: FORUM_FLAG_REASONS, description: 'Required to hide' })
  @ValidateIf((dto: ForumContentActionDto) => dto.action === 'hide' || dto.reason !== undefined)
  @IsIn(FORUM_FLAG_REASONS)
  reason?: ForumFlagReason;
  @ApiPropertyOptional({ maxLength: L.reasonDetailsMax, description: 'Shown to readers under a hidden post, and to its author' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.reasonDetailsMax)
  details?: string;
}

/** A moderator's act on a thread. */
export class ForumThreadActionDto {
  @ApiProperty({ enum: FORUM_THREAD_ACTIONS }) @IsIn(FORUM_THREAD_ACTIONS) action!: ForumThreadAction;
  @ApiPropertyOptional({ maxLength: 500, description: 'Why it is locked (shown on the thread)' })
  @ValidateIf((dto: ForumThreadActionDto) => dto.action === 'lock' || dto.reason !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The category to move to' })
  @ValidateIf((dto: ForumThreadActionDto) => dto.action === 'move' || dto.categoryId !== undefined)
  @IsUUID()
  categoryId?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: L.slowModeMinutesMax, description: 'Slow mode: minutes between one writer’s posts (0: off)' })
  @ValidateIf((dto: ForumThreadActionDto) => dto.action === 'slow_mode' || dto.minutes !== undefined)
  @IsInt()
  @Min(0)
  @Max(L.slowModeMinutesMax)
  minutes?: number;
}

export class ForumSanctionInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId!: string;
  @ApiProperty({ enum: FORUM_SANCTION_KINDS }) @IsIn(FORUM_SANCTION_KINDS) kind!: ForumSanctionKind;
  @ApiPropertyOptional({ minimum: 1, maximum: L.sanctionDaysMax, description: 'Required to mute; a ban without days lasts until lifted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(L.sanctionDaysMax)
  days?: number;
  @ApiProperty({ minLength: 5, maxLength: L.reasonDetailsMax, description: 'Told to the account holder' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(L.reasonDetailsMax)
  reason!: string;
}

export class ForumSanctionQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ default: true, description: 'Only sanctions in force' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class ForumWatchedWordInputDto {
  @ApiProperty({ maxLength: L.watchedListMax, description: 'The list’s name, lower-case words joined by hyphens' })
  @Transform(trim)
  @IsString()
  @MaxLength(L.watchedListMax)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  list!: string;
  @ApiProperty({ maxLength: L.watchedPatternMax, description: 'A word or phrase; * for any letters' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(L.watchedPatternMax)
  pattern!: string;
  @ApiProperty({ enum: FORUM_WATCHED_ACTIONS }) @IsIn(FORUM_WATCHED_ACTIONS) action!: ForumWatchedAction;
}

export class ForumAppealInputDto {
  @ApiProperty({ format: 'uuid', description: 'The moderation act appealed against' }) @IsUUID() actionId!: string;
  @ApiProperty({ minLength: 10, maxLength: L.appealMax }) @Transform(trim) @IsString() @MinLength(10) @MaxLength(L.appealMax) text!: string;
}

export class ForumAppealDecisionDto {
  @ApiProperty({ enum: FORUM_APPEAL_DECISIONS }) @IsIn(FORUM_APPEAL_DECISIONS) decision!: ForumAppealDecision;
  @ApiPropertyOptional({ maxLength: L.reasonDetailsMax, description: 'Told to the appellant' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.reasonDetailsMax)
  note?: string;
}

// ---------------------------------------------------------------- responses

export class ForumFlagCountDto {
  @ApiProperty({ enum: FORUM_FLAG_REASONS }) reason!: ForumFlagReason;
  @ApiProperty() count!: number;
}

export class ForumQueueItemDto {
  @ApiProperty({ enum: FORUM_CONTENT_TYPES }) type!: ForumContentType;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty() context!: string;
  @ApiProperty() excerpt!: string;
  @ApiProperty() link!: string;
  @ApiProperty({ description: 'visible, hidden, pending, rejected or deleted' }) state!: string;
  @ApiProperty() hiddenByFlags!: boolean;
  @ApiProperty({ description: 'Open flags by distinct readers' }) flagCount!: number;
  @ApiProperty({ type: [ForumFlagCountDto] }) reasons!: ForumFlagCountDto[];
  @ApiProperty({ type: [String], description: 'Readers’ details and matched watched words' }) details!: string[];
  @ApiProperty({ description: 'A watched word flagged it' }) watchedWord!: boolean;
  @ApiProperty({ type: String, format: 'date-time', description: 'Waiting since: the oldest open flag, or when a held post was written' })
  since!: Date;
}

export class ForumQueueDto {
  @ApiProperty({ type: [ForumQueueItemDto] }) items!: ForumQueueItemDto[];
  @ApiProperty({ description: 'Items waiting in all (the list shows the first 200)' }) total!: number;
}

export class ForumModerationActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FORUM_MODERATION_LOG_ACTIONS }) action!: ForumModerationLogAction;
  @ApiProperty() targetType!: string;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ enum: FORUM_FLAG_REASONS, nullable: true }) reason!: ForumFlagReason | null;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where the content is read' }) link!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ description: 'Whether its subject may still appeal it' }) appealable!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: [...FORUM_APPEAL_DECISIONS, 'pending'] }) appeal!:
    ForumAppealDecision | 'pending' | null;
}

export class ForumSanctionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) userName!: string | null;
  @ApiProperty({ enum: FORUM_SANCTION_KINDS }) kind!: ForumSanctionKind;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) liftedAt!: Date | null;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ description: 'In force now' }) active!: boolean;
}

export class ForumWatchedWordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() list!: string;
  @ApiProperty() pattern!: string;
  @ApiProperty({ enum: FORUM_WATCHED_ACTIONS }) action!: ForumWatchedAction;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class ForumAppealDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ enum: FORUM_MODERATION_LOG_ACTIONS }) action!: ForumModerationLogAction;
  @ApiProperty({ type: String, nullable: true }) actionDetails!: string | null;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) userName!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ enum: FORUM_APPEAL_DECISIONS, nullable: true }) decision!: ForumAppealDecision | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: Date | null;
}

export class ForumMonthStatsDto {
  @ApiProperty({ description: 'YYYY-MM, in the city' }) month!: string;
  @ApiProperty({ description: 'Acts by kind', type: 'object', additionalProperties: { type: 'number' } }) actions!: Record<string, number>;
  @ApiProperty({ type: Number, nullable: true, description: 'Median minutes from the first flag (or a held post) to a moderator’s act' })
  medianReviewMinutes!: number | null;
  @ApiProperty({ description: 'Acts the median is taken over' }) reviewed!: number;
}

export class ForumModerationStatsDto {
  @ApiProperty({ type: [ForumMonthStatsDto], description: 'The last 12 months, newest first' }) months!: ForumMonthStatsDto[];
}
