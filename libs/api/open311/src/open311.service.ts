import { Injectable } from '@nestjs/common';
import { AppConfig, Language, translate } from '@walikota/api-platform';
import { CategoryEntity, DepartmentEntity } from '@walikota/api-reference';
import { REPORT_STATUSES, ReportEntity, ReportVisibility, open311Status, visibilityOf } from '@walikota/api-reports';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Open311Exception } from './open311-errors';
import { isoWithOffset, parseOpen311Date } from './open311-format';
import { Open311RequestDto, Open311ServiceDto, Open311ServiceDefinitionDto, Open311TokenDto, ServiceRequestsQueryDto } from './open311.dto';

/** The spec's window and page: 90 days by default and at most, 1000 requests. */
export const MAX_SPAN_DAYS = 90;
export const MAX_REQUESTS = 1000;
/** Ids one `service_request_id` may name: enough for a client's open requests, not a crawl of every code. */
export const MAX_REQUEST_IDS = 50;
const DAY_MS = 86_400_000;

const STOP_WORDS = new Set(['dan', 'atau', 'yang', 'di', 'and', 'or', 'the', 'of', 'for']);

/**
 * Reading for Open311 clients: report categories as services, reports as service requests.
 * Everything here is what a visitor may see, by the reports module's rule (`visibilityOf`): lists
 * hold listed reports; a code finds a published report in full, a report not published (not yet
 * verified, or rejected) as its id and status only, and a confidential one not at all; no field
 * names the reporter.
 */
