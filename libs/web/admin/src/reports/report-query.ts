import type { ParamMap } from '@angular/router';
import { ReportStatus, isReportStatus } from '@walikota/web-reports-data';
import { compact } from '../data-access/stores';

/** The filters of a staff report list, as they stand in the URL (`?status=&departmentId=&categoryId=&overdue=true&q=`). */
export interface ReportFilters {
  status?: ReportStatus;
  departmentId?: string;
  categoryId?: string;
  overdue?: boolean;
  q?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the URL, dropping whatever the API would refuse (a hand-edited link must not break the page). */
export function readReportFilters(params: ParamMap): ReportFilters {
  const status = params.get('status');
  const id = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : undefined;
  };
  return compact<ReportFilters>({
    status: isReportStatus(status) ? status : undefined,
    departmentId: id('departmentId'),
    categoryId: id('categoryId'),
    overdue: params.get('overdue') === 'true' ? true : undefined,
    q: params.get('q')?.trim().slice(0, 100) || undefined,
  });
}

/** The URL's query parameters for the filters: empty ones left out. */
export function reportFilterParams(filters: ReportFilters): Record<string, string> {
  return compact({
    q: filters.q?.trim() || undefined,
    status: filters.status,
    departmentId: filters.departmentId,
    categoryId: filters.categoryId,
    overdue: filters.overdue ? 'true' : undefined,
  }) as Record<string, string>;
}
