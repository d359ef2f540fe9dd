import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsDateOrDateTime, PageLimit } from '@walikota/api-platform';
import {
  PETITION_INVALIDATION_CRITERIA,
  PETITION_LIMITS as L,
  PETITION_LIST_FILTERS,
  PETITION_MODERATION_ACTIONS,
  PETITION_RESPONSE_STATUSES,
  PETITION_SCOPES,
  PETITION_SORTS,
  PETITION_STATES,
  REPORT_CODE_PATTERN,
  normalizeReportCode,
} from '@walikota/shared-contracts';
import type {
  PetitionInvalidationCriterion,
  PetitionListFilter,
  PetitionModerationAction,
  PetitionResponseStatus,
  PetitionScope,
  PetitionSort,
  PetitionState,
} from '@walikota/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toReportCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normalizeReportCode(v) : v)) : value;

// ---------------------------------------------------------------- requests

/** A draft: the creator writes and edits it until they ask for sponsors. */
export class PetitionDraftDto {
  @ApiProperty({ minLength: L.titleMin, maxLength: L.titleMax, description: 'The action asked for' })
  @Transform(trim)
  @IsString()
  @MinLength(L.titleMin)
  @MaxLength(L.titleMax)
  title!: string;
  @ApiProperty({ minLength: L.backgroundMin, maxLength: L.backgroundMax })
  @Transform(trim)
  @IsString()
  @MinLength(L.backgroundMin)
  @MaxLength(L.backgroundMax)
  background!: string;
  @ApiPropertyOptional({ maxLength: L.detailsMax }) @IsOptional() @Transform(trim) @IsString() @MaxLength(L.detailsMax) details?: string;
  @ApiProperty({ format: 'uuid', description: 'A petition category' }) @IsUUID() categoryId!: string;
  @ApiProperty({ enum: PETITION_SCOPES }) @IsIn(PETITION_SCOPES) scope!: PetitionScope;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Required when scope is kecamatan' })
  @ValidateIf((dto: PetitionDraftDto) => dto.scope === 'kecamatan' || (dto.kecamatanId !== undefined && dto.kecamatanId !== null))
  @IsUUID()
  kecamatanId?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Codes of public reports the petition is about', maxItems: L.linkedReportsMax })
  @IsOptional()
  @Transform(toReportCodes)
  @IsArray()
  @ArrayMaxSize(L.linkedReportsMax)
  @Matches(REPORT_CODE_PATTERN, { each: true })
  reportCodes?: string[];
}

export class SignPetitionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The signer’s kelurahan, asked once when the profile has none (saved to it)' })
  @IsOptional()
  @IsUUID()
  areaId?: string;
}

export class PetitionListQueryDto {
  @ApiPropertyOptional({ enum: PETITION_LIST_FILTERS, default: 'open' }) @IsOptional() @IsIn(PETITION_LIST_FILTERS) state?: PetitionListFilter;
  @ApiPropertyOptional({ enum: PETITION_SORTS, default: 'signatures' }) @IsOptional() @IsIn(PETITION_SORTS) sort?: PetitionSort;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() categoryId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Petitions about this kecamatan (city-wide ones are left out)' })
  @IsOptional()
  @IsUUID()
  kecamatanId?: string;
  @ApiPropertyOptional({ enum: PETITION_SCOPES }) @IsOptional() @IsIn(PETITION_SCOPES) scope?: PetitionScope;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(20, 100)
  limit?: number;
}

export class SimilarPetitionsQueryDto {
  @ApiProperty({ minLength: 3, maxLength: L.titleMax }) @Transform(trim) @IsString() @MinLength(3) @MaxLength(L.titleMax) title!: string;
}

export class ModeratePetitionDto {
  @ApiProperty({ enum: PETITION_MODERATION_ACTIONS }) @IsIn(PETITION_MODERATION_ACTIONS) action!: PetitionModerationAction;
  @ApiPropertyOptional({ description: 'A rejection reason code (reject, hide)', maxLength: 40 })
  @ValidateIf((dto: ModeratePetitionDto) => dto.action !== 'publish')
  @IsString()
  @Matches(/^[a-z_]{2,40}$/)
  reasonCode?: string;
  @ApiPropertyOptional({ maxLength: L.rejectionDetailsMax, description: 'The explanation the creator and the public read' })
  @ValidateIf((dto: ModeratePetitionDto) => dto.action !== 'publish')
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(L.rejectionDetailsMax)
  details?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'publish: the department that must respond (default: the category’s)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class PetitionResponseInputDto {
  @ApiProperty({ minLength: 20, maxLength: L.responseSummaryMax })
  @Transform(trim)
  @IsString()
  @MinLength(20)
  @MaxLength(L.responseSummaryMax)
  summary!: string;
  @ApiProperty({ minLength: 20, maxLength: L.responseDetailsMax })
  @Transform(trim)
  @IsString()
  @MinLength(20)
  @MaxLength(L.responseDetailsMax)
  details!: string;
}

