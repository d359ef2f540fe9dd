import { Injectable } from '@nestjs/common';
import { AppConfig, Language, translate } from '@walikota/api-platform';
import { DepartmentDto, ReferenceService, ReportCategoryRef } from '@walikota/api-reference';
import { OpenReport, REPORT_STATUSES, ReportOpenData, open311Status } from '@walikota/api-reports';
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
 * Everything here is what a visitor may see, as the reports module gives it (`ReportOpenData`,
 * its own publication rule): lists hold listed reports; a code finds a published report in full,
 * a report not published (not yet verified, or rejected) as its id and status only, and a
 * confidential one not at all; no field names the reporter. Names come from the reference module.
 */
@Injectable()
export class Open311Service {
  constructor(
    private readonly reports: ReportOpenData,
    private readonly reference: ReferenceService,
    private readonly config: AppConfig,
  ) {}

  async services(lang: Language): Promise<Open311ServiceDto[]> {
    const [categories, departments] = await Promise.all([this.reference.reportCategories(), this.departments()]);
    return categories
      .filter((category) => category.active)
      .map((category) => {
        const name = lang === 'en' ? category.nameEn : category.nameId;
        const department = category.departmentId ? departments.get(category.departmentId) : undefined;
        const departmentLabel = department ? departmentName(department, lang) : null;
        return {
          service_code: category.code,
          service_name: name,
          description: departmentLabel
            ? translate(lang, 'open311.service_description', { name: name.toLowerCase(), department: departmentLabel })
            : translate(lang, 'open311.service_description_no_department', { name: name.toLowerCase() }),
          metadata: false,
          type: 'realtime',
          keywords: keywords(category),
          group: department?.shortName ?? null,
        };
      });
  }

  async definition(code: string): Promise<Open311ServiceDefinitionDto> {
    if (!(await this.reference.activeReportCategoryByCode(code))) throw new Open311Exception(404, 'open311.service_not_found', { code });
    return { service_code: code, attributes: [] };
  }

  async requests(query: ServiceRequestsQueryDto, lang: Language): Promise<Open311RequestDto[]> {
    const codes = splitList(query.service_request_id);
    if (codes.length > MAX_REQUEST_IDS) throw new Open311Exception(400, 'open311.too_many_ids', { max: MAX_REQUEST_IDS });
    if (codes.length) {
      // "This overrides all other arguments" (spec): the reports by code, however old.
      return this.toRequests(await this.reports.find({ codes, limit: MAX_REQUESTS }), lang);
    }
    const { start, end } = this.window(query);
    const serviceCodes = splitList(query.service_code);
    const categoryIds = serviceCodes.length
      ? (await this.reference.reportCategories()).filter((c) => serviceCodes.includes(c.code)).map((c) => c.id)
      : undefined;
    const wanted = new Set(splitList(query.status).map((s) => s.toLowerCase()));
    const statuses = wanted.size ? REPORT_STATUSES.filter((s) => wanted.has(open311Status(s))) : undefined;
    const reports = await this.reports.find({ createdFrom: start, createdTo: end, categoryIds, statuses, limit: MAX_REQUESTS });
    return this.toRequests(reports, lang);
  }

  async request(code: string, lang: Language): Promise<Open311RequestDto[]> {
    const report = await this.reports.findOne(code);
    if (!report) throw new Open311Exception(404, 'open311.request_not_found', { id: code });
    return this.toRequests([report], lang);
  }

  /** Requests are created at once, so a token is the request's id. */
  async token(token: string): Promise<Open311TokenDto[]> {
    if (!(await this.reports.findOne(token))) throw new Open311Exception(404, 'open311.request_not_found', { id: token });
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

  private async departments(): Promise<Map<string, DepartmentDto>> {
    return new Map((await this.reference.listDepartments()).map((d) => [d.id, d]));
  }

  private async toRequests(reports: OpenReport[], lang: Language): Promise<Open311RequestDto[]> {
    const published = reports.filter((r) => r.visibility === 'content');
    const [categories, departments, areaCodes] = await Promise.all([
      published.length ? this.reference.reportCategories() : [],
      published.length ? this.departments() : new Map<string, DepartmentDto>(),
      this.reference.areaCodes(published.flatMap((r) => (r.areaId ? [r.areaId] : []))),
    ]);
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const timeZone = this.config.timeZone;
    return reports.map((r): Open311RequestDto => {
      const expected = r.expectedAt ? isoWithOffset(r.expectedAt, timeZone) : null;
      if (r.visibility === 'status') {
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
          expected_datetime: expected,
          address: null,
          address_id: null,
          zipcode: null,
          lat: null,
          long: null,
          media_url: null,
        };
      }
      const category = r.categoryId ? categoryById.get(r.categoryId) : undefined;
      const department = r.departmentId ? departments.get(r.departmentId) : undefined;
      return {
        service_request_id: r.code,
        status: open311Status(r.status),
        status_notes: r.latestPublicNote,
        service_name: category ? (lang === 'en' ? category.nameEn : category.nameId) : null,
        service_code: category?.code ?? null,
        description: r.description,
        agency_responsible: department ? departmentName(department, lang) : null,
        service_notice: null,
        requested_datetime: isoWithOffset(r.createdAt, timeZone),
        updated_datetime: isoWithOffset(r.updatedAt, timeZone),
        expected_datetime: expected,
        address: r.address,
        address_id: (r.areaId && areaCodes.get(r.areaId)) || '',
        zipcode: null,
        lat: r.latitude,
        long: r.longitude,
        media_url: null,
      };
    });
  }
}

function departmentName(department: Pick<DepartmentDto, 'name' | 'nameEn'>, lang: Language): string {
  return (lang === 'en' && department.nameEn) || department.name;
}

/** Words of both names, for clients that search services ("jalan, jembatan, rusak, roads…"). */
function keywords(category: Pick<ReportCategoryRef, 'nameId' | 'nameEn'>): string {
  const words = `${category.nameId} ${category.nameEn}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
  return [...new Set(words)].join(', ');
}

function splitList(value: string | undefined): string[] {
  return value ? [...new Set(value.split(',').map((v) => v.trim()))].filter(Boolean) : [];
}
