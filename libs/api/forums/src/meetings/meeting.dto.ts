import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  isURL,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsLatitudeField, IsLongitudeField, PageLimit, parseDateTimeWithOffset } from '@walikota/api-platform';
import {
  FORUM_FLAG_REASONS,
  MEETING_COMMITMENT_STATUSES,
  MEETING_LIMITS as L,
  MEETING_LIST_WHEN,
  MEETING_REGISTRATION_STATUSES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PETITION_CODE_PATTERN,
  REPORT_CODE_PATTERN,
  normalizeReportCode,
} from '@walikota/shared-contracts';
import type {
  ForumFlagReason,
  MeetingCommitmentStatus,
  MeetingListWhen,
  MeetingRegistrationStatus,
  MeetingStatus,
  MeetingType,
} from '@walikota/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toReportCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normalizeReportCode(v) : v)) : value;
const toPetitionCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value;
const needsVenue = (dto: MeetingInputDto) => dto.type !== 'online';
const needsLink = (dto: MeetingInputDto) => dto.type !== 'in_person';

/** One of MEETING_TYPES; its own code, since `field.type` names the reports' type. */
function IsMeetingType(): PropertyDecorator {
  return ValidateBy({
    name: 'meeting_type',
    validator: { validate: (value: unknown) => (MEETING_TYPES as readonly unknown[]).includes(value) },
  });
}

/** An absolute https address (a meeting's online link); code `meeting_https_only`. */
function IsHttpsUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'meeting_https_only',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        isURL(value, { protocols: ['https'], require_protocol: true, require_valid_protocol: true, require_tld: true }),
    },
  });
}

/** An instant with its offset (`2026-12-10T09:00:00+07:00` or `…Z`); code `meeting_instant`. */
function IsInstantWithOffset(): PropertyDecorator {
  return ValidateBy({
    name: 'meeting_instant',
    validator: { validate: (value: unknown) => typeof value === 'string' && parseDateTimeWithOffset(value) !== null },
  });
}

// ---------------------------------------------------------------- requests

export class AgendaItemInputDto {
  @ApiProperty({ minLength: L.agendaTitleMin, maxLength: L.agendaTitleMax })
  @Transform(trim)
  @IsString()
  @MinLength(L.agendaTitleMin)
  @MaxLength(L.agendaTitleMax)
  title!: string;
  @ApiProperty({ minimum: 1, maximum: L.agendaMinutesMax }) @IsInt() @Min(1) @Max(L.agendaMinutesMax) durationMinutes!: number;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.presenterMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.presenterMax)
  presenterName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'A published petition on the agenda (PTS-YYYY-NNNNNN)' })
  @IsOptional()
  @Transform(upper)
  @Matches(PETITION_CODE_PATTERN)
  petitionCode?: string | null;
}

/** A meeting as its organiser writes it (creating and editing). */
export class MeetingInputDto {
  @ApiProperty({ minLength: L.titleMin, maxLength: L.titleMax })
  @Transform(trim)
  @IsString()
  @MinLength(L.titleMin)
  @MaxLength(L.titleMax)
  title!: string;
  @ApiPropertyOptional({ maxLength: L.descriptionMax, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(L.descriptionMax)
  description?: string;
  @ApiProperty({ enum: MEETING_TYPES }) @IsMeetingType() type!: MeetingType;
  @ApiPropertyOptional({ maxLength: L.venueNameMax, description: 'Required unless online' })
  @ValidateIf(needsVenue)
  @IsDefined()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(L.venueNameMax)
  venueName?: string;
  @ApiPropertyOptional({ maxLength: L.venueAddressMax, description: 'Required unless online' })
  @ValidateIf(needsVenue)
  @IsDefined()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(L.venueAddressMax)
  venueAddress?: string;
  @IsLatitudeField({ pairedWith: 'longitude', description: 'The venue (required unless online); must lie in the city' })
  latitude?: number;
  @IsLongitudeField({ pairedWith: 'latitude' })
  longitude?: number;
  @ApiPropertyOptional({ maxLength: L.onlineUrlMax, description: 'https only; required for online and hybrid meetings' })
  @ValidateIf(needsLink)
  @IsDefined()
  @Transform(trim)
  @IsString()
  @MaxLength(L.onlineUrlMax)
  @IsHttpsUrl()
  onlineUrl?: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-10T09:00:00+07:00' }) @IsInstantWithOffset() startsAt!: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-10T11:30:00+07:00' }) @IsInstantWithOffset() endsAt!: string;
  @ApiProperty({ minimum: 1, maximum: L.capacityMax }) @IsInt() @Min(1) @Max(L.capacityMax) capacity!: number;
  @ApiProperty({ format: 'uuid', description: 'The organising department (one of the official’s own)' }) @IsUUID() departmentId!: string;
  @ApiPropertyOptional({ type: [AgendaItemInputDto], maxItems: L.agendaItemsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.agendaItemsMax)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInputDto)
  agenda?: AgendaItemInputDto[];
}

