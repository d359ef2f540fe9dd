import { Injectable } from '@nestjs/common';
import { REPORT_DEADLINES } from '@walikota/shared-contracts';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  NotFoundDomainException,
  PerUserRateLimiter,
} from '@walikota/api-platform';
import { NotificationsService } from '@walikota/api-notifications';
import { AreaMap, ReferenceService, WorkingCalendar } from '@walikota/api-reference';
import { UploadDto, UploadsService } from '@walikota/api-uploads';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { actorKinds, canView, contentIsPublic, isListed, isStaffFor, visibilityOf } from './report-access';
import {
  FileReportDto,
  ReportAttachmentDto,
  ReportDetailDto,
  ReportEventDto,
  ReportStatusDto,
  SimilarReportDto,
  SimilarReportsQueryDto,
} from './report.dto';
import { ReportEntity, ReportEventEntity, ReportFollowerEntity, ReportSupportEntity } from './report.entity';
import { addMember } from './report-members';
import { ReportQueriesService } from './report-queries.service';
import { REPORT_ACTIONS, ReportAction, nextStatus } from './report-workflow';

/** Days the moderators have to verify a new report (docs/product.md, "Deadlines"). */
export const VERIFY_WITHIN_WORKING_DAYS = REPORT_DEADLINES.verify;

/** Where uploads are attached: the reporter's files, and the department's "after" photos. */
export const REPORT_ATTACHMENTS = 'report';
export const RESOLUTION_ATTACHMENTS = 'report.resolution';

/** The filing limit's counter (REPORTS_PER_HOUR per account, whichever way a report is filed). */
const FILING_LIMIT = 'reports';
const FILING_WINDOW_MS = 3_600_000;

/** What the access rules need of a report, for the reports an event or a merge refers to. */
const SUBJECT_COLUMNS = {
  id: true,
  code: true,
  privacy: true,
  status: true,
  reporterId: true,
  departmentId: true,
  dispatchedAt: true,
  verifiedAt: true,
} as const;

/** Event details everyone who sees the event may read; report codes follow their report's rule; the rest is staff's. */
const PUBLIC_EVENT_DATA = new Set(['reasonCode', 'externalAgency', 'rating']);
const REPORT_REFERENCES = new Set(['duplicateOf', 'from']);

