import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AUDIT_CHAIN_BREAKS, AuditChainBreak, AuditLabelRegistry, AuditService, auditLabelKey } from '@walikota/api-audit';
import { ErrorResponseDto, FieldDomainException, PageLimit, Roles, parseInstant } from '@walikota/api-platform';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@walikota/shared-contracts';
import type { AuditAction, AuditTargetType } from '@walikota/shared-contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, example: 'user.roles_changed' }) @IsOptional() @IsIn(AUDIT_ACTIONS) action?: AuditAction;
  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES, example: 'user' }) @IsOptional() @IsIn(AUDIT_TARGET_TYPES) targetType?: AuditTargetType;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) targetId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ description: 'Cursor from the previous page (`nextCursor`)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  before?: string;
  @PageLimit(50, 200)
  limit?: number;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Place in the hash chain: 1, 2, 3…' }) seq!: number;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s name now; null for the system or an unknown account' })
  actorName!: string | null;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ enum: AUDIT_TARGET_TYPES }) targetType!: AuditTargetType;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The target for people: a report’s code, a user’s name, a holiday’s date and name; null when it no longer exists',
  })
  targetLabel!: string | null;
  @ApiProperty({ type: Object, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AuditMissingRangeDto {
  @ApiProperty() fromSeq!: number;
  @ApiProperty() toSeq!: number;
}

export class AuditAnchorDto {
  @ApiProperty() seq!: number;
  @ApiProperty() hash!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class AuditVerificationDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Entries found intact before the first broken one' }) checked!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) firstBrokenId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstBrokenAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true }) firstBrokenSeq!: number | null;
  @ApiProperty({ enum: AUDIT_CHAIN_BREAKS, nullable: true }) reason!: AuditChainBreak | null;
  @ApiProperty({ type: AuditMissingRangeDto, nullable: true, description: 'Places of deleted entries' })
  missing!: AuditMissingRangeDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The newest entry: record it elsewhere' }) headSeq!: number | null;
  @ApiProperty({ type: String, nullable: true }) headHash!: string | null;
  @ApiProperty({ type: AuditAnchorDto, nullable: true, description: 'The head the last successful verification recorded' })
  anchor!: AuditAnchorDto | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `<ISO instant>_<uuid>` as `nextCursor` writes it; anything else is a 400 naming `before`. */
function parseCursor(cursor: string | undefined): { occurredAt: Date; id: string } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const [at = '', id = '', ...rest] = cursor.split('_');
  const occurredAt = parseInstant(at);
  if (!occurredAt || rest.length > 0 || !UUID.test(id)) throw new FieldDomainException('before', 'invalid_audit_cursor');
  return { occurredAt, id: id.toLowerCase() };
}

/** The audit log, read-only: there is no endpoint to change or delete an entry. */
@ApiTags('admin')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@Roles('admin')
@Controller('admin/audit-log')
export class AdminAuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly labels: AuditLabelRegistry,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async listAuditLog(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? 50;
    const rows = await this.audit.list({ ...query, limit: limit + 1, before: parseCursor(query.before) });
    const page = rows.slice(0, limit);
    // One query per target type for the whole page; the actors' names come with the users'.
    const actors = page.map((e) => ({ targetType: 'user', targetId: e.actorId }));
    const labels = await this.labels.resolve([...page, ...actors]);
    const items: AuditEntryDto[] = page.map((e) => ({
      id: e.id,
      seq: Number(e.seq),
      occurredAt: e.occurredAt,
      actorId: e.actorId,
      actorName: e.actorId ? (labels.get(auditLabelKey('user', e.actorId)) ?? null) : null,
      actorRoles: e.actorRoles,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      targetLabel: e.targetId ? (labels.get(auditLabelKey(e.targetType, e.targetId)) ?? null) : null,
      before: e.before,
      after: e.after,
      reason: e.reason,
      requestId: e.requestId,
      ip: e.ip,
    }));
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > limit && last ? `${last.occurredAt.toISOString()}_${last.id}` : null };
  }

  /**
   * Checks the whole hash chain (in batches) and names the first broken entry; compares with, and
   * advances, the head recorded by the last successful check. Also `npm run cli -- audit:verify`.
   */
  @Get('verification')
  @ApiOkResponse({ type: AuditVerificationDto })
  verifyAuditLog(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
