import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { DepartmentMembersService } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  DomainException,
  FieldDomainException,
  MicroCache,
  NotFoundDomainException,
  PerUserRateLimiter,
  RequestMeta,
  hasRole,
} from '@walikota/api-platform';
import { ReferenceNames, ReferenceService, WorkingCalendar } from '@walikota/api-reference';
import { ReportOpenData } from '@walikota/api-reports';
import { PETITION_CODE_PATTERN } from '@walikota/shared-contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  LinkedReportDto,
  MyPetitionDto,
  MySignedPetitionDto,
  PetitionDetailDto,
  PetitionDraftDto,
  PetitionModerationInfoDto,
  PetitionRejectionDto,
  PetitionSummaryDto,
} from './petition.dto';
import { PetitionEntity, PetitionReportLinkEntity, PetitionRejectionReasonEntity, PetitionSignatureEntity, PetitionSponsorEntity } from './petition.entity';
import { moderationLink, petitionLink, sponsorLink } from './petition-links';
import {
  PetitionRelation,
  actorsOf,
  canViewPetition,
  checkTransition,
  moderationDelayed,
  responseOverdue,
  responseStatusOf,
  textIsShown,
} from './petition-rules';

/** Columns a summary shows (lists select only these). */
export const SUMMARY_COLUMNS = [
  'p.id',
  'p.code',
  'p.title',
  'p.state',
  'p.signatureCount',
  'p.trendingCount',
  'p.categoryId',
  'p.scope',
  'p.kecamatanId',
  'p.openedAt',
  'p.closesAt',
  'p.responseThresholdAt',
  'p.responseDueAt',
  'p.agendaThresholdAt',
  'p.respondedAt',
] as const;

/**
 * Drafting, sponsoring and reading one petition (docs/product.md, "Petitions"). `load` is the one
 * way to get a petition for a caller: a petition they may not see is a 404.
 */
