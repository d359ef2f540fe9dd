import { REPORT_STATUSES, REPORT_TYPES, ReportStatus, ReportType } from '@walikota/web-reports-data';

/** What the public list can show (not-yet-verified, rejected and merged reports are not listed). */
export const LISTED_STATUSES: readonly ReportStatus[] = REPORT_STATUSES.filter(
  (status) => !['submitted', 'rejected', 'duplicate'].includes(status),
);

/** The public list's filters, as the API takes them and as they stand in the URL. */
export interface ReportFilters {
  q?: string;
  type?: ReportType;
  status?: ReportStatus;
  categoryId?: string;
  kecamatanId?: string;
  areaId?: string;
  from?: string;
  to?: string;
}

export const FILTER_KEYS = ['q', 'type', 'status', 'categoryId', 'kecamatanId', 'areaId', 'from', 'to'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from URL query parameters, dropping anything the API would refuse. */
export function parseFilters(params: { get(name: string): string | null }): ReportFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const uuid = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : undefined;
  };
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
  };
  const q = params.get('q')?.trim().slice(0, 100);
  return compact({
    q: q || undefined,
    type: pick('type', REPORT_TYPES),
    status: pick('status', REPORT_STATUSES),
    categoryId: uuid('categoryId'),
    kecamatanId: uuid('kecamatanId'),
    areaId: uuid('areaId'),
    from: date('from'),
    to: date('to'),
  });
}

/** Drops empty values so that they are neither sent nor put in the URL. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}
