import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { uploadResponse } from '@walikota/api-uploads';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ApiKeyScope,
  AppConfig,
  CurrentUser,
  DomainException,
  ErrorResponseDto,
  Public,
  RequestMeta,
  RequestMetadata,
  Roles,
  resolveLanguage,
} from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import {
  BulkReportActionDto,
  BulkResultDto,
  FileReportDto,
  ReportActionDto,
  ReportDetailDto,
  ReportExportQueryDto,
  ReportListQueryDto,
  ReportMapDto,
  ReportMapQueryDto,
  ReportPageDto,
  ReportStatusDto,
  SimilarReportDto,
  SimilarReportsQueryDto,
  StaffQueueQueryDto,
} from './report.dto';
import { ReportActionsService } from './report-actions.service';
import { ReportQueriesService } from './report-queries.service';
import { ReportsService } from './reports.service';
import { ReportCodePipe } from './report-code.pipe';
import { serializeExport } from './report-export';

@ApiTags('reports')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly actions: ReportActionsService,
    private readonly queries: ReportQueriesService,
    private readonly config: AppConfig,
  ) {}

  /** Files a report (citizens with a verified e-mail; REPORTS_PER_HOUR per account, Open311 filings included). */
  @Post()
  @Roles('citizen')
  @ApiCreatedResponse({ type: ReportDetailDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'More than REPORTS_PER_HOUR reports in an hour' })
  fileReport(@CurrentUser() user: AuthUser, @Body() dto: FileReportDto): Promise<ReportDetailDto> {
    return this.reports.file(user, dto);
  }

  /** Public list: verified public and anonymous reports, newest first, with filters and search. */
  @Get()
  @Public()
  @ApiOkResponse({ type: ReportPageDto })
  listReports(@CurrentUser() user: AuthUser | undefined, @Query() query: ReportListQueryDto): Promise<ReportPageDto> {
    return this.queries.page({ kind: 'public' }, query, user);
  }

  /**
   * Open data: the public list with the same filters, every matching report, as CSV (default; UTF-8
   * with a BOM, formula-like cells defused) or a JSON array. Streamed in batches; names in the
   * caller's language; never who filed a report. Five per minute per client.
   */
  @Get('export')
  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({
    description:
      'A file: columns code, type, status, title, description, category, kecamatan, kelurahan, department, created_at, support_count, latitude, longitude, url',
  })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  exportReports(
    @Query() query: ReportExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StreamableFile {
    const format = query.format ?? 'csv';
    const { format: _format, ...filters } = query;
    // The day in the city (not UTC, which is yesterday until 07:00 in Jakarta).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone }).format(new Date());
    void reply.header('Cache-Control', 'no-cache');
    const body = serializeExport(format, this.queries.exportBatches(filters, resolveLanguage(acceptLanguage)));
    // Two batches ahead of a slow download at most (the default would buffer sixteen).
    return new StreamableFile(Readable.from(body, { highWaterMark: 2 }), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="laporan-warga-${day}.${format}"`,
    });
  }

  /** The public list on a map: counts per kelurahan and the newest reports with a point, with the list's filters. */
  @Get('map')
  @Public()
  @ApiOkResponse({ type: ReportMapDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  getReportMap(@Query() query: ReportMapQueryDto): Promise<ReportMapDto> {
    return this.queries.map(query);
  }

  /** Open public reports similar to a title being typed (same category or within 500 m). */
  @Get('similar')
  @Public()
  @ApiOkResponse({ type: [SimilarReportDto] })
  similarReports(@CurrentUser() user: AuthUser | undefined, @Query() query: SimilarReportsQueryDto): Promise<SimilarReportDto[]> {
    return this.reports.similar(query, user);
  }

  @Get('mine')
  @ApiOkResponse({ type: ReportPageDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  listMyReports(@CurrentUser() user: AuthUser, @Query() query: ReportListQueryDto): Promise<ReportPageDto> {
    return this.queries.page({ kind: 'mine', userId: user.id }, query, user);
  }

  /** The moderators' queue (new, verified, redirected, on hold), with overdue and department filters. */
  @Get('queue')
  @Roles('moderator')
  @ApiOkResponse({ type: ReportPageDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listReportQueue(@CurrentUser() user: AuthUser, @Query() query: StaffQueueQueryDto): Promise<ReportPageDto> {
    return this.queries.page({ kind: 'queue' }, query, user);
  }

  /** An official's inbox: reports dispatched to their departments. */
  @Get('inbox')
  @Roles('official')
  @ApiOkResponse({ type: ReportPageDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listDepartmentInbox(@CurrentUser() user: AuthUser, @Query() query: StaffQueueQueryDto): Promise<ReportPageDto> {
    if (query.departmentId && !user.roles.includes('admin') && !user.departmentIds.includes(query.departmentId))
      throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    return this.queries.page(this.queries.inboxScope(user), query, user);
  }

  /** Verify or dispatch many reports at once. */
  @Post('bulk')
  @ApiKeyScope('reports')
  @Roles('moderator')
  @ApiOkResponse({ type: [BulkResultDto] })
  @HttpCode(HttpStatus.OK)
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  bulkReportAction(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Body() dto: BulkReportActionDto,
  ): Promise<BulkResultDto[]> {
    return this.actions.bulk(user, meta, dto, resolveLanguage(acceptLanguage));
  }

  /**
   * The tracking page's data: public timeline for everyone once a moderator verified the report
   * (never while rejected, never if confidential), more for the reporter and staff; 404 for
   * everyone else, who may still ask for the status.
   */
  @Get(':code')
  @Public()
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getReport(
    @CurrentUser() user: AuthUser | undefined,
    @Param('code', ReportCodePipe) code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportDetailDto> {
    const detail = await this.reports.detail(user, code);
    // What only the reporter and staff may read is kept by no cache, the browser's included.
    if (!detail.published) void reply.header('Cache-Control', 'no-store');
    return detail;
  }

  /** Code, status and filing date of any report that is not confidential: the tracking page when the detail is 404. */
  @Get(':code/status')
  @Public()
  @ApiOkResponse({ type: ReportStatusDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getReportStatus(@CurrentUser() user: AuthUser | undefined, @Param('code', ReportCodePipe) code: string): Promise<ReportStatusDto> {
    return this.reports.status(user, code);
  }

  /** A file of the report or of its resolution, for whoever may see the report (published reports: anyone). */
  @Get(':code/attachments/:uploadId')
  @Public()
  @ApiOkResponse({
    description: 'The file (JPEG, PNG, WebP or PDF)',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getReportAttachment(
    @CurrentUser() user: AuthUser | undefined,
    @Param('code', ReportCodePipe) code: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const opened = await this.reports.attachment(user, code, uploadId);
    // Published reports' files may stay in the browser for an hour; the others in no cache at all.
    return uploadResponse(reply, opened, opened.published ? 'private, max-age=3600' : 'no-store');
  }

  /** A workflow action (verify, dispatch, resolve, …) or a note; 409 when the status does not allow it. */
  @Post(':code/actions')
  @ApiKeyScope('reports')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  actOnReport(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code', ReportCodePipe) code: string,
    @Body() dto: ReportActionDto,
  ): Promise<ReportDetailDto> {
    return this.actions.act(user, meta, code, dto);
  }

  @Put(':code/support')
  @Roles('citizen')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  supportReport(@CurrentUser() user: AuthUser, @Param('code', ReportCodePipe) code: string): Promise<void> {
    return this.reports.support(user, code, true);
  }

  @Delete(':code/support')
  @Roles('citizen')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  withdrawReportSupport(@CurrentUser() user: AuthUser, @Param('code', ReportCodePipe) code: string): Promise<void> {
    return this.reports.support(user, code, false);
  }

  @Put(':code/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  followReport(@CurrentUser() user: AuthUser, @Param('code', ReportCodePipe) code: string): Promise<void> {
    return this.reports.follow(user, code, true);
  }

  @Delete(':code/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  unfollowReport(@CurrentUser() user: AuthUser, @Param('code', ReportCodePipe) code: string): Promise<void> {
    return this.reports.follow(user, code, false);
  }
}
