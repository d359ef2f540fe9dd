import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuditService } from '@walikota/api-audit';
import { ErrorResponseDto, PageLimit, Roles } from '@walikota/api-platform';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'user.roles_changed' }) @IsOptional() @IsString() @MaxLength(80) action?: string;
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(40) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) targetId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ description: 'Cursor from the previous page (`nextCursor`)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/)
  before?: string;
  @PageLimit(50, 200)
  limit?: number;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty() action!: string;
  @ApiProperty() targetType!: string;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
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

/** The audit log, read-only: there is no endpoint to change or delete an entry. */
@ApiTags('admin')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@Roles('admin')
@Controller('admin/audit-log')
export class AdminAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  async listAuditLog(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? 50;
    const [at, id] = query.before?.split('_') ?? [];
    const rows = await this.audit.list({ ...query, limit: limit + 1, before: at && id ? { occurredAt: new Date(at), id } : undefined });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? `${last.occurredAt.toISOString()}_${last.id}` : null };
  }
}