@Injectable()
export class PetitionsService {
  private readonly namesCache = new MicroCache<ReferenceNames>(60_000, 4);
  private readonly reasonsCache = new MicroCache<Map<string, PetitionRejectionReasonEntity>>(10_000, 1);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    private readonly reports: ReportOpenData,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly limiter: PerUserRateLimiter,
    private readonly members: DepartmentMembersService,
    private readonly calendar: WorkingCalendar,
  ) {}

  // ------------------------------------------------------------ drafting

  async create(user: AuthUser, meta: RequestMeta, dto: PetitionDraftDto): Promise<PetitionDetailDto> {
    await this.limiter.consume('petition_create', user.id, this.config.petitions.createsPerAccountPerDay, 86_400_000);
    await this.limiter.consume('petition_create_ip', meta.ip, this.config.petitions.createsPerIpPerHour, 3_600_000);
    const checked = await this.checkDraft(dto);
    const code = await this.dataSource.transaction(async (manager) => {
      const [{ n }] = await manager.query(`SELECT nextval('petition_code_seq') AS n`);
      const year = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone, year: 'numeric' }).format(new Date());
      const petition = manager.create(PetitionEntity, {
        code: `PTS-${year}-${String(n).padStart(6, '0')}`,
        state: 'draft',
        title: dto.title,
        background: dto.background,
        details: dto.details ?? '',
        categoryId: dto.categoryId,
        scope: dto.scope,
        kecamatanId: dto.scope === 'kecamatan' ? (dto.kecamatanId ?? null) : null,
        departmentId: checked.departmentId,
        creatorId: user.id,
        sponsorToken: randomBytes(32).toString('base64url'),
      });
      await manager.save(petition);
      await this.saveLinks(manager, petition.id, checked.reportCodes);
      await this.audit.record(user, meta, { action: 'petition.created', targetType: 'petition', targetId: petition.id, after: { code: petition.code } }, manager);
      return petition.code;
    });
    return this.detail(user, code);
  }

  async update(user: AuthUser, meta: RequestMeta, code: string, dto: PetitionDraftDto): Promise<PetitionDetailDto> {
    const checked = await this.checkDraft(dto);
    await this.dataSource.transaction(async (manager) => {
      const { petition, relation } = await this.load(user, code, manager, true);
      if (!relation.creator) throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
      if (petition.state !== 'draft') throw new ConflictDomainException('petition_not_editable');
      const before = { title: petition.title };
      Object.assign(petition, {
        title: dto.title,
        background: dto.background,
        details: dto.details ?? '',
        categoryId: dto.categoryId,
        scope: dto.scope,
        kecamatanId: dto.scope === 'kecamatan' ? (dto.kecamatanId ?? null) : null,
        departmentId: checked.departmentId,
      });
      await manager.save(petition);
      await manager.delete(PetitionReportLinkEntity, { petitionId: petition.id });
      await this.saveLinks(manager, petition.id, checked.reportCodes);
      await this.audit.record(user, meta, { action: 'petition.updated', targetType: 'petition', targetId: petition.id, before, after: { title: petition.title } }, manager);
    });
    return this.detail(user, code);
  }

  /** The creator opens the draft to sponsors: from now on its text is fixed and its share link works. */
  async requestSponsors(user: AuthUser, meta: RequestMeta, code: string): Promise<PetitionDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const { petition, relation } = await this.load(user, code, manager, true);
      this.assertTransition('request_sponsors', petition, user, relation);
      petition.state = 'gathering_sponsors';
      petition.sponsorsRequestedAt = new Date();
      await manager.save(petition);
      await this.audit.record(user, meta, { action: 'petition.sponsors_requested', targetType: 'petition', targetId: petition.id, before: { state: 'draft' }, after: { state: petition.state } }, manager);
    });
    return this.detail(user, code);
  }

  /** What a sponsor link shows: the petition as its creator wrote it, for a verified citizen to back. */
  async bySponsorToken(user: AuthUser, token: string): Promise<PetitionDetailDto> {
    const petition = await this.dataSource.getRepository(PetitionEntity).findOne({ where: { sponsorToken: token }, select: { code: true, state: true } });
    if (!petition || petition.state === 'draft') throw new NotFoundDomainException();
    return this.detail(user, petition.code, { viaSponsorLink: true });
  }

  /**
   * Backs a petition through its share link. The petition row is locked: sponsors are few, and
   * the one who completes the count moves it to the moderators in the same transaction.
   */
  async sponsor(user: AuthUser, meta: RequestMeta, token: string): Promise<PetitionDetailDto> {
    const due = await this.moderationDue(new Date());
    const code = await this.dataSource.transaction(async (manager) => {
      const petition = await manager.getRepository(PetitionEntity).findOne({ where: { sponsorToken: token }, lock: { mode: 'pessimistic_write' } });
      if (!petition || petition.state === 'draft') throw new NotFoundDomainException();
      if (petition.creatorId === user.id) throw new ConflictDomainException('petition_own_sponsor');
      if (petition.state !== 'gathering_sponsors') throw new ConflictDomainException('petition_not_gathering_sponsors');
      // The petition row is locked: a second request of the same sponsor waits and finds their row.
      if (await manager.exists(PetitionSponsorEntity, { where: { petitionId: petition.id, userId: user.id } })) return petition.code;
      await manager.insert(PetitionSponsorEntity, { petitionId: petition.id, userId: user.id });
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM petition_sponsor WHERE petition_id = $1`, [petition.id]);
      await this.audit.record(user, meta, { action: 'petition.sponsored', targetType: 'petition', targetId: petition.id, after: { sponsors: n } }, manager);
      if (n >= this.config.petitions.sponsors) {
        petition.state = 'pending_moderation';
        petition.submittedAt = due.now;
        petition.moderationDueAt = due.due;
        await manager.save(petition);
        await this.audit.record(null, null, { action: 'petition.submitted', targetType: 'petition', targetId: petition.id, before: { state: 'gathering_sponsors' }, after: { state: 'pending_moderation' } }, manager);
        const params = { code: petition.code, title: petition.title, link: petitionLink(petition.code) };
        await this.notifications.notify([petition.creatorId], 'petition.submitted', params, manager);
        const moderators = await this.moderators(manager);
        await this.notifications.notify(moderators, 'petition.to_moderate', { ...params, link: moderationLink(petition.code) }, manager);
      }
      return petition.code;
    });
    return this.detail(user, code);
  }

  // ------------------------------------------------------------ reading

  /**
   * The petition `code` as `user` may see it, with how they stand to it; a 404 when they may not.
   * `lock` takes the row for update (inside `manager`'s transaction).
   */
  async load(user: AuthUser | undefined, code: string, manager: EntityManager = this.dataSource.manager, lock = false, viaSponsorLink = false) {
    if (!PETITION_CODE_PATTERN.test(code)) throw new NotFoundDomainException();
    const petition = await manager.getRepository(PetitionEntity).findOne({ where: { code }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!petition) throw new NotFoundDomainException();
    const relation = await this.relation(user, petition, manager);
    const visible = canViewPetition(user, petition.state, relation) || (viaSponsorLink && !!user && petition.state !== 'draft');
    if (!visible) throw new NotFoundDomainException();
    return { petition, relation };
  }

  async detail(user: AuthUser | undefined, code: string, options: { viaSponsorLink?: boolean } = {}): Promise<PetitionDetailDto> {
    const { petition, relation } = await this.load(user, code, undefined, false, options.viaSponsorLink);
    const language = user?.language ?? 'id';
    const [names, reasons, links, mySignature, sponsorCount] = await Promise.all([
      this.names(language),
      this.reasons(),
      this.dataSource.getRepository(PetitionReportLinkEntity).find({ where: { petitionId: petition.id }, order: { position: 'ASC' } }),
      user
        ? this.dataSource.getRepository(PetitionSignatureEntity).findOne({
            where: { petitionId: petition.id, userId: user.id },
            select: { createdAt: true, invalidatedAt: true },
          })
        : null,
      this.dataSource.getRepository(PetitionSponsorEntity).count({ where: { petitionId: petition.id } }),
    ]);
    const now = new Date();
    const rejection = petition.rejectionCode ? this.reasonOf(reasons, petition.rejectionCode, petition.rejectionDetails, petition.rejectedAt, language) : null;
    const hidden = petition.hiddenCode ? this.reasonOf(reasons, petition.hiddenCode, petition.hiddenDetails, petition.hiddenAt, language) : null;
    const code_ = petition.state === 'hidden' ? petition.hiddenCode : petition.rejectionCode;
    const shown = textIsShown(petition.state, !!(code_ && reasons.get(code_)?.hidesText));
    const staff = hasRole(user, 'moderator');
    const seesModeration = relation.creator || relation.sponsor || staff;
    const moderation: PetitionModerationInfoDto | null =
      seesModeration && ['draft', 'gathering_sponsors', 'pending_moderation'].includes(petition.state)
        ? {
            sponsorCount,
            sponsorsNeeded: this.config.petitions.sponsors,
            sponsorLink: relation.creator || staff ? sponsorLink(petition.sponsorToken) : null,
            submittedAt: petition.submittedAt?.toISOString() ?? null,
            moderationDueAt: petition.moderationDueAt?.toISOString() ?? null,
            moderationDelayed: moderationDelayed(petition, now),
          }
        : null;
    const reports: LinkedReportDto[] = shown && links.length ? await this.linkedReports(links.map((l) => l.reportCode)) : [];
    return {
      ...this.summary(petition, names, now),
      background: shown ? petition.background : null,
      details: shown ? petition.details : null,
      department: petition.departmentId ? { id: petition.departmentId, name: names.departments.get(petition.departmentId) ?? '' } : null,
      responseThreshold: { signatures: this.config.petitions.responseThreshold, reachedAt: iso(petition.responseThresholdAt) },
      agendaThreshold: { signatures: this.config.petitions.agendaThreshold, reachedAt: iso(petition.agendaThresholdAt) },
      responseDueAt: iso(petition.responseDueAt),
      response:
        petition.respondedAt && petition.responseSummary
          ? {
              summary: petition.responseSummary,
              details: petition.responseDetails ?? '',
              respondedAt: petition.respondedAt.toISOString(),
              department: petition.responseDepartmentId
                ? { id: petition.responseDepartmentId, name: names.departments.get(petition.responseDepartmentId) ?? '' }
                : null,
            }
          : null,
      rejection: shown ? rejection : rejection && { ...rejection, details: null },
      hidden: shown ? hidden : hidden && { ...hidden, details: null },
      reports,
      closedAt: iso(petition.closedAt),
      countedAt: now.toISOString(),
      moderation,
      mySignature: mySignature ? { signedAt: mySignature.createdAt.toISOString(), invalidated: mySignature.invalidatedAt !== null } : null,
      mine: relation.creator,
      sponsoredByMe: relation.sponsor,
      categoryId: relation.creator ? petition.categoryId : null,
    };
  }

  /** The caller's own petitions, newest first (every state). */
  async mine(user: AuthUser): Promise<MyPetitionDto[]> {
    const rows = await this.dataSource.getRepository(PetitionEntity).find({ where: { creatorId: user.id }, order: { createdAt: 'DESC' }, take: 200 });
    const names = await this.names(user.language);
    const now = new Date();
    const sponsors: { petition_id: string; n: number }[] = rows.length
      ? await this.dataSource.query(`SELECT petition_id, count(*)::int AS n FROM petition_sponsor WHERE petition_id = ANY($1) GROUP BY petition_id`, [rows.map((r) => r.id)])
      : [];
    const counts = new Map(sponsors.map((s) => [s.petition_id, s.n]));
    return rows.map((p) => ({
      ...this.summary(p, names, now),
      createdAt: p.createdAt.toISOString(),
      moderation: ['draft', 'gathering_sponsors', 'pending_moderation'].includes(p.state)
        ? {
            sponsorCount: counts.get(p.id) ?? 0,
            sponsorsNeeded: this.config.petitions.sponsors,
            sponsorLink: sponsorLink(p.sponsorToken),
            submittedAt: iso(p.submittedAt),
            moderationDueAt: iso(p.moderationDueAt),
            moderationDelayed: moderationDelayed(p, now),
          }
        : null,
    }));
  }

  /** Petitions the caller signed (and has not withdrawn), newest signature first. */
  async signed(user: AuthUser): Promise<MySignedPetitionDto[]> {
    const rows: { petition_id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT petition_id, created_at FROM petition_signature WHERE user_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [user.id],
    );
    if (rows.length === 0) return [];
    const petitions = await this.dataSource
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .select([...SUMMARY_COLUMNS])
      .where('p.id IN (:...ids)', { ids: rows.map((r) => r.petition_id) })
      .getMany();
    const byId = new Map(petitions.map((p) => [p.id, p]));
    const names = await this.names(user.language);
    const now = new Date();
    return rows.flatMap((r) => {
      const p = byId.get(r.petition_id);
      return p ? [{ ...this.summary(p, names, now), signedAt: r.created_at.toISOString() }] : [];
    });
  }

  // ------------------------------------------------------------ shared helpers

  summary(p: PetitionEntity, names: ReferenceNames, now: Date): PetitionSummaryDto {
    return {
      code: p.code,
      title: p.title,
      state: p.state,
      responseStatus: responseStatusOf(p),
      responseOverdue: responseOverdue(p, now),
      signatureCount: p.signatureCount,
      trendingCount: p.trendingCount,
      category: { id: p.categoryId, name: names.categories.get(p.categoryId) ?? '' },
      scope: p.scope,
      kecamatan: p.kecamatanId ? { id: p.kecamatanId, name: names.areas.get(p.kecamatanId) ?? '' } : null,
      openedAt: iso(p.openedAt),
      closesAt: iso(p.closesAt),
      responseThresholdAt: iso(p.responseThresholdAt),
      agendaThresholdAt: iso(p.agendaThresholdAt),
      respondedAt: iso(p.respondedAt),
    };
  }

  names(language: 'id' | 'en'): Promise<ReferenceNames> {
    return this.namesCache.get(language, () => this.reference.names(language, 'petition'));
  }

  reasons(): Promise<Map<string, PetitionRejectionReasonEntity>> {
    return this.reasonsCache.get('all', async () => {
      const rows = await this.dataSource.getRepository(PetitionRejectionReasonEntity).find();
      return new Map(rows.map((r) => [r.code, r]));
    });
  }

  reasonOf(reasons: Map<string, PetitionRejectionReasonEntity>, code: string, details: string | null, at: Date | null, language: 'id' | 'en'): PetitionRejectionDto {
    const reason = reasons.get(code);
    return { code, label: (language === 'en' ? reason?.labelEn : reason?.labelId) ?? code, details, at: (at ?? new Date(0)).toISOString() };
  }

  /** The moderation target of a petition submitted at `now`: PETITION_MODERATION_WORKING_DAYS working days. */
  async moderationDue(now: Date): Promise<{ now: Date; due: Date }> {
    return { now, due: await this.calendar.addWorkingDays(now, this.config.petitions.moderationWorkingDays) };
  }

  assertTransition(transition: Parameters<typeof checkTransition>[0], petition: PetitionEntity, user: AuthUser, relation: PetitionRelation): void {
    const check = checkTransition(transition, petition.state, actorsOf(user, relation, petition.departmentId));
    if (check.ok) return;
    if (check.kind === 'forbidden') throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    throw new ConflictDomainException('illegal_transition', { status: `@petition.state.${petition.state}` });
  }

  private async relation(user: AuthUser | undefined, petition: PetitionEntity, manager: EntityManager): Promise<PetitionRelation> {
    if (!user) return { creator: false, sponsor: false };
    const creator = petition.creatorId === user.id;
    const sponsor = !creator && (await manager.getRepository(PetitionSponsorEntity).exists({ where: { petitionId: petition.id, userId: user.id } }));
    return { creator, sponsor };
  }

  private async moderators(manager: EntityManager): Promise<string[]> {
    return this.members.moderators(manager);
  }

  private async checkDraft(dto: PetitionDraftDto): Promise<{ departmentId: string | null; reportCodes: string[] }> {
    const category = await this.reference.activeCategory('petition', dto.categoryId);
    if (!category) throw new FieldDomainException('categoryId', 'petition_category_not_found');
    if (dto.scope === 'kecamatan' && !(dto.kecamatanId && (await this.reference.kecamatan(dto.kecamatanId))))
      throw new FieldDomainException('kecamatanId', 'petition_kecamatan_not_found');
    const reportCodes = [...new Set(dto.reportCodes ?? [])];
    if (reportCodes.length) {
      const found = await this.reports.find({ codes: reportCodes, limit: reportCodes.length });
      const published = new Set(found.filter((r) => r.visibility === 'content').map((r) => r.code));
      const missing = reportCodes.find((c) => !published.has(c));
      if (missing) throw new FieldDomainException('reportCodes', 'petition_report_not_public', { code: missing });
    }
    return { departmentId: category.departmentId, reportCodes };
  }

  private async saveLinks(manager: EntityManager, petitionId: string, codes: string[]): Promise<void> {
    if (codes.length) await manager.insert(PetitionReportLinkEntity, codes.map((reportCode, position) => ({ petitionId, reportCode, position })));
  }

  private async linkedReports(codes: string[]): Promise<LinkedReportDto[]> {
    const found = await this.reports.find({ codes, limit: codes.length });
    const byCode = new Map(found.filter((r) => r.visibility === 'content' && r.title).map((r) => [r.code, r.title as string]));
    return codes.flatMap((code) => (byCode.has(code) ? [{ code, title: byCode.get(code) as string }] : []));
  }
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