/** Adds a petition that reached the agenda threshold to the end of the agenda. */
export class AgendaPetitionInputDto {
  @ApiProperty({ example: 'PTS-2026-000012' }) @Transform(upper) @Matches(PETITION_CODE_PATTERN) petitionCode!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: L.agendaMinutesMax, default: 15 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(L.agendaMinutesMax)
  durationMinutes?: number;
  @ApiPropertyOptional({ maxLength: L.presenterMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.presenterMax)
  presenterName?: string;
}

export class CancelMeetingDto {
  @ApiProperty({ minLength: L.cancelReasonMin, maxLength: L.cancelReasonMax, description: 'Told to every registrant' })
  @Transform(trim)
  @IsString()
  @MinLength(L.cancelReasonMin)
  @MaxLength(L.cancelReasonMax)
  reason!: string;
}

export class CommitmentInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() departmentId!: string;
  @IsCalendarDate({ description: 'A calendar date in the city' }) dueDate!: string;
  @ApiProperty({ minLength: L.commitmentMin, maxLength: L.commitmentMax })
  @Transform(trim)
  @IsString()
  @MinLength(L.commitmentMin)
  @MaxLength(L.commitmentMax)
  description!: string;
  @ApiPropertyOptional({ type: [String], maxItems: L.commitmentLinksMax, description: 'Codes of published petitions' })
  @IsOptional()
  @Transform(toPetitionCodes)
  @IsArray()
  @ArrayMaxSize(L.commitmentLinksMax)
  @Matches(PETITION_CODE_PATTERN, { each: true })
  petitionCodes?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: L.commitmentLinksMax, description: 'Codes of public reports' })
  @IsOptional()
  @Transform(toReportCodes)
  @IsArray()
  @ArrayMaxSize(L.commitmentLinksMax)
  @Matches(REPORT_CODE_PATTERN, { each: true })
  reportCodes?: string[];
}

export class ConcludeMeetingDto {
  @ApiProperty({ minLength: L.minutesMin, maxLength: L.minutesMax, description: 'The minutes (notulen), Markdown' })
  @IsString()
  @MinLength(L.minutesMin)
  @MaxLength(L.minutesMax)
  minutesMarkdown!: string;
  @ApiPropertyOptional({ maxLength: L.signatoryMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.signatoryMax)
  chairName?: string;
  @ApiPropertyOptional({ maxLength: L.signatoryMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.signatoryMax)
  secretaryName?: string;
  @ApiPropertyOptional({ type: [CommitmentInputDto], maxItems: L.commitmentsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.commitmentsMax)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInputDto)
  commitments?: CommitmentInputDto[];
}

export class CommitmentStatusInputDto {
  @ApiProperty({ enum: MEETING_COMMITMENT_STATUSES }) @IsIn(MEETING_COMMITMENT_STATUSES) status!: MeetingCommitmentStatus;
  @ApiPropertyOptional({ minLength: L.dropReasonMin, maxLength: L.dropReasonMax, description: 'Required to drop' })
  @ValidateIf((dto: CommitmentStatusInputDto) => dto.status === 'dropped' || dto.reason !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(L.dropReasonMin)
  @MaxLength(L.dropReasonMax)
  reason?: string;
}

export class MeetingListQueryDto {
  @ApiPropertyOptional({ enum: MEETING_LIST_WHEN, default: 'upcoming' }) @IsOptional() @IsIn(MEETING_LIST_WHEN) when?: MeetingListWhen;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(20, 100)
  limit?: number;
}

export class CommitmentListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ enum: MEETING_COMMITMENT_STATUSES })
  @IsOptional()
  @IsIn(MEETING_COMMITMENT_STATUSES)
  status?: MeetingCommitmentStatus;
  @ApiPropertyOptional({ type: Boolean, description: 'Only overdue ones (true) or only those that are not (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @ValidateBy({ name: 'isBoolean', validator: { validate: (v: unknown) => typeof v === 'boolean' } })
  overdue?: boolean;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(50, 200)
  limit?: number;
}

export class CheckInInputDto {
  @ApiProperty({ example: 'K7F3-Q9XA', description: 'Typed or scanned; case and separators do not matter' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code!: string;
}

export class QuestionInputDto {
  @ApiProperty({ minLength: L.questionMin, maxLength: L.questionMax, description: 'Plain text (no Markdown)' })
  @Transform(trim)
  @IsString()
  @MinLength(L.questionMin)
  @MaxLength(L.questionMax)
  text!: string;
}

export class QuestionListQueryDto {
  @ApiPropertyOptional({ description: 'The version the caller has: unchanged lists come back empty with `changed: false`' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(0)
  since?: number;
}

export class MergeQuestionDto {
  @ApiProperty({ format: 'uuid', description: 'The question this one duplicates' }) @IsUUID() intoId!: string;
}

export class HideQuestionDto {
  @ApiProperty({ enum: FORUM_FLAG_REASONS }) @IsIn(FORUM_FLAG_REASONS) reason!: ForumFlagReason;
  @ApiPropertyOptional({ maxLength: L.hiddenDetailsMax, description: 'Shown with the placeholder' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.hiddenDetailsMax)
  details?: string;
}

// ---------------------------------------------------------------- responses

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AgendaItemDto {
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ type: String, nullable: true }) presenterName!: string | null;
  @ApiProperty({ type: String, nullable: true }) petitionCode!: string | null;
}

export class MeetingSummaryDto {
  @ApiProperty({ example: 'MTG-2026-000012' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ enum: MEETING_TYPES }) type!: MeetingType;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: String, nullable: true }) venueName!: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) kelurahan!: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty() capacity!: number;
  @ApiProperty() confirmedCount!: number;
  @ApiProperty() waitingCount!: number;
}

export class MeetingPageDto {
  @ApiProperty({ type: [MeetingSummaryDto] }) items!: MeetingSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class MyRegistrationStateDto {
  @ApiProperty({ enum: MEETING_REGISTRATION_STATUSES }) status!: MeetingRegistrationStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'Place in the waiting list (1 = next)' }) waitingPosition!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedInAt!: string | null;
}

export class CommitmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MTG-2026-000012' }) meetingCode!: string;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: MEETING_COMMITMENT_STATUSES }) status!: MeetingCommitmentStatus;
  @ApiProperty({ type: String, nullable: true }) droppedReason!: string | null;
  @ApiProperty({ description: 'Due date passed, neither done nor dropped' }) overdue!: boolean;
  @ApiProperty({ type: [String] }) petitionCodes!: string[];
  @ApiProperty({ type: [String] }) reportCodes!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) statusChangedAt!: string | null;
}

