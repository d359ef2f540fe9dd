import { PageLimit } from '@walikota/api-platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EmailStatus } from './email-outbox.entity';

const EMAIL_STATUSES: EmailStatus[] = ['pending', 'sent', 'failed'];

export class NotificationQueryDto {
  @ApiPropertyOptional({ description: 'Cursor: `nextCursor` of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  before?: string;

  @PageLimit(20, 100)
  limit?: number;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'report.status_changed', description: 'What happened; the web app may render it itself from `params`' })
  type!: string;
  @ApiProperty({ example: 'Laporan LPR-2026-004217 sedang ditangani', description: 'In the language of Accept-Language' })
  title!: string;
  @ApiProperty({ example: 'Dinas Pekerjaan Umum mulai menangani laporan Anda.' }) body!: string;
  @ApiProperty({ type: String, nullable: true, example: '/laporan/LPR-2026-004217', description: 'A portal path or a URL' })
  link!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) params!: Record<string, string>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) count!: number;
}

export class OutboxQueryDto extends NotificationQueryDto {
  @ApiPropertyOptional({ enum: EMAIL_STATUSES }) @IsOptional() @IsIn(EMAIL_STATUSES) status?: EmailStatus;
}

export class OutboxEmailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() toAddress!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) toUserId!: string | null;
  @ApiProperty({ example: 'verify_email' }) template!: string;
  @ApiProperty({ enum: ['id', 'en'] }) language!: 'id' | 'en';
  @ApiProperty() subject!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The text, only while e-mail stays in the outbox (no SMTP_URL): it may hold sign-in and reset links',
  })
  textBody!: string | null;
  @ApiProperty({ enum: EMAIL_STATUSES }) status!: EmailStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'date-time' }) nextAttemptAt!: Date;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: Date | null;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxEmailDto], description: 'Newest first' }) items!: OutboxEmailDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for the next page; null on the last page' })
  nextCursor!: string | null;
}