export class InvalidateSignaturesDto {
  @ApiProperty({ enum: PETITION_INVALIDATION_CRITERIA }) @IsIn(PETITION_INVALIDATION_CRITERIA) criterion!: PetitionInvalidationCriterion;
  @ApiPropertyOptional({ description: 'criterion ip: the address' })
  @ValidateIf((dto: InvalidateSignaturesDto) => dto.criterion === 'ip')
  @IsString()
  @Matches(/^[0-9a-fA-F:.]{2,45}$/)
  ip?: string;
  @ApiPropertyOptional({ description: 'criterion email_domain: the domain' })
  @ValidateIf((dto: InvalidateSignaturesDto) => dto.criterion === 'email_domain')
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9.-]{1,253}$/)
  emailDomain?: string;
  @ApiPropertyOptional({ description: 'criterion time_range: from (ISO instant)' })
  @ValidateIf((dto: InvalidateSignaturesDto) => dto.criterion === 'time_range')
  @IsDateOrDateTime()
  from?: string;
  @ApiPropertyOptional({ description: 'criterion time_range: to (ISO instant)' })
  @ValidateIf((dto: InvalidateSignaturesDto) => dto.criterion === 'time_range')
  @IsDateOrDateTime()
  to?: string;
  @ApiProperty({ description: 'true: only count what would be invalidated' }) @Transform(toBoolean) @IsBoolean() dryRun!: boolean;
  @ApiPropertyOptional({ maxLength: 500, description: 'Required unless dryRun' })
  @ValidateIf((dto: InvalidateSignaturesDto) => dto.dryRun === false)
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reason?: string;
}

export class RejectionReasonInputDto {
  @ApiProperty({ maxLength: 40 }) @IsString() @Matches(/^[a-z_]{2,40}$/) code!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) labelId!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) labelEn!: string;
  @ApiProperty() @IsBoolean() hidesText!: boolean;
  @ApiProperty() @IsBoolean() active!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
}

export class BlockedDomainInputDto {
  @ApiProperty({ example: 'mailinator.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  domain!: string;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) reason?: string;
}

// ---------------------------------------------------------------- responses

export class NamedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PetitionThresholdDto {
  @ApiProperty() signatures!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reachedAt!: string | null;
}

export class PetitionSummaryDto {
  @ApiProperty({ example: 'PTS-2026-000123' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PETITION_STATES }) state!: PetitionState;
  @ApiProperty({ enum: PETITION_RESPONSE_STATUSES }) responseStatus!: PetitionResponseStatus;
  @ApiProperty({ description: 'A response is due and its deadline has passed' }) responseOverdue!: boolean;
  @ApiProperty({ description: 'Exact as of countedAt (a few seconds at most)' }) signatureCount!: number;
  @ApiProperty({ description: 'Signatures in the last hour' }) trendingCount!: number;
  @ApiProperty({ type: NamedDto }) category!: NamedDto;
  @ApiProperty({ enum: PETITION_SCOPES }) scope!: PetitionScope;
  @ApiProperty({ type: NamedDto, nullable: true }) kecamatan!: NamedDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) responseThresholdAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) agendaThresholdAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt!: string | null;
}

export class PetitionPageDto {
  @ApiProperty({ type: [PetitionSummaryDto] }) items!: PetitionSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class PetitionRejectionDto {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
}

export class PetitionResponseDto {
  @ApiProperty() summary!: string;
  @ApiProperty() details!: string;
  @ApiProperty({ type: String, format: 'date-time' }) respondedAt!: string;
  @ApiProperty({ type: NamedDto, nullable: true }) department!: NamedDto | null;
}

export class LinkedReportDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

/** What the creator, sponsors and moderators see while it is not yet published. */
export class PetitionModerationInfoDto {
  @ApiProperty() sponsorCount!: number;
  @ApiProperty() sponsorsNeeded!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The sponsor share link (the creator and moderators only)' })
  sponsorLink!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The moderation target' }) moderationDueAt!: string | null;
  @ApiProperty({ description: 'Waiting for moderators past the target' }) moderationDelayed!: boolean;
}

export class MySignatureDto {
  @ApiProperty({ type: String, format: 'date-time' }) signedAt!: string;
  @ApiProperty({ description: 'A moderator invalidated it: it does not count' }) invalidated!: boolean;
}

export class PetitionDetailDto extends PetitionSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null when a rejection or hiding reason hides the text' }) background!: string | null;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: NamedDto, nullable: true, description: 'The department that must respond' }) department!: NamedDto | null;
  @ApiProperty({ type: PetitionThresholdDto }) responseThreshold!: PetitionThresholdDto;
  @ApiProperty({ type: PetitionThresholdDto }) agendaThreshold!: PetitionThresholdDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) responseDueAt!: string | null;
  @ApiProperty({ type: PetitionResponseDto, nullable: true }) response!: PetitionResponseDto | null;
  @ApiProperty({ type: PetitionRejectionDto, nullable: true }) rejection!: PetitionRejectionDto | null;
  @ApiProperty({ type: PetitionRejectionDto, nullable: true, description: 'Why it was taken down after publication' }) hidden!: PetitionRejectionDto | null;
  @ApiProperty({ type: [LinkedReportDto] }) reports!: LinkedReportDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When signatureCount was last folded in' }) countedAt!: string;
  @ApiProperty({ type: PetitionModerationInfoDto, nullable: true, description: 'Creator, sponsors, moderators' })
  moderation!: PetitionModerationInfoDto | null;
  @ApiProperty({ type: MySignatureDto, nullable: true }) mySignature!: MySignatureDto | null;
  @ApiProperty({ description: 'The caller created it' }) mine!: boolean;
  @ApiProperty({ description: 'The caller sponsors it' }) sponsoredByMe!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'For editing a draft' }) categoryId!: string | null;
}

