import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference } from '@walikota/web-reports-data';
import { WkAlert, WkBreadcrumb, WkBreadcrumbs, WkButton, WkPageHeader } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { ReportBulkBar } from './report-bulk-bar';
import { ReportFiltersForm } from './report-filters';
import { ReportFilters, readReportFilters, reportFilterParams } from './report-query';
import { ReportQueueStore } from './report-stores';
import { ReportTable } from './report-table';

/** The moderators' queue: filters in the URL, a checkbox per report for bulk verify/dispatch. */
@Component({
  selector: 'wk-admin-report-queue-page',
  imports: [ReportBulkBar, ReportFiltersForm, ReportTable, WkAlert, WkBreadcrumbs, WkButton, WkPageHeader],
  providers: [ReportQueueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.title.reportQueue')" [lead]="i18n.t('admin.reports.queue.lead')">
      <wk-breadcrumbs [items]="crumbs()" />
    </wk-page-header>
    <wk-admin-report-filters [value]="filters()" withCategory (apply)="navigate($event)" (reset)="navigate({})" />
    <wk-admin-report-bulk-bar [selected]="selectedCodes()" (selectAll)="selectAll()" (clear)="selection.set(emptySet)" (done)="refresh()" />
    @if (queue.problem(); as problem) {
      <wk-alert tone="danger">
        {{ loadError(problem) }}
        <button wkButton variant="link" type="button" (click)="queue.retry()">{{ i18n.t('admin.retry') }}</button>
      </wk-alert>
    }
    <wk-admin-report-table
      [caption]="i18n.t('admin.reports.caption.queue')"
      [list]="queue"
      selectable
      [selected]="selection()"
      (toggle)="toggle($event)"
    />
  `,
})
export class ReportQueuePage {
  protected readonly i18n = inject(I18n);
  protected readonly queue = inject(ReportQueueStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly emptySet: ReadonlySet<string> = new Set();
  protected readonly filters = signal<ReportFilters>({});
  protected readonly selection = signal<ReadonlySet<string>>(this.emptySet);
  /** Only what is on screen counts, in the list's order. */
  protected readonly selectedCodes = computed(() =>
    this.queue
      .items()
      .filter((r) => this.selection().has(r.code))
      .map((r) => r.code),
  );
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.reportQueue') },
  ]);

  constructor() {
    void inject(DepartmentsStore).load();
    void inject(ReportReference).load();
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const filters = readReportFilters(params);
      this.filters.set(filters);
      this.selection.set(this.emptySet);
      void this.queue.load(filters);
    });
  }

  protected navigate(filters: ReportFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: reportFilterParams(filters) });
  }

  protected toggle(code: string): void {
    this.selection.update((set) => {
      const next = new Set(set);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  }

  protected selectAll(): void {
    this.selection.set(new Set(this.queue.items().map((r) => r.code)));
  }

  /** After a bulk action: reports that left the queue disappear; the selection starts afresh. */
  protected refresh(): void {
    this.selection.set(this.emptySet);
    void this.queue.load(this.filters());
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }
}
