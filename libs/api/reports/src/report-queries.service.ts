import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, Language, MicroCache, hasRole, searchWords } from '@walikota/api-platform';
import { UserDirectory } from '@walikota/api-identity';
import { ReferenceService } from '@walikota/api-reference';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { reporterVisible } from './report-access';
import { overdue, overdueNowSql } from './report-overdue';
import { decodeCursor, encodeCursor } from './report-cursor';
import { ExportRow } from './report-export';
import {
  MAP_POINT_LIMIT,
  ReportExportQueryDto,
  ReportMapDto,
  ReportMapQueryDto,
  ReportPageDto,
  ReportSummaryDto,
  StaffQueueQueryDto,
} from './report.dto';
import { ReportEntity } from './report.entity';
import type { ReportStatus } from './report-workflow';

/**
 * The stored full text (GIN index `ix_report_search_vector`). A stored column, not an expression
 * index: with an expression, a newest-first scan recomputed to_tsvector for every row it passed.
 */
export const SEARCH_VECTOR = 'r.search_vector';

/** What moderators work on, and what departments work on, unless a status filter says otherwise. */
/** How many of the newest candidates a text search looks at before asking the full-text index. */
const SEARCH_WINDOW = 5000;
/** Rows per query of an export. */
const EXPORT_BATCH = 1000;

/**
 * What a list needs of a report: the columns ReportSummaryDto shows and those its rules read
 * (who may see the reporter, whether it is overdue, the keyset cursor). Never the description
 * or the stored full text: a page of whole rows costs several times as much to read and map.
 */
const SUMMARY_COLUMNS = [
  'id',
  'code',
  'type',
  'privacy',
  'status',
  'title',
  'categoryId',
  'departmentId',
  'areaId',
  'kecamatanId',
  'latitude',
  'longitude',
  'createdAt',
  'reporterId',
  'dispatchedAt',
  'verifiedAt',
  'verifyDueAt',
  'followupDueAt',
] as const satisfies readonly (keyof ReportEntity)[];
const SUMMARY_SELECT = SUMMARY_COLUMNS.map((column) => `r.${column}`);

/** A report as the lists read it (SUMMARY_COLUMNS). */
export type ReportSummaryRow = Pick<ReportEntity, (typeof SUMMARY_COLUMNS)[number]>;

const QUEUE_STATUSES: ReportStatus[] = ['submitted', 'verified', 'not_our_authority', 'on_hold'];
const INBOX_STATUSES: ReportStatus[] = ['dispatched', 'in_progress', 'on_hold'];

export type ListScope =
  { kind: 'public' } | { kind: 'mine'; userId: string } | { kind: 'queue' } | { kind: 'inbox'; departmentIds: string[] | 'all' };

/** Lists of reports: newest first, keyset-paginated, filtered on indexed columns. */
@Injectable()
export class ReportQueriesService {
  /**
   * Each summary column's name in a raw row of a query on `r` (TypeORM's `r_<column>`): the lists
   * read raw rows and skip TypeORM's mapping to entities (about 6 % of a list request's CPU time).
   */
  private readonly summaryAliases: [keyof ReportSummaryRow, string][];