export class PetitionCountDto {
  @ApiProperty() code!: string;
  @ApiProperty() signatureCount!: number;
  @ApiProperty({ type: String, format: 'date-time' }) countedAt!: string;
  @ApiProperty({ enum: PETITION_STATES }) state!: PetitionState;
}

export class SignatureResultDto {
  @ApiProperty({ description: 'The caller’s signature exists (new or given before)' }) signed!: boolean;
  @ApiProperty({ description: 'It was given before this request' }) alreadySigned!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: string | null;
  @ApiProperty({ description: 'The public count (exact within seconds; may not include this signature yet)' }) signatureCount!: number;
}

export class SimilarPetitionDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PETITION_STATES }) state!: PetitionState;
  @ApiProperty({ enum: PETITION_RESPONSE_STATUSES }) responseStatus!: PetitionResponseStatus;
  @ApiProperty() signatureCount!: number;
  @ApiProperty({ type: PetitionRejectionDto, nullable: true, description: 'Why it was rejected (text-hiding reasons show no details)' })
  rejection!: PetitionRejectionDto | null;
}

export class AreaSignaturesDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() signatures!: number;
}

export class KecamatanSignaturesDto extends AreaSignaturesDto {
  @ApiProperty({ type: [AreaSignaturesDto] }) kelurahan!: AreaSignaturesDto[];
}

export class SignaturesByAreaDto {
  @ApiProperty() code!: string;
  @ApiProperty() signatureCount!: number;
  @ApiProperty({ description: 'Signatures whose signer named no kelurahan' }) unknownArea!: number;
  @ApiProperty({ type: [KecamatanSignaturesDto] }) kecamatan!: KecamatanSignaturesDto[];
}

export class ModerationQueueItemDto extends PetitionSummaryDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) moderationDueAt!: string | null;
  @ApiProperty() moderationDelayed!: boolean;
}

export class ModerationQueueDto {
  @ApiProperty({ type: [ModerationQueueItemDto] }) items!: ModerationQueueItemDto[];
}

export class SigningActivityRowDto {
  @ApiProperty({ enum: ['ip', 'email_domain'] }) kind!: 'ip' | 'email_domain';
  @ApiProperty() value!: string;
  @ApiProperty() signatures!: number;
}

export class SigningActivityDto {
  @ApiProperty({ description: 'Rows with at least this many signatures in the last hour' }) threshold!: number;
  @ApiProperty({ type: [SigningActivityRowDto] }) rows!: SigningActivityRowDto[];
}

export class InvalidationResultDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Signatures that match (dry run) or were invalidated' }) matched!: number;
  @ApiProperty() signatureCount!: number;
}

export class RejectionReasonDto {
  @ApiProperty() code!: string;
  @ApiProperty() labelId!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() hidesText!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty() sortOrder!: number;
}

export class BlockedDomainDto {
  @ApiProperty() domain!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class AgendaPetitionDto extends PetitionSummaryDto {
  @ApiProperty({ type: NamedDto, nullable: true }) department!: NamedDto | null;
}

export class DepartmentResponseStatsDto {
  @ApiProperty({ type: NamedDto }) department!: NamedDto;
  @ApiProperty() awaiting!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() responded!: number;
}

export class MyPetitionDto extends PetitionSummaryDto {
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: PetitionModerationInfoDto, nullable: true }) moderation!: PetitionModerationInfoDto | null;
}

export class MySignedPetitionDto extends PetitionSummaryDto {
  @ApiProperty({ type: String, format: 'date-time' }) signedAt!: string;
}
