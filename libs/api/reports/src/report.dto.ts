import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate, IsLatitudeField, IsLongitudeField, PageLimit } from '@walikota/api-platform';
import { UploadDto } from '@walikota/api-uploads';
import { EXPORT_FORMATS, ExportFormat } from './report-export';
import { REPORT_CODE, toReportCode } from './report-code';
import {
  REJECT_REASONS,
  REPORT_ACTIONS,
  REPORT_PRIVACIES,
  REPORT_STATUSES,
  REPORT_TYPES,
  RejectReason,
  ReportAction,
  ReportPrivacy,
  ReportStatus,
  ReportType,
} from './report-workflow';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class FileReportDto {
  @ApiProperty({ enum: REPORT_TYPES }) @IsIn(REPORT_TYPES) type!: ReportType;
  @ApiProperty({
    enum: REPORT_PRIVACIES,
    description: 'anonymous: public, reporter hidden; confidential: only the reporter and staff handling it',
  })
  @IsIn(REPORT_PRIVACIES)
  privacy!: ReportPrivacy;
  @ApiProperty({ minLength: 10, maxLength: 150 }) @Transform(trim) @IsString() @MinLength(10) @MaxLength(150) title!: string;
  @ApiProperty({ minLength: 20, maxLength: 5000 }) @Transform(trim) @IsString() @MinLength(20) @MaxLength(5000) description!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The kelurahan/desa; may be left out when a point is given (its kelurahan is taken)',
  })
  @ValidateIf((dto: FileReportDto) => dto.areaId !== undefined || dto.latitude === undefined || dto.latitude === null)
  @IsDefined()
  @IsUUID()
  areaId?: string;
  @IsLatitudeField({ pairedWith: 'longitude' }) latitude?: number;
  @IsLongitudeField({ pairedWith: 'latitude' }) longitude?: number;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/uploads (at most 5)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

/** Points on the public map at most (the newest); the counts per kelurahan cover every report. */
export const MAP_POINT_LIMIT = 1000;

export class ReportListQueryDto {
  @ApiPropertyOptional({ enum: REPORT_TYPES }) @IsOptional() @IsIn(REPORT_TYPES) type?: ReportType;
  @ApiPropertyOptional({ enum: REPORT_STATUSES }) @IsOptional() @IsIn(REPORT_STATUSES) status?: ReportStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() categoryId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() kecamatanId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Kelurahan' }) @IsOptional() @IsUUID() areaId?: string;
  @IsCalendarDate({ optional: true, description: 'Filed on or after (city time zone)' }) from?: string;
  @IsCalendarDate({ optional: true, description: 'Filed on or before (city time zone)' }) to?: string;
  @ApiPropertyOptional({ description: 'Full-text search in title and description', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'Cursor: nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) after?: string;
  @PageLimit(20, 100)
  limit?: number;
}

/** The public list's filters, for the whole list as a file. */
export class ReportExportQueryDto extends OmitType(ReportListQueryDto, ['after', 'limit'] as const) {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' }) @IsOptional() @IsIn(EXPORT_FORMATS) format?: ExportFormat;
}

/** The public list's filters, for the map of the whole list. */
export class ReportMapQueryDto extends OmitType(ReportListQueryDto, ['after', 'limit'] as const) {}

export class ReportAreaCountDto {
  @ApiProperty({ format: 'uuid', description: 'Kelurahan' }) areaId!: string;
  @ApiProperty() count!: number;
}

export class ReportMapPointDto {
  @ApiProperty({ example: 'LPR-2026-004217' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty() latitude!: number;
  @ApiProperty() longitude!: number;
}

/** The public list on a map: how many reports each kelurahan has, and the newest reports with a point. */
export class ReportMapDto {
  @ApiProperty({
    type: [ReportAreaCountDto],
    description: 'Public reports matching the filters, per kelurahan (kelurahan without any are absent)',
  })
  areas!: ReportAreaCountDto[];
  @ApiProperty({ type: [ReportMapPointDto], description: `The newest matching reports that have a point, at most ${MAP_POINT_LIMIT}` })
  points!: ReportMapPointDto[];
  @ApiProperty({ description: 'More matching reports have a point than `points` holds' }) truncated!: boolean;
}

export class StaffQueueQueryDto extends ReportListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ description: 'Only reports past an SLA deadline' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class SimilarReportsQueryDto {
  @ApiProperty({ minLength: 3, maxLength: 150 }) @Transform(trim) @IsString() @MinLength(3) @MaxLength(150) title!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() categoryId?: string;
  @IsLatitudeField({ pairedWith: 'longitude', source: 'query' }) latitude?: number;
  @IsLongitudeField({ pairedWith: 'latitude', source: 'query' }) longitude?: number;
}

export class ReportActionDto {
  @ApiProperty({ enum: REPORT_ACTIONS }) @IsIn(REPORT_ACTIONS) action!: ReportAction;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
  @ApiPropertyOptional({ description: 'For notes: visible on the public timeline (default true)' })
  @IsOptional()
  @IsBoolean()
  public?: boolean;
  @ApiPropertyOptional({ enum: REJECT_REASONS }) @IsOptional() @IsIn(REJECT_REASONS) reasonCode?: RejectReason;
  @ApiPropertyOptional({ format: 'uuid', description: 'dispatch: the department (default: the category’s)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
  @ApiPropertyOptional({ example: 'LPR-2026-000042', description: 'mark_duplicate: the report this one is merged into' })
  @IsOptional()
  @Transform(toReportCode)
  @IsString()
  @Matches(REPORT_CODE)
  duplicateOf?: string;
  @ApiPropertyOptional({ maxLength: 200, description: 'not_our_authority: the agency that is responsible' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  externalAgency?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'rate, or confirm (optional): 1–5; the note is the comment' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'resolve: "after" photos, ids from POST /api/uploads by the resolving official (at most 5)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class BulkReportActionDto {
  @ApiProperty({ type: [String], example: ['LPR-2026-000042'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Transform(toReportCode)
  @IsString({ each: true })
  @Matches(REPORT_CODE, { each: true })
  codes!: string[];
  @ApiProperty({ enum: ['verify', 'dispatch'] }) @IsIn(['verify', 'dispatch']) action!: 'verify' | 'dispatch';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
}

export class ReportEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ enum: ['citizen', 'moderator', 'official', 'admin', 'system'] }) actorRole!: string;
  @ApiProperty({ description: '`filed` or the action' }) kind!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The department the event speaks for, as it was then: dispatched to, or acting as (officials)',
  })
  departmentId!: string | null;
  @ApiProperty({ enum: REPORT_STATUSES, nullable: true, type: String }) fromStatus!: ReportStatus | null;
  @ApiProperty({ enum: REPORT_STATUSES, nullable: true, type: String }) toStatus!: ReportStatus | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'false: staff only' }) public!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description:
      'Everyone: reasonCode, externalAgency, rating; duplicateOf and from (report codes) only to whoever may see that report; departmentId (routing) to staff',
  })
  data!: Record<string, string | number | null>;
}

export class ReportSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'LPR-2026-004217' }) code!: string;
  @ApiProperty({ enum: REPORT_TYPES }) type!: ReportType;
  @ApiProperty({ enum: REPORT_PRIVACIES }) privacy!: ReportPrivacy;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty() title!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ nullable: true, type: String }) departmentId!: string | null;
  @ApiProperty() areaId!: string;
  @ApiProperty() kecamatanId!: string;
  @ApiProperty({ nullable: true, type: Number }) latitude!: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude!: number | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() supportCount!: number;
  @ApiProperty({ enum: ['verification', 'follow_up'], nullable: true, type: String, description: 'Which SLA deadline has passed' })
  overdue!: 'verification' | 'follow_up' | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null when the report is anonymous or confidential (for the public)' })
  reporterName!: string | null;
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportSummaryDto], description: 'Newest first' }) items!: ReportSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ReportAttachmentDto extends UploadDto {
  @ApiProperty({ example: '/api/reports/LPR-2026-004217/attachments/…', description: 'Where to fetch the file' }) url!: string;
}

