import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
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
import { CurrentUser, ErrorResponseDto, Public, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { PetitionModerationService } from './moderation/petition-moderation.service';
import {
  AgendaPetitionDto,
  BlockedDomainDto,
  BlockedDomainInputDto,
  DepartmentResponseStatsDto,
  InvalidateSignaturesDto,
  InvalidationResultDto,
  ModeratePetitionDto,
  ModerationQueueDto,
  MyPetitionDto,
  MySignedPetitionDto,
  PetitionCountDto,
  PetitionDetailDto,
  PetitionDraftDto,
  PetitionListQueryDto,
  PetitionPageDto,
  PetitionResponseInputDto,
  RejectionReasonDto,
  RejectionReasonInputDto,
  SignPetitionDto,
  SignatureResultDto,
  SignaturesByAreaDto,
  SigningActivityDto,
  SimilarPetitionDto,
  SimilarPetitionsQueryDto,
} from './petition.dto';
import { PetitionQueriesService } from './petition-queries.service';
import { PetitionsService } from './petitions.service';
import { BlockedDomains } from './signing/blocked-domains';
import { SigningService } from './signing/signing.service';

/** Petitions (docs/product.md, "Petitions"). */
@ApiTags('petitions')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('petitions')
export class PetitionsController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly queries: PetitionQueriesService,
    private readonly signing: SigningService,
    private readonly moderation: PetitionModerationService,
  ) {}

  /** Starts a draft (verified citizens; PETITIONS_PER_ACCOUNT_PER_DAY). */
  @Post()
  @Roles('citizen')
  @ApiCreatedResponse({ type: PetitionDetailDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  createPetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: PetitionDraftDto,
  ): Promise<PetitionDetailDto> {
    return this.petitions.create(user, meta, dto);
  }

  /** Published petitions: open, awaiting a response, responded, closed or rejected; sorted by signatures, newest or trending. */
  @Get()
  @Public()
  @ApiOkResponse({ type: PetitionPageDto })
  listPetitions(@CurrentUser() user: AuthUser | undefined, @Query() query: PetitionListQueryDto): Promise<PetitionPageDto> {
    return this.queries.page(user, query);
  }

  /** Published and rejected petitions like a title being typed (rejected ones with their reason). */
  @Get('similar')
  @Public()
  @ApiOkResponse({ type: [SimilarPetitionDto] })
  similarPetitions(@CurrentUser() user: AuthUser | undefined, @Query() query: SimilarPetitionsQueryDto): Promise<SimilarPetitionDto[]> {
    return this.queries.similar(user, query.title);
  }

  /** Responses per department: awaiting, overdue, given. */
  @Get('responses-by-department')
  @Public()
  @ApiOkResponse({ type: [DepartmentResponseStatsDto] })
  petitionResponsesByDepartment(@CurrentUser() user: AuthUser | undefined): Promise<DepartmentResponseStatsDto[]> {
    return this.moderation.responseStats(user?.language ?? 'id');
  }

  /** The caller's own petitions, every state. */
  @Get('mine')
  @Roles('citizen')
  @ApiOkResponse({ type: [MyPetitionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  myPetitions(@CurrentUser() user: AuthUser): Promise<MyPetitionDto[]> {
    return this.petitions.mine(user);
  }

  /** Petitions the caller has signed. */
  @Get('signed')
  @Roles('citizen')
  @ApiOkResponse({ type: [MySignedPetitionDto] })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  mySignedPetitions(@CurrentUser() user: AuthUser): Promise<MySignedPetitionDto[]> {
    return this.petitions.signed(user);
  }

  /** Waiting for moderators, oldest first. */
  @Get('moderation')
  @Roles('moderator')
  @ApiOkResponse({ type: ModerationQueueDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  petitionModerationQueue(@CurrentUser() user: AuthUser): Promise<ModerationQueueDto> {
    return this.moderation.queue(user);
  }

  /** Petitions that reached the agenda threshold: for the next town-hall meeting. */
  @Get('agenda')
  @Roles('moderator', 'official')
  @ApiOkResponse({ type: [AgendaPetitionDto] })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  petitionAgenda(@CurrentUser() user: AuthUser): Promise<AgendaPetitionDto[]> {
    return this.moderation.agenda(user);
  }

  @Get('rejection-reasons')
  @Public()
  @ApiOkResponse({ type: [RejectionReasonDto] })
  petitionRejectionReasons(): Promise<RejectionReasonDto[]> {
    return this.moderation.listReasons();
  }

  /** Adds or changes a rejection reason (admins). */
  @Put('rejection-reasons')
  @Roles('admin')
  @ApiOkResponse({ type: RejectionReasonDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  savePetitionRejectionReason(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: RejectionReasonInputDto,
  ): Promise<RejectionReasonDto> {
    return this.moderation.saveReason(user, meta, dto);
  }

  /** What a sponsor link shows (verified citizens with the link). */
  @Get('sponsor/:token')
  @Roles('citizen')
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  petitionBySponsorLink(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<PetitionDetailDto> {
    return this.petitions.bySponsorToken(user, token);
  }

  /** Sponsors the petition of the link; the last sponsor needed sends it to the moderators. */
  @Post('sponsor/:token')
  @Roles('citizen')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  sponsorPetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('token') token: string,
  ): Promise<PetitionDetailDto> {
    return this.petitions.sponsor(user, meta, token);
  }

  /** One petition as the caller may see it (published ones: everyone). */
  @Get(':code')
  @Public()
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getPetition(@CurrentUser() user: AuthUser | undefined, @Param('code') code: string): Promise<PetitionDetailDto> {
    return this.petitions.detail(user, code);
  }

  /** Edits a draft (its creator). */
  @Put(':code')
  @Roles('citizen')
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  updatePetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: PetitionDraftDto,
  ): Promise<PetitionDetailDto> {
    return this.petitions.update(user, meta, code, dto);
  }

  /** Opens the draft to sponsors (its creator). */
  @Post(':code/request-sponsors')
  @Roles('citizen')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  requestPetitionSponsors(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
  ): Promise<PetitionDetailDto> {
    return this.petitions.requestSponsors(user, meta, code);
  }

  /** The public count, exact within seconds. */
  @Get(':code/count')
  @Public()
  @ApiOkResponse({ type: PetitionCountDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getPetitionCount(@Param('code') code: string): Promise<PetitionCountDto> {
    return this.queries.count(code);
  }

  /** Valid signatures per kecamatan and kelurahan. */
  @Get(':code/signatures-by-area')
  @Public()
  @ApiOkResponse({ type: SignaturesByAreaDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getPetitionSignaturesByArea(@Param('code') code: string): Promise<SignaturesByAreaDto> {
    return this.queries.signaturesByArea(code);
  }

  /** The same as CSV, one line per kelurahan. */
  @Get(':code/signatures-by-area.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'kecamatan_code,kecamatan,kelurahan_code,kelurahan,signatures' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getPetitionSignaturesByAreaCsv(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const csv = await this.queries.signaturesByAreaCsv(code);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="petisi-${code}-per-wilayah.csv"`);
    return csv;
  }

  /** Signs (verified citizens, once; `areaId` when the profile has no kelurahan). 201 new, 200 given before. */
  @Post(':code/signatures')
  @Roles('citizen')
  // Counted per account and per address by the signing itself (one round trip for both), in
  // place of the global per-address limit: docs/architecture.md, "Petitions: signing at a viral moment".
  @SkipThrottle()
  @ApiCreatedResponse({ type: SignatureResultDto })
  @ApiOkResponse({ type: SignatureResultDto, description: 'Signed before' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Not open, or the e-mail domain is blocked' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  async signPetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: SignPetitionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignatureResultDto> {
    const { created, result } = await this.signing.sign(user, meta, code, dto);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }

  /** Withdraws the caller's signature while the petition is open. */
  @Delete(':code/signatures/mine')
  @Roles('citizen')
  @ApiOkResponse({ type: SignatureResultDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  withdrawPetitionSignature(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<SignatureResultDto> {
    return this.signing.withdraw(user, code);
  }

  /** Publish, reject or hide (moderators). */
  @Post(':code/moderation')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  moderatePetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: ModeratePetitionDto,
  ): Promise<PetitionDetailDto> {
    return this.moderation.moderate(user, meta, code, dto);
  }

  /** Publishes (or corrects) the official response (officials of the petition's department). */
  @Put(':code/response')
  @Roles('official')
  @ApiOkResponse({ type: PetitionDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  respondToPetition(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: PetitionResponseInputDto,
  ): Promise<PetitionDetailDto> {
    return this.moderation.respond(user, meta, code, dto);
  }

  /** Signatures per address and e-mail domain in the last hour above the threshold (moderators). */
  @Get(':code/signing-activity')
  @Roles('moderator')
  @ApiOkResponse({ type: SigningActivityDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  petitionSigningActivity(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<SigningActivityDto> {
    return this.moderation.activity(user, code);
  }

  /** Invalidates signatures by address, e-mail domain or time range; `dryRun` counts first (moderators). */
  @Post(':code/signatures/invalidate')
  @Roles('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InvalidationResultDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  invalidatePetitionSignatures(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Body() dto: InvalidateSignaturesDto,
  ): Promise<InvalidationResultDto> {
    return this.moderation.invalidate(user, meta, code, dto);
  }
}

/** E-mail domains that may not sign (admins). */
@ApiTags('petitions')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('admin/petition-blocked-domains')
export class PetitionBlockedDomainsController {
  constructor(private readonly domains: BlockedDomains) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [BlockedDomainDto] })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  listPetitionBlockedDomains(): Promise<BlockedDomainDto[]> {
    return this.domains.list();
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: BlockedDomainDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  blockPetitionDomain(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: BlockedDomainInputDto,
  ): Promise<BlockedDomainDto> {
    return this.domains.add(user, meta, dto);
  }

  @Delete(':domain')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async unblockPetitionDomain(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('domain') domain: string,
  ): Promise<void> {
    await this.domains.remove(user, meta, domain);
  }
}
