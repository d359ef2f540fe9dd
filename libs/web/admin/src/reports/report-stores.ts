import { Injectable, inject } from '@angular/core';
import { API, KeysetList } from '@walikota/web-core';
import { PAGE_SIZE, compact } from '../data-access/stores';
import type { ReportFilters } from './report-query';
import type { ReportSummaryDto } from './report-model';

/** The moderators' queue (`GET /api/reports/queue`). */
@Injectable()
export class ReportQueueStore extends KeysetList<ReportSummaryDto, ReportFilters> {
  constructor() {
    const api = inject(API);
    super((filters, after) => api.listReportQueue({ ...compact(filters), after, limit: PAGE_SIZE }));
  }
}

/** An official's department inbox (`GET /api/reports/inbox`). */
@Injectable()
export class DepartmentInboxStore extends KeysetList<ReportSummaryDto, ReportFilters> {
  constructor() {
    const api = inject(API);
    super((filters, after) => api.listDepartmentInbox({ ...compact(filters), after, limit: PAGE_SIZE }));
  }
}
