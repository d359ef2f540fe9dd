import { Injectable } from '@nestjs/common';
import { AppConfig, CacheNamespace, FieldDomainException, SharedCache } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { everOverdueSql } from '../report-overdue';
import { DataSource } from 'typeorm';
import {
  DEFAULT_STATISTICS_MONTHS,
  MAX_STATISTICS_MONTHS,
  ReportDepartmentMonthDto,
  ReportKecamatanFiguresDto,
  ReportMonthFiguresDto,
  ReportStatisticsDto,
  ReportStatisticsQueryDto,
} from './report-statistics.dto';

/**
 * When a report filed in the month counts as overdue (judged now, so a pending report becomes
 * overdue once its deadline passes), counted once even if it missed both deadlines: its first
 * response came after the verification or follow-up deadline, or there has been none and it is
 * past that deadline now. One definition with the staff lists' filter (report-overdue.ts).
 */
const OVERDUE = everOverdueSql('r');

export const STATISTICS_CACHE_MS = 5 * 60_000;
const STATISTICS_CACHE_ENTRIES = 200;

const hours = (later: string) => `EXTRACT(EPOCH FROM (${later} - r.created_at)) / 3600`;
const median = (expression: string) => `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expression}))::numeric, 1)`;

interface Range {
  from: string;
  to: string;
  /** `YYYY-MM-01` of the first month and of the month after the last, as local dates. */
  start: string;
  end: string;
  months: string[];
}

interface FiledRow {
  month: string;
  department_id: string | null;
  is_total: number;
  received: number;
  median_first_response: string | null;
  overdue: number;
}

interface ResolvedRow {
  month: string;
  department_id: string | null;
  is_total: number;
  resolved: number;
  median_resolution: string | null;
}

/**
 * Public statistics (docs/product.md, "Statistics") per department and month in the city's time zone. Counts
 * include confidential reports: a number per department and month reveals nothing about anyone.
 * Two queries, one per month basis (filing, resolution), each with GROUPING SETS giving the
 * department rows and the month totals at once (a total's median is over all its reports, not a
 * median of medians).
 */
