import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AppConfig, ErrorResponseDto, Roles } from '@walikota/api-platform';
import { MailService } from './mail.service';
import { OutboxPageDto, OutboxQueryDto } from './notifications.dto';

/**
 * The e-mail outbox. Without SMTP_URL (embedded mode) e-mails stay here, and admins read
 * them, verification links included; with SMTP it shows delivery status and errors.
 */
@ApiTags('admin')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@Roles('admin')
@Controller('admin/outbox')
export class OutboxController {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: OutboxPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async listOutbox(@Query() query: OutboxQueryDto): Promise<OutboxPageDto> {
    const limit = query.limit ?? 20;
    const rows = await this.mail.list({ limit: limit + 1, before: query.before, status: query.status });
    const page = rows.slice(0, limit);
    // Once e-mail goes out over SMTP, bodies (reset links) are for their recipients only.
    const showBodies = !this.config.smtpUrl;
    return {
      items: page.map((e) => ({
        id: e.id,
        toAddress: e.toAddress,
        toUserId: e.toUserId,
        template: e.template,
        language: e.language,
        subject: e.subject,
        textBody: showBodies ? e.textBody : null,
        status: e.status,
        attempts: e.attempts,
        nextAttemptAt: e.nextAttemptAt,
        lastError: e.lastError,
        createdAt: e.createdAt,
        sentAt: e.sentAt,
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }
}