export class ReportDetailDto extends ReportSummaryDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Staff only: the kelurahan the point lies in when it is not the chosen kelurahan (check the location); null otherwise',
  })
  pointAreaId!: string | null;
  @ApiProperty({
    description: 'Content public: verified by a moderator, not rejected, not confidential (else only the reporter and staff see it)',
  })
  published!: boolean;
  @ApiProperty({ type: [ReportAttachmentDto], description: 'The reporter’s files' }) attachments!: ReportAttachmentDto[];
  @ApiProperty({ type: [ReportAttachmentDto], description: '"After" photos the department attached when resolving it' })
  resolutionAttachments!: ReportAttachmentDto[];
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) rejectReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) externalAgency!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Code of the report this one was merged into, if the caller may see it' })
  duplicateOf!: string | null;
  @ApiProperty({ nullable: true, type: Number }) rating!: number | null;
  @ApiProperty({ nullable: true, type: String }) ratingComment!: string | null;
  @ApiProperty() reopenCount!: number;
  @ApiProperty({ nullable: true, type: String }) verifyDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) followupDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) autocloseAt!: string | null;
  @ApiProperty({ type: [ReportEventDto], description: 'Oldest first; internal events only for staff' }) timeline!: ReportEventDto[];
  @ApiProperty({ description: 'The caller filed it' }) mine!: boolean;
  @ApiProperty() supported!: boolean;
  @ApiProperty() following!: boolean;
  @ApiProperty({ enum: REPORT_ACTIONS, isArray: true, description: 'What the caller may do now' }) allowedActions!: ReportAction[];
}

/** What anyone may know of a report that is not confidential: the tracking page's fallback. */
export class ReportStatusDto {
  @ApiProperty({ example: 'LPR-2026-004217' }) code!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty() createdAt!: string;
}

export class SimilarReportDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty() supportCount!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Metres from the given point' }) distanceMeters!: number | null;
}

export class BulkResultDto {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['ok', 'error'] }) outcome!: 'ok' | 'error';
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed, in the caller’s language' }) message!: string | null;
}