@Injectable()
export class ReportStatisticsService {
  /** Answers by range and department, shared by all callers and, with Redis, all instances. */
  private readonly cache: CacheNamespace;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    cache: SharedCache,
  ) {
    this.cache = cache.namespace('report-statistics', { ttlMs: STATISTICS_CACHE_MS, maxEntries: STATISTICS_CACHE_ENTRIES });
  }

  /**
   * Cached for STATISTICS_CACHE_MS: on a million reports the two queries take about a second
   * each, too much to run for every visitor of a public page; figures a few minutes old are fine.
   */
  async statistics(query: ReportStatisticsQueryDto, now: Date = new Date()): Promise<ReportStatisticsDto> {
    const range = monthRange(query, currentMonth(now, this.config.timeZone));
    const departmentId = query.departmentId ?? null;
    // Errors (an unknown department) are not kept.
    return this.cache.get(`${range.from}|${range.to}|${departmentId ?? ''}`, () => this.compute(range, departmentId, now));
  }

  /** Forgets every cached answer, in every instance (tests that change reports between requests). */
  forget(): Promise<void> {
    return this.cache.clear();
  }

  private async compute(range: Range, departmentId: string | null, now: Date): Promise<ReportStatisticsDto> {
    const timeZone = this.config.timeZone;
    if (departmentId && !(await this.reference.departmentExists(departmentId)))
      throw new FieldDomainException('departmentId', 'department_not_found');

    const [filed, resolved, byKecamatan] = await Promise.all([
      this.filed(range, timeZone, departmentId),
      this.resolved(range, timeZone, departmentId),
      this.byKecamatan(range, timeZone, departmentId),
    ]);

    const totals = new Map(range.months.map((month) => [month, emptyFigures(month)]));
    const rows = new Map<string, ReportDepartmentMonthDto>();
    const target = (month: string, department: string | null, isTotal: number): ReportMonthFiguresDto => {
      if (isTotal) return totals.get(month) ?? emptyFigures(month);
      const key = `${month}|${department ?? ''}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { ...emptyFigures(month), departmentId: department }));
      return row;
    };
    for (const r of filed) {
      const figures = target(r.month, r.department_id, r.is_total);
      figures.received = r.received;
      figures.medianHoursToFirstResponse = toNumber(r.median_first_response);
      figures.overdue = r.overdue;
      figures.overdueShare = r.received ? Math.round((r.overdue * 1000) / r.received) / 10 : null;
    }
    for (const r of resolved) {
      const figures = target(r.month, r.department_id, r.is_total);
      figures.resolved = r.resolved;
      figures.medianHoursToResolution = toNumber(r.median_resolution);
    }

    return {
      generatedAt: now.toISOString(),
      from: range.from,
      to: range.to,
      timeZone,
      departmentId,
      totals: [...totals.values()],
      rows: [...rows.values()].sort(
        (a, b) => a.month.localeCompare(b.month) || (a.departmentId ?? '\uffff').localeCompare(b.departmentId ?? '\uffff'),
      ),
      byKecamatan,
    };
  }

  /** Received and resolved over the whole range, per kecamatan: the same two bases as the months. */
  private byKecamatan(range: Range, timeZone: string, departmentId: string | null): Promise<ReportKecamatanFiguresDto[]> {
    return this.dataSource.query(
      `SELECT kecamatan_id AS "kecamatanId",
              count(*) FILTER (WHERE filed)::int AS received,
              count(*) FILTER (WHERE resolved)::int AS resolved
         FROM (SELECT r.kecamatan_id,
                      r.created_at >= ($1::timestamp AT TIME ZONE $3) AND r.created_at < ($2::timestamp AT TIME ZONE $3) AS filed,
                      r.resolved_at >= ($1::timestamp AT TIME ZONE $3) AND r.resolved_at < ($2::timestamp AT TIME ZONE $3)
                        AND r.status IN ('resolved', 'closed') AS resolved
                 FROM report r
                WHERE ((r.created_at >= ($1::timestamp AT TIME ZONE $3) AND r.created_at < ($2::timestamp AT TIME ZONE $3))
                       OR (r.resolved_at >= ($1::timestamp AT TIME ZONE $3) AND r.resolved_at < ($2::timestamp AT TIME ZONE $3)))
                      ${departmentId ? 'AND r.department_id = $4' : ''}) k
        WHERE filed OR resolved
        GROUP BY kecamatan_id
        ORDER BY kecamatan_id`,
      [range.start, range.end, timeZone, ...(departmentId ? [departmentId] : [])],
    );
  }

  /** Received, median time to first response and overdue, by the month of filing. */
  private filed(range: Range, timeZone: string, departmentId: string | null): Promise<FiledRow[]> {
    return this.dataSource.query(
      `SELECT month, department_id, GROUPING(department_id) AS is_total,
              count(*)::int AS received,
              ${median('first_response_hours')} AS median_first_response,
              count(*) FILTER (WHERE overdue)::int AS overdue
         FROM (SELECT to_char(r.created_at AT TIME ZONE $3, 'YYYY-MM') AS month, r.department_id,
                      ${hours('r.first_response_at')} AS first_response_hours, ${OVERDUE} AS overdue
                 FROM report r
                WHERE r.created_at >= ($1::timestamp AT TIME ZONE $3) AND r.created_at < ($2::timestamp AT TIME ZONE $3)
                      ${departmentId ? 'AND r.department_id = $4' : ''}) f
        GROUP BY GROUPING SETS ((month, department_id), (month))`,
      [range.start, range.end, timeZone, ...(departmentId ? [departmentId] : [])],
    );
  }

  /**
   * Resolved and median time to resolution, by the month of resolution. A report reopened and not
   * yet resolved again is not counted (its resolution did not hold); once resolved again it
   * counts in that month, timed to the new resolution.
   */
  private resolved(range: Range, timeZone: string, departmentId: string | null): Promise<ResolvedRow[]> {
    return this.dataSource.query(
      `SELECT month, department_id, GROUPING(department_id) AS is_total,
              count(*)::int AS resolved,
              ${median('resolution_hours')} AS median_resolution
         FROM (SELECT to_char(r.resolved_at AT TIME ZONE $3, 'YYYY-MM') AS month, r.department_id,
                      ${hours('r.resolved_at')} AS resolution_hours
                 FROM report r
                WHERE r.resolved_at >= ($1::timestamp AT TIME ZONE $3) AND r.resolved_at < ($2::timestamp AT TIME ZONE $3)
                      AND r.status IN ('resolved', 'closed')
                      ${departmentId ? 'AND r.department_id = $4' : ''}) f
        GROUP BY GROUPING SETS ((month, department_id), (month))`,
      [range.start, range.end, timeZone, ...(departmentId ? [departmentId] : [])],
    );
  }
}

/** Months are counted as year × 12 + month − 1. */
function parseMonth(value: string): number {
  const [year, month] = value.split('-').map(Number);
  return year * 12 + month - 1;
}

function formatMonth(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function currentMonth(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return part('year') * 12 + part('month') - 1;
}

/** The months asked for; defaults to the last 12 up to the current month. */
export function monthRange(query: Pick<ReportStatisticsQueryDto, 'from' | 'to'>, current: number): Range {
  const to = query.to ? parseMonth(query.to) : current;
  const from = query.from ? parseMonth(query.from) : to - (DEFAULT_STATISTICS_MONTHS - 1);
  // The field to blame is the one the caller gave (`to` unless only `from` was given).
  const field = query.to || !query.from ? 'to' : 'from';
  if (from > to) throw new FieldDomainException(field, 'month_range_reversed');
  if (to - from + 1 > MAX_STATISTICS_MONTHS) throw new FieldDomainException(field, 'month_range_too_long', { max: MAX_STATISTICS_MONTHS });
  const months = Array.from({ length: to - from + 1 }, (_, i) => formatMonth(from + i));
  return { from: formatMonth(from), to: formatMonth(to), start: `${formatMonth(from)}-01`, end: `${formatMonth(to + 1)}-01`, months };
}

function emptyFigures(month: string): ReportMonthFiguresDto {
  return {
    month,
    received: 0,
    resolved: 0,
    medianHoursToFirstResponse: null,
    medianHoursToResolution: null,
    overdue: 0,
    overdueShare: null,
  };
}

function toNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}