/** Filing, reading, supporting and following reports. Status changes: ReportActionsService. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: WorkingCalendar,
    private readonly queries: ReportQueriesService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly uploads: UploadsService,
    private readonly limiter: PerUserRateLimiter,
    private readonly areaMap: AreaMap,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * Files a report in `user`'s name: from the portal's form and from Open311 alike, so both count
   * against the same REPORTS_PER_HOUR (429 with Retry-After above it).
   */
  async file(user: AuthUser, dto: FileReportDto): Promise<ReportDetailDto> {
    await this.limiter.consume(FILING_LIMIT, user.id, this.config.reportsPerHour, FILING_WINDOW_MS);
    if ((dto.latitude === undefined) !== (dto.longitude === undefined)) throw new FieldDomainException('latitude', 'point_incomplete');
    // The point's kelurahan: the report's when none is chosen; a different one is flagged to staff.
    // A point outside the city is refused (400 on `latitude`).
    const located =
      dto.latitude !== undefined && dto.longitude !== undefined ? await this.areaMap.locate(dto.latitude, dto.longitude) : null;
    if (!dto.areaId && !located) throw new FieldDomainException('areaId', 'isDefined');
    // Milliseconds, as JavaScript keeps them: keyset cursors then compare exactly. The deadline is
    // computed before the transaction (the calendar reads holidays on its own connection).
    const createdAt = new Date();
    const verifyDueAt = await this.calendar.addWorkingDays(createdAt, VERIFY_WITHIN_WORKING_DAYS);
    // Reference data is read before the transaction, on its own connection (as the calendar).
    const category = await this.reference.activeReportCategory(dto.categoryId);
    if (!category) throw new FieldDomainException('categoryId', 'category_not_found');
    const areaId = dto.areaId ?? located?.kelurahanId;
    const area = areaId ? await this.reference.kelurahan(areaId) : null;
    if (!area) throw new FieldDomainException('areaId', 'area_not_kelurahan');
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ n }] = await manager.query(`SELECT nextval('report_code_seq') AS n`);
      const report = manager.create(ReportEntity, {
        code: reportCode(createdAt, Number(n), this.config.timeZone),
        type: dto.type,
        privacy: dto.privacy,
        status: 'submitted',
        listed: isListed({ privacy: dto.privacy, status: 'submitted', verifiedAt: null }),
        title: dto.title,
        description: dto.description,
        categoryId: category.id,
        areaId: area.id,
        kecamatanId: area.kecamatanId,
        latitude: dto.latitude === undefined ? null : dto.latitude.toFixed(6),
        longitude: dto.longitude === undefined ? null : dto.longitude.toFixed(6),
        pointAreaId: located && located.kelurahanId !== area.id ? located.kelurahanId : null,
        address: dto.address || null,
        departmentId: category.departmentId,
        reporterId: user.id,
        createdAt,
        verifyDueAt,
      });
      await manager.insert(ReportEntity, report);
      await manager.insert(ReportEventEntity, {
        reportId: report.id,
        actorId: user.id,
        actorRole: 'citizen',
        kind: 'filed',
        toStatus: 'submitted',
        public: true,
        occurredAt: createdAt,
        data: {},
      });
      await manager.insert(ReportFollowerEntity, { reportId: report.id, userId: user.id });
      // Attachments were uploaded beforehand (POST /api/uploads); they must be the reporter's own.
      if (dto.attachmentIds?.length)
        await this.uploads.claim(manager, user.id, dto.attachmentIds, { type: REPORT_ATTACHMENTS, id: report.id });
      await this.notifications.notify(
        [user.id],
        'report.filed',
        { code: report.code, title: report.title, link: trackingLink(report.code) },
        manager,
      );
      return report.id;
    });
    return this.detailById(user, id);
  }

  async detail(user: AuthUser | undefined, code: string): Promise<ReportDetailDto> {
    return this.toDetail(user, await this.visible(user, code));
  }

  /**
   * A report's code, status and filing date for anyone, unless it is confidential (then only for
   * those who may see it): what the tracking page shows when the detail is not public yet.
   */
  async status(user: AuthUser | undefined, code: string): Promise<ReportStatusDto> {
    const report = await this.dataSource.manager.findOne(ReportEntity, {
      where: { code },
      select: { ...SUBJECT_COLUMNS, createdAt: true },
    });
    if (!report || visibilityOf(user, report) === 'nothing') throw new NotFoundDomainException('report_not_found');
    return { code: report.code, status: report.status, createdAt: report.createdAt.toISOString() };
  }

  /**
   * The one way to load a report by its code for a caller: the report if they may read it
   * (canView); 404 otherwise, confidential or not yet public alike. `lock`: row-locked for an
   * action in the caller's transaction (`manager`).
   */
  async visible(
    user: AuthUser | undefined,
    code: string,
    manager: EntityManager = this.dataSource.manager,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<ReportEntity> {
    const query = manager.getRepository(ReportEntity).createQueryBuilder('r').where('r.code = :code', { code });
    if (lock) query.setLock('pessimistic_write');
    const report = await query.getOne();
    if (!report || !canView(user, report)) throw new NotFoundDomainException('report_not_found');
    return report;
  }

  async detailById(user: AuthUser | undefined, id: string): Promise<ReportDetailDto> {
    const report = await this.dataSource.manager.findOneOrFail(ReportEntity, { where: { id } });
    return this.toDetail(user, report);
  }

  /**
   * A file of a report the caller may see: the reporter's or the resolution's. `published` says
   * whether the report's content is public (its files may then be cached).
   */
  async attachment(
    user: AuthUser | undefined,
    code: string,
    uploadId: string,
  ): Promise<{ meta: UploadDto; stream: Readable; published: boolean }> {
    const report = await this.visible(user, code);
    const [own, resolution] = await Promise.all([
      this.uploads.forTarget(REPORT_ATTACHMENTS, report.id),
      this.uploads.forTarget(RESOLUTION_ATTACHMENTS, report.id),
    ]);
    if (![...own, ...resolution].some((a) => a.id === uploadId)) throw new NotFoundDomainException();
    return { ...(await this.uploads.open(uploadId)), published: contentIsPublic(report) };
  }

  async support(user: AuthUser, code: string, supported: boolean): Promise<void> {
    const report = await this.visible(user, code);
    if (report.reporterId === user.id) throw new ConflictDomainException('cannot_support_own');
    if (supported) {
      await this.dataSource.transaction(async (manager) => {
        await addMember(manager, 'report_support', report.id, user.id);
        await addMember(manager, 'report_follower', report.id, user.id);
      });
    } else {
      await this.dataSource.manager.delete(ReportSupportEntity, { reportId: report.id, userId: user.id });
    }
  }

  async follow(user: AuthUser, code: string, following: boolean): Promise<void> {
    const report = await this.visible(user, code);
    if (following) await addMember(this.dataSource.manager, 'report_follower', report.id, user.id);
    else await this.dataSource.manager.delete(ReportFollowerEntity, { reportId: report.id, userId: user.id });
  }

  /**
   * Open public reports like the one being typed: similar title (trigram) in the same category or
   * within 500 m of the point, most similar first; not the caller's own (they cannot support those).
   */
  async similar(query: SimilarReportsQueryDto, user?: AuthUser): Promise<SimilarReportDto[]> {
    const point = query.latitude !== undefined && query.longitude !== undefined ? [query.latitude, query.longitude] : null;
    const rows: { code: string; title: string; status: SimilarReportDto['status']; support_count: number; distance: number | null }[] =
      await this.dataSource.query(
        `SELECT r.code, r.title, r.status,
                (SELECT count(*)::int FROM report_support s WHERE s.report_id = r.id) AS support_count,
                CASE WHEN $3::float8 IS NULL OR r.latitude IS NULL THEN NULL
                     ELSE round(${HAVERSINE_METRES})::int END AS distance
           FROM report r
          WHERE r.listed AND r.status IN ('verified', 'dispatched', 'in_progress', 'on_hold')
            AND r.title % $1
            AND ($5::uuid IS NULL OR r.reporter_id <> $5)
            AND (r.category_id = $2 OR ($3::float8 IS NOT NULL AND r.latitude BETWEEN $3 - 0.0046 AND $3 + 0.0046
                 AND r.longitude BETWEEN $4 - 0.0046 AND $4 + 0.0046 AND ${HAVERSINE_METRES} <= 500))
          ORDER BY similarity(r.title, $1) DESC, r.created_at DESC
          LIMIT 5`,
        [query.title, query.categoryId ?? null, point?.[0] ?? null, point?.[1] ?? null, user?.id ?? null],
      );
    return rows.map((r) => ({ code: r.code, title: r.title, status: r.status, supportCount: r.support_count, distanceMeters: r.distance }));
  }

  private async toDetail(user: AuthUser | undefined, report: ReportEntity): Promise<ReportDetailDto> {
    const staff = isStaffFor(user, report);
    const [summary] = await this.queries.summaries([report], user);
    const events = await this.dataSource.manager.find(ReportEventEntity, {
      where: staff ? { reportId: report.id } : { reportId: report.id, public: true },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    const [mark] = user
      ? await this.dataSource.query(
          `SELECT EXISTS (SELECT 1 FROM report_support WHERE report_id = $1 AND user_id = $2) AS supported,
                  EXISTS (SELECT 1 FROM report_follower WHERE report_id = $1 AND user_id = $2) AS following`,
          [report.id, user.id],
        )
      : [{ supported: false, following: false }];
    const visibleCodes = await this.visibleReferences(user, report, events);
    const duplicateOf = [...visibleCodes.entries()].find(([, id]) => id === report.duplicateOfId)?.[0] ?? null;
    const [attachments, resolution] = await Promise.all([
      this.uploads.forTarget(REPORT_ATTACHMENTS, report.id),
      this.uploads.forTarget(RESOLUTION_ATTACHMENTS, report.id),
    ]);
    const withUrl = (a: UploadDto): ReportAttachmentDto => ({ ...a, url: `/api/reports/${report.code}/attachments/${a.id}` });
    return {
      ...summary,
      published: contentIsPublic(report),
      pointAreaId: staff ? report.pointAreaId : null,
      description: report.description,
      attachments: attachments.map(withUrl),
      resolutionAttachments: resolution.map(withUrl),
      address: report.address,
      rejectReason: report.rejectReason,
      externalAgency: report.externalAgency,
      duplicateOf,
      rating: report.rating,
      ratingComment: report.ratingComment,
      reopenCount: report.reopenCount,
      verifyDueAt: report.verifyDueAt.toISOString(),
      followupDueAt: report.followupDueAt?.toISOString() ?? null,
      autocloseAt: report.autocloseAt?.toISOString() ?? null,
      timeline: events.map((e) => toEventDto(e, staff, visibleCodes)),
      mine: user?.id === report.reporterId,
      supported: mark.supported,
      following: mark.following,
      allowedActions: allowedActions(user, report),
    };
  }

  /**
   * The other reports this one names (what it was merged into, what was merged into it) that the
   * caller may see, code → id, in one query: a confidential or unpublished report is never named
   * to someone who may not see it.
   */
  private async visibleReferences(
    user: AuthUser | undefined,
    report: ReportEntity,
    events: ReportEventEntity[],
  ): Promise<Map<string, string>> {
    const codes = events.flatMap((e) => [...REPORT_REFERENCES].map((key) => e.data[key]).filter((v): v is string => typeof v === 'string'));
    if (codes.length === 0 && !report.duplicateOfId) return new Map();
    const others = await this.dataSource.manager.find(ReportEntity, {
      where: [...(codes.length ? [{ code: In(codes) }] : []), ...(report.duplicateOfId ? [{ id: report.duplicateOfId }] : [])],
      select: SUBJECT_COLUMNS,
    });
    return new Map(others.filter((other) => canView(user, other)).map((other) => [other.code, other.id]));
  }
}

/** Metres between the row's point and ($3, $4), on a sphere: plenty for "within 500 m". */
const HAVERSINE_METRES = `(12742000 * asin(sqrt(power(sin(radians(r.latitude::float8 - $3) / 2), 2) +
  cos(radians($3)) * cos(radians(r.latitude::float8)) * power(sin(radians(r.longitude::float8 - $4) / 2), 2))))`;

/** `LPR-<year in the city>-<sequence, at least 6 digits>`; the sequence never repeats. */
export function reportCode(createdAt: Date, sequence: number, timeZone: string): string {
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(createdAt);
  return `LPR-${year}-${String(sequence).padStart(6, '0')}`;
}

export function trackingLink(code: string): string {
  return `/lacak/${code}`;
}

function toEventDto(event: ReportEventEntity, staff: boolean, visibleCodes: ReadonlyMap<string, string>): ReportEventDto {
  const data = Object.fromEntries(
    Object.entries(event.data).filter(([key, value]) =>
      REPORT_REFERENCES.has(key) ? typeof value === 'string' && visibleCodes.has(value) : staff || PUBLIC_EVENT_DATA.has(key),
    ),
  );
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorRole: event.actorRole,
    kind: event.kind,
    departmentId: event.departmentId,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    public: event.public,
    data,
  };
}

/** What the caller may do now (the web shows these buttons). */
export function allowedActions(user: AuthUser | undefined, report: ReportEntity): ReportAction[] {
  const kinds = actorKinds(user, report);
  if (kinds.length === 0) return [];
  return REPORT_ACTIONS.filter((action) => typeof nextStatus(report, action, kinds) === 'string');
}