  private readonly publicPages: MicroCache<ReportPageDto>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UserDirectory,
    private readonly reference: ReferenceService,
  ) {
    this.publicPages = new MicroCache(config.publicListCacheMs);
    const metadata = dataSource.getMetadata(ReportEntity);
    this.summaryAliases = SUMMARY_COLUMNS.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`report has no column ${property}`);
      return [property, `r_${column.databaseName}`];
    });
  }

  async page(scope: ListScope, query: StaffQueueQueryDto, user: AuthUser | undefined): Promise<ReportPageDto> {
    // The public list as a visitor sees it is the same for every visitor: kept a moment
    // (PUBLIC_LIST_CACHE_MS), so that a crowd on the same pages costs one query per page.
    if (scope.kind === 'public' && !user) return this.publicPages.get(publicPageKey(query), () => this.uncachedPage(scope, query, user));
    return this.uncachedPage(scope, query, user);
  }

  private async uncachedPage(scope: ListScope, query: StaffQueueQueryDto, user: AuthUser | undefined): Promise<ReportPageDto> {
    const limit = query.limit ?? 20;
    const searched = searchWords(query.q) ? await this.searchNewest(scope, query, limit + 1) : null;
    const rows = searched ?? (await this.newest(scope, query, limit + 1, true));
    const page = rows.slice(0, limit);
    return { items: await this.summaries(page, user), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
  }

  /**
   * The public list on a map: the count per kelurahan of every matching report (one grouped
   * query on indexed columns), and the newest MAP_POINT_LIMIT of them that have a point, with only
   * the columns a marker shows.
   */
  async map(query: ReportMapQueryDto): Promise<ReportMapDto> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(ReportEntity).createQueryBuilder('r');
      this.applyScope(qb, { kind: 'public' }, query);
      this.applyFilters(qb, query);
      return qb;
    };
    const [areas, points] = await Promise.all([
      filtered()
        .select('r.area_id', 'areaId')
        .addSelect('count(*)::int', 'count')
        .groupBy('r.area_id')
        .getRawMany<{ areaId: string; count: number }>(),
      filtered()
        .andWhere('r.latitude IS NOT NULL')
        .select(['r.code AS code', 'r.title AS title', 'r.status AS status', 'r.latitude AS latitude', 'r.longitude AS longitude'])
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(MAP_POINT_LIMIT + 1)
        .getRawMany<{ code: string; title: string; status: ReportStatus; latitude: string; longitude: string }>(),
    ]);
    return {
      areas: areas.map((a) => ({ areaId: a.areaId, count: Number(a.count) })),
      points: points.slice(0, MAP_POINT_LIMIT).map((p) => ({ ...p, latitude: Number(p.latitude), longitude: Number(p.longitude) })),
      truncated: points.length > MAP_POINT_LIMIT,
    };
  }

  /** Newest first after the cursor, with every filter (the text search too, if `withSearch`): summary columns only. */
  private newest(scope: ListScope, query: StaffQueueQueryDto, take: number, withSearch: boolean): Promise<ReportSummaryRow[]> {
    return this.summaryRows(this.newestQuery(scope, withSearch ? query : { ...query, q: undefined }, take));
  }

  /** The query's rows, summary columns only, as raw rows (see summaryAliases). */
  private async summaryRows(qb: SelectQueryBuilder<ReportEntity>): Promise<ReportSummaryRow[]> {
    const raw = await qb.select(SUMMARY_SELECT).getRawMany<Record<string, unknown>>();
    return raw.map((r) => {
      const row: Record<string, unknown> = {};
      for (const [property, alias] of this.summaryAliases) row[property] = r[alias];
      return row as unknown as ReportSummaryRow;
    });
  }

  private newestQuery(scope: ListScope, query: StaffQueueQueryDto, take: number): SelectQueryBuilder<ReportEntity> {
    const qb = this.dataSource.getRepository(ReportEntity).createQueryBuilder('r');
    this.applyScope(qb, scope, query);
    this.applyFilters(qb, query);
    const cursor = decodeCursor(query.after);
    if (cursor) qb.andWhere('(r.created_at, r.id) < (:cursorAt, :cursorId)', { cursorAt: cursor.createdAt, cursorId: cursor.id });
    return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(take);
  }

  /**
   * A text search, newest first, tried within the newest SEARCH_WINDOW candidates first. For
   * common words the page is found there in a few milliseconds; the planner, which misjudges how
   * often words occur together, would otherwise fetch and sort every match through the GIN index.
   * Returns null when the window holds too few matches: then the plain query decides.
   */
  private async searchNewest(scope: ListScope, query: StaffQueueQueryDto, take: number): Promise<ReportSummaryRow[] | null> {
    const window = this.newestQuery(scope, { ...query, q: undefined }, SEARCH_WINDOW)
      .select(['r.id', 'r.createdAt'])
      .addSelect('r.search_vector', 'sv');
    const [sql, params] = window.getQueryAndParameters();
    // TypeORM names the window's columns r_id and r_created_at.
    const found: { id: string }[] = await this.dataSource.query(
      `SELECT w.r_id AS id FROM (${sql}) w
        WHERE w.sv @@ websearch_to_tsquery('indonesian', $${params.length + 1})
        ORDER BY w.r_created_at DESC, w.r_id DESC LIMIT ${Number(take)}`,
      [...params, searchWords(query.q)],
    );
    if (found.length < take) return null;
    const rows = await this.summaryRows(
      this.dataSource
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .where({ id: In(found.map((f) => f.id)) }),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return found.map((f) => byId.get(f.id)).filter((r): r is ReportSummaryRow => r !== undefined);
  }

  /** Summary DTOs for rows, with two batched queries (support counts, reporter names), no N+1. */
  async summaries(rows: ReportSummaryRow[], user: AuthUser | undefined): Promise<ReportSummaryDto[]> {
    if (rows.length === 0) return [];
    const counts = await this.supportCounts(rows);
    const reporterIds = [...new Set(rows.filter((r) => reporterVisible(user, r)).map((r) => r.reporterId))];
    const names = await this.users.names(reporterIds);
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      type: r.type,
      privacy: r.privacy,
      status: r.status,
      title: r.title,
      categoryId: r.categoryId,
      departmentId: r.departmentId,
      areaId: r.areaId,
      kecamatanId: r.kecamatanId,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      createdAt: r.createdAt.toISOString(),
      supportCount: counts.get(r.id) ?? 0,
      overdue: overdue(r, now),
      reporterName: reporterVisible(user, r) ? (names.get(r.reporterId) ?? null) : null,
    }));
  }

  private applyScope(qb: SelectQueryBuilder<ReportEntity>, scope: ListScope, query: StaffQueueQueryDto): void {
    switch (scope.kind) {
      case 'public':
        qb.where('r.listed');
        break;
      case 'mine':
        qb.where('r.reporter_id = :userId', { userId: scope.userId });
        break;
      case 'queue':
        if (!query.status) qb.where('r.status IN (:...queueStatuses)', { queueStatuses: QUEUE_STATUSES });
        break;
      case 'inbox':
        // Only what was dispatched to the department (handles()): not the category's new reports.
        qb.where('r.dispatched_at IS NOT NULL');
        if (scope.departmentIds !== 'all')
          qb.andWhere(scope.departmentIds.length ? 'r.department_id IN (:...departmentIds)' : 'false', {
            departmentIds: scope.departmentIds,
          });
        if (!query.status) qb.andWhere('r.status IN (:...inboxStatuses)', { inboxStatuses: INBOX_STATUSES });
        break;
    }
  }

  private applyFilters(qb: SelectQueryBuilder<ReportEntity>, query: StaffQueueQueryDto): void {
    if (query.type) qb.andWhere('r.type = :type', { type: query.type });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.categoryId) qb.andWhere('r.category_id = :categoryId', { categoryId: query.categoryId });
    if (query.kecamatanId) qb.andWhere('r.kecamatan_id = :kecamatanId', { kecamatanId: query.kecamatanId });
    if (query.areaId) qb.andWhere('r.area_id = :areaId', { areaId: query.areaId });
    if (query.departmentId) qb.andWhere('r.department_id = :departmentId', { departmentId: query.departmentId });
    const timeZone = this.config.timeZone;
    if (query.from) qb.andWhere('r.created_at >= (CAST(:from AS date)::timestamp AT TIME ZONE :timeZone)', { from: query.from, timeZone });
    if (query.to) qb.andWhere('r.created_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :timeZone)', { to: query.to, timeZone });
    // Only letters and digits reach the tsquery parser; nothing left, no text filter.
    const words = searchWords(query.q);
    if (words) qb.andWhere(`${SEARCH_VECTOR} @@ websearch_to_tsquery('indonesian', :q)`, { q: words });
    if (query.overdue) qb.andWhere(overdueNowSql('r'));
  }

  /**
   * The public list with its filters, every page of it, newest first: batches of EXPORT_BATCH
   * rows by keyset (each its own short query; no transaction held open while the file streams).
   * Names in `language`; links on `publicUrl`.
   */
  async *exportBatches(query: ReportExportQueryDto, language: Language): AsyncGenerator<ExportRow[]> {
    const names = await this.reference.names(language);
    const base = this.config.publicUrl.replace(/\/$/, '');
    let after: string | undefined;
    for (;;) {
      const rows = await this.newestQuery({ kind: 'public' }, { ...query, after }, EXPORT_BATCH).getMany();
      if (rows.length === 0) return;
      const counts = await this.supportCounts(rows);
      yield rows.map((r) => ({
        code: r.code,
        type: r.type,
        status: r.status,
        title: r.title,
        description: r.description,
        category: names.categories.get(r.categoryId) ?? null,
        kecamatan: names.areas.get(r.kecamatanId) ?? null,
        kelurahan: names.areas.get(r.areaId) ?? null,
        department: (r.departmentId && names.departments.get(r.departmentId)) || null,
        created_at: r.createdAt.toISOString(),
        support_count: counts.get(r.id) ?? 0,
        latitude: r.latitude === null ? null : Number(r.latitude),
        longitude: r.longitude === null ? null : Number(r.longitude),
        url: `${base}/lacak/${r.code}`,
      }));
      if (rows.length < EXPORT_BATCH) return;
      after = encodeCursor(rows[rows.length - 1]);
    }
  }

  /** Supporters per report, for a page of rows in one query (reports without any are absent). */
  private async supportCounts(rows: Pick<ReportEntity, 'id'>[]): Promise<Map<string, number>> {
    const counted: { report_id: string; n: number }[] = await this.dataSource.query(
      `SELECT report_id, count(*)::int AS n FROM report_support WHERE report_id = ANY($1) GROUP BY report_id`,
      [rows.map((r) => r.id)],
    );
    return new Map(counted.map((c) => [c.report_id, c.n]));
  }

  /** The scope of a department inbox for this caller: their departments, or all for admins. */
  inboxScope(user: AuthUser): ListScope {
    return { kind: 'inbox', departmentIds: hasRole(user, 'admin') ? 'all' : user.departmentIds };
  }
}

/** The public list's query as a cache key: every field that changes the answer, in a fixed order. */
function publicPageKey(query: StaffQueueQueryDto): string {
  const { type, status, categoryId, kecamatanId, areaId, from, to, q, after, limit } = query;
  return JSON.stringify([type, status, categoryId, kecamatanId, areaId, from, to, searchWords(q) || null, after, limit ?? 20]);
}