export class CommitmentPageDto {
  @ApiProperty({ type: [CommitmentDto] }) items!: CommitmentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class MeetingConclusionDto {
  @ApiProperty({ format: 'date-time' }) concludedAt!: string;
  @ApiProperty({ description: 'Sanitised HTML of the minutes' }) minutesHtml!: string;
  @ApiProperty() attendanceCount!: number;
  @ApiProperty({ type: [CommitmentDto] }) commitments!: CommitmentDto[];
}

export class MeetingDetailDto extends MeetingSummaryDto {
  @ApiProperty({ description: 'Sanitised HTML of the description' }) descriptionHtml!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The organiser’s Markdown: to those who may edit' }) description!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) venueAddress!: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude!: number | null;
  @ApiProperty({ description: 'An online link exists (shown to confirmed registrants and staff)' }) hasOnlineLink!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Plain https link, never embedded' }) onlineUrl!: string | null;
  @ApiProperty({ type: [AgendaItemDto] }) agenda!: AgendaItemDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) liveAt!: string | null;
  @ApiProperty({ type: MyRegistrationStateDto, nullable: true }) myRegistration!: MyRegistrationStateDto | null;
  @ApiProperty({ description: 'The caller may edit and run it (organisers, admins)' }) canManage!: boolean;
  @ApiProperty({ description: 'The caller may check people in and moderate questions' }) canRunFloor!: boolean;
  @ApiProperty({ type: MeetingConclusionDto, nullable: true }) conclusion!: MeetingConclusionDto | null;
}

export class AgendaPetitionOptionDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() signatureCount!: number;
  @ApiProperty({ format: 'date-time' }) agendaThresholdAt!: string;
  @ApiProperty({ description: 'Already on an agenda of a meeting not yet concluded or cancelled' }) scheduled!: boolean;
}

export class RegistrationDto {
  @ApiProperty({ example: 'MTG-2026-000012' }) meetingCode!: string;
  @ApiProperty({ enum: MEETING_REGISTRATION_STATUSES }) status!: MeetingRegistrationStatus;
  @ApiProperty({ example: 'K7F3-Q9XA' }) code!: string;
  @ApiProperty({ type: Number, nullable: true }) waitingPosition!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedInAt!: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The code as a QR code (standalone SVG), for a confirmed place' }) qrSvg!:
    string | null;
}

export class CheckInResultDto {
  @ApiProperty({ example: 'K7F3-Q9XA' }) code!: string;
  @ApiProperty({ description: 'Checked in before this call (the time is when)' }) alreadyCheckedIn!: boolean;
  @ApiProperty({ format: 'date-time' }) checkedInAt!: string;
  @ApiProperty() attendanceCount!: number;
}

export class QuestionHiddenDto {
  @ApiProperty({ enum: FORUM_FLAG_REASONS }) reason!: ForumFlagReason;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ description: 'By readers’ flags, pending a moderator’s review' }) byFlags!: boolean;
}

export class QuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when hidden or merged (see those fields)' }) text!: string | null;
  @ApiProperty() votes!: number;
  @ApiProperty() votedByMe!: boolean;
  @ApiProperty() mine!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) answeredAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Merged into this question' }) mergedIntoId!: string | null;
  @ApiProperty({ type: QuestionHiddenDto, nullable: true }) hidden!: QuestionHiddenDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class QuestionListDto {
  @ApiProperty({ description: 'The list’s version; pass it as `since` to poll' }) version!: number;
  @ApiProperty({ description: 'False when `since` was given and nothing changed (items empty)' }) changed!: boolean;
  @ApiProperty({ type: [QuestionDto] }) items!: QuestionDto[];
}

export class VoteResultDto {
  @ApiProperty() votes!: number;
  @ApiProperty() votedByMe!: boolean;
  @ApiProperty() version!: number;
}