@Injectable()
export class Open311Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async services(lang: Language): Promise<Open311ServiceDto[]> {
    const categories = await this.dataSource.getRepository(CategoryEntity).find({
      where: { module: 'report', active: true },
      relations: { department: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return categories.map((category) => {
      const name = lang === 'en' ? category.nameEn : category.nameId;
      const department = category.department ? departmentName(category.department, lang) : null;
      return {
        service_code: category.code,
        service_name: name,
        description: department
          ? translate(lang, 'open311.service_description', { name: name.toLowerCase(), department })
          : translate(lang, 'open311.service_description_no_department', { name: name.toLowerCase() }),
        metadata: false,
        type: 'realtime',
        keywords: keywords(category),
        group: category.department?.shortName ?? null,
      };
    });
  }

  async definition(code: string): Promise<Open311ServiceDefinitionDto> {
    const exists = await this.dataSource.getRepository(CategoryEntity).exists({ where: { module: 'report', active: true, code } });
    if (!exists) throw new Open311Exception(404, 'open311.service_not_found', { code });
    return { service_code: code, attributes: [] };
  }

  async requests(query: ServiceRequestsQueryDto, lang: Language): Promise<Open311RequestDto[]> {
    const qb = this.reportQuery();
    const codes = splitList(query.service_request_id);
    if (codes.length > MAX_REQUEST_IDS) throw new Open311Exception(400, 'open311.too_many_ids', { max: MAX_REQUEST_IDS });
    if (codes.length) {
      // "This overrides all other arguments" (spec): the reports by code, however old.
      qb.andWhere('r.code IN (:...codes)', { codes });
    } else {
      const { start, end } = this.window(query);
      qb.andWhere('r.listed').andWhere('r.created_at BETWEEN :start AND :end', { start, end });
      const serviceCodes = splitList(query.service_code);
      if (serviceCodes.length) qb.andWhere('c.code IN (:...serviceCodes)', { serviceCodes });
      const wanted = new Set(splitList(query.status).map((s) => s.toLowerCase()));
      if (wanted.size) {
        qb.andWhere('r.status IN (:...statuses)', { statuses: REPORT_STATUSES.filter((s) => wanted.has(open311Status(s))) });
      }
    }
    const reports = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(MAX_REQUESTS).getMany();
    return this.toRequests(reports, lang);
  }

  async request(code: string, lang: Language): Promise<Open311RequestDto[]> {
    const report = await this.reportQuery().andWhere('r.code = :code', { code }).getOne();
    if (!report || visibility(report) === 'nothing') throw new Open311Exception(404, 'open311.request_not_found', { id: code });
    return this.toRequests([report], lang);
  }

  /** Requests are created at once, so a token is the request's id. */
  async token(token: string): Promise<Open311TokenDto[]> {
    const report = await this.dataSource.getRepository(ReportEntity).findOne({
      where: { code: token },
      select: { id: true, privacy: true, status: true, reporterId: true, departmentId: true, dispatchedAt: true, verifiedAt: true },
    });
    if (!report || visibility(report) === 'nothing') throw new Open311Exception(404, 'open311.request_not_found', { id: token });
    return [{ service_request_id: token, token }];
  }

  /** `start_date`/`end_date`: 90 days back from now (or from end_date, or on from start_date) unless both are given. */
  private window(query: ServiceRequestsQueryDto): { start: Date; end: Date } {
    const timeZone = this.config.timeZone;
    const givenStart = query.start_date ? parseOpen311Date(query.start_date, timeZone) : undefined;
    const givenEnd = query.end_date ? parseOpen311Date(query.end_date, timeZone, true) : undefined;
    const now = new Date();
    const end = givenEnd ?? (givenStart ? new Date(Math.min(givenStart.getTime() + MAX_SPAN_DAYS * DAY_MS, now.getTime())) : now);
    const start = givenStart ?? new Date(end.getTime() - MAX_SPAN_DAYS * DAY_MS);
    if (end.getTime() < start.getTime()) throw new Open311Exception(400, 'open311.end_before_start');
    if (end.getTime() - start.getTime() > MAX_SPAN_DAYS * DAY_MS) {
      throw new Open311Exception(400, 'open311.span_too_long', { days: MAX_SPAN_DAYS });
    }
    return { start, end };
  }

  private reportQuery(): SelectQueryBuilder<ReportEntity> {
    return this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.category', 'c')
      .innerJoinAndSelect('r.area', 'a')
      .leftJoinAndSelect('r.department', 'd');
  }

  private async toRequests(reports: ReportEntity[], lang: Language): Promise<Open311RequestDto[]> {
    const shown = reports.filter((r) => visibility(r) !== 'nothing');
    const published = shown.filter((r) => visibility(r) === 'content');
    // The latest public note of each published report, in one query.
    const noteRows: { report_id: string; note: string }[] = published.length
      ? await this.dataSource.query(
          `SELECT DISTINCT ON (report_id) report_id, note FROM report_event
            WHERE report_id = ANY($1) AND public AND note IS NOT NULL AND note <> ''
            ORDER BY report_id, occurred_at DESC, id DESC`,
          [published.map((r) => r.id)],
        )
      : [];
    const notes = new Map(noteRows.map((n) => [n.report_id, n.note]));
    const timeZone = this.config.timeZone;
    return shown.map((r): Open311RequestDto => {
      const category = r.category as CategoryEntity;
      const expected = r.status === 'submitted' ? r.verifyDueAt : r.status === 'dispatched' ? r.followupDueAt : null;
      if (visibility(r) === 'status') {
        // Not published (not yet verified, or rejected): that it exists and its status, nothing of its content.
        return {
          service_request_id: r.code,
          status: open311Status(r.status),
          status_notes: null,
          service_name: null,
          service_code: null,
          description: null,
          agency_responsible: null,
          service_notice: translate(lang, r.status === 'submitted' ? 'open311.notice_unverified' : 'open311.notice_unpublished'),
          requested_datetime: isoWithOffset(r.createdAt, timeZone),
          updated_datetime: null,
          expected_datetime: expected ? isoWithOffset(expected, timeZone) : null,
          address: null,
          address_id: null,
          zipcode: null,
          lat: null,
          long: null,
          media_url: null,
        };
      }
      return {
        service_request_id: r.code,
        status: open311Status(r.status),
        status_notes: notes.get(r.id) ?? null,
        service_name: lang === 'en' ? category.nameEn : category.nameId,
        service_code: category.code,
        description: r.description,
        agency_responsible: r.department ? departmentName(r.department, lang) : null,
        service_notice: null,
        requested_datetime: isoWithOffset(r.createdAt, timeZone),
        updated_datetime: isoWithOffset(r.updatedAt, timeZone),
        expected_datetime: expected ? isoWithOffset(expected, timeZone) : null,
        address: r.address,
        address_id: r.area?.code ?? '',
        zipcode: null,
        lat: r.latitude === null ? null : Number(r.latitude),
        long: r.longitude === null ? null : Number(r.longitude),
        media_url: null,
      };
    });
  }
}

/** What a visitor may know of a report: Open311's reading is public. */
function visibility(report: ReportEntity): ReportVisibility {
  return visibilityOf(undefined, report);
}

function departmentName(department: DepartmentEntity, lang: Language): string {
  return (lang === 'en' && department.nameEn) || department.name;
}

/** Words of both names, for clients that search services ("jalan, jembatan, rusak, roads…"). */
function keywords(category: CategoryEntity): string {
  const words = `${category.nameId} ${category.nameEn}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
  return [...new Set(words)].join(', ');
}

function splitList(value: string | undefined): string[] {
  return value ? [...new Set(value.split(',').map((v) => v.trim()))].filter(Boolean) : [];
}
