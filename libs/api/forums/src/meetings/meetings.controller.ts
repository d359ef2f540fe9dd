import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res } from '@nestjs/common';
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
import { CurrentUser, ErrorResponseDto, Language, Public, RequestMeta, RequestMetadata, Roles, TextLanguage } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import {
  AgendaPetitionInputDto,
  AgendaPetitionOptionDto,
  CancelMeetingDto,
  CheckInInputDto,
  CheckInResultDto,
  CommitmentDto,
  CommitmentListQueryDto,
  CommitmentPageDto,
  CommitmentStatusInputDto,
  ConcludeMeetingDto,
  MeetingDetailDto,
  MeetingInputDto,
  MeetingListQueryDto,
  MeetingPageDto,
  RegistrationDto,
} from './meeting.dto';
import { MeetingCommitments } from './meeting-commitments.service';
import { MeetingMinutes } from './meeting-minutes.service';
import { MeetingQueries } from './meeting-queries.service';
import { MeetingRegistrations } from './meeting-registrations.service';
import { MeetingsService } from './meetings.service';

/** Town-hall meetings: scheduling, registration and check-in, minutes and commitments (docs/product.md, "Town-hall meetings"). */
@ApiTags('meetings')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly queries: MeetingQueries,
    private readonly registrations: MeetingRegistrations,
    private readonly minutes: MeetingMinutes,
    private readonly commitments: MeetingCommitments,
  ) {}

  /** Schedules a meeting for one of the official's departments (admins: any). */
  @Post()
  @Roles('official')
  @ApiCreatedResponse({ type: MeetingDetailDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  async createMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: MeetingInputDto,
  ): Promise<MeetingDetailDto> {
    return this.queries.detail(user, await this.meetings.create(user, meta, dto));
  }

  /** Upcoming meetings (soonest first) or past ones (latest first). */
  @Get()
  @Public()
  @ApiOkResponse({ type: MeetingPageDto })
  listMeetings(@CurrentUser() user: AuthUser | undefined, @Query() query: MeetingListQueryDto): Promise<MeetingPageDto> {
    return this.queries.page(user, query);
  }

  /** Petitions that reached the agenda threshold, to put on an agenda (officials). */
  @Get('agenda-petitions')
  @Roles('official')
  @ApiOkResponse({ type: [AgendaPetitionOptionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listMeetingAgendaPetitions(@CurrentUser() user: AuthUser): Promise<AgendaPetitionOptionDto[]> {
    return this.queries.agendaPetitions(user);
  }

  /** Commitments of concluded meetings by due date; filters: department, status, overdue. */
  @Get('commitments')
  @Public()
  @ApiOkResponse({ type: CommitmentPageDto })
  listMeetingCommitments(@Query() query: CommitmentListQueryDto, @TextLanguage() language: Language): Promise<CommitmentPageDto> {
    return this.commitments.page(query, language);
  }

  /** Moves a commitment (officials of its department, admins); dropping needs a reason. */
  @Put('commitments/:id/status')
  @Roles('official')
  @ApiOkResponse({ type: CommitmentDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  setMeetingCommitmentStatus(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id') id: string,
    @Body() dto: CommitmentStatusInputDto,
  ): Promise<CommitmentDto> {
    return this.commitments.changeStatus(user, meta, id, dto);
  }

  /** Every meeting from 30 days ago on, as an iCalendar feed to subscribe to. */
  @Get('calendar.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)' })
  async meetingsCalendarFeed(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ics = await this.queries.feed();
    void reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'inline; filename="pertemuan-balai-kota.ics"');
    return ics;
  }

  @Get(':code')
  @Public()
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getMeeting(@CurrentUser() user: AuthUser | undefined, @Param('code') code: string): Promise<MeetingDetailDto> {
    return this.queries.detail(user, code);
  }

  /** Edits a scheduled meeting (its organisers, admins); registrants hear of a new time or venue. */
  @Put(':code')
  @Roles('official')
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async updateMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: MeetingInputDto,
  ): Promise<MeetingDetailDto> {
    await this.meetings.update(user, meta, code, dto, this.registrations.promote);
    return this.queries.detail(user, code);
  }

  /** Adds a petition from the agenda list to the end of the agenda, linked. */
  @Post(':code/agenda-petitions')
  @Roles('official')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async addMeetingAgendaPetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: AgendaPetitionInputDto,
  ): Promise<MeetingDetailDto> {
    await this.meetings.addAgendaPetition(user, meta, code, dto);
    return this.queries.detail(user, code);
  }

  /** scheduled → live. */
  @Post(':code/start')
  @Roles('official')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async startMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
  ): Promise<MeetingDetailDto> {
    await this.meetings.start(user, meta, code);
    return this.queries.detail(user, code);
  }

  /** scheduled → cancelled, with the reason registrants read. */
  @Post(':code/cancel')
  @Roles('official')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async cancelMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: CancelMeetingDto,
  ): Promise<MeetingDetailDto> {
    await this.meetings.cancel(user, meta, code, dto);
    return this.queries.detail(user, code);
  }

  /** live → concluded with minutes and commitments; the attendance is counted from check-ins. */
  @Post(':code/conclude')
  @Roles('official')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async concludeMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: ConcludeMeetingDto,
  ): Promise<MeetingDetailDto> {
    await this.minutes.conclude(user, meta, code, dto);
    return this.queries.detail(user, code);
  }

  @Get(':code/calendar.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async meetingCalendar(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { code: found, ics } = await this.queries.calendar(code);
    void reply.header('Content-Type', 'text/calendar; charset=utf-8').header('Content-Disposition', `attachment; filename="${found}.ics"`);
    return ics;
  }

  /** The Berita Acara (minutes) as a PDF, once concluded; 404 before. */
  @Get(':code/berita-acara.pdf')
  @Public()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async meetingBeritaAcara(
    @Param('code') code: string,
    @TextLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { code: found, pdf } = await this.minutes.beritaAcara(code, language);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="berita-acara-${found}.pdf"`);
    return pdf;
  }

  /** Registers the caller: a place, or the waiting list when full. 201 new, 200 registered before. */
  @Post(':code/registration')
  @Roles('citizen')
  @ApiCreatedResponse({ type: RegistrationDto })
  @ApiOkResponse({ type: RegistrationDto, description: 'Registered before' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  async registerForMeeting(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrationDto> {
    const { created, registration } = await this.registrations.register(user, code);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return registration;
  }

  /** The caller's registration: its code and QR code. */
  @Get(':code/registration')
  @Roles('citizen')
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getMyMeetingRegistration(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<RegistrationDto> {
    return this.registrations.mine(user, code);
  }

  /** Gives up the caller's place; the first on the waiting list gets it. */
  @Delete(':code/registration')
  @Roles('citizen')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async cancelMyMeetingRegistration(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<void> {
    await this.registrations.cancel(user, code);
  }

  /** Checks a registrant in by their code (organisers, moderators, admins). */
  @Post(':code/check-ins')
  @Roles('moderator', 'official')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CheckInResultDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  checkInToMeeting(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: CheckInInputDto,
  ): Promise<CheckInResultDto> {
    return this.registrations.checkIn(user, meta, code, dto.code);
  }
}
