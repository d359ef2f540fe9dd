import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiProblem, Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference } from '@walikota/web-reports-data';
import { WkAlert, WkBreadcrumb, WkBreadcrumbs, WkButton, WkPageHeader } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { ReportFiltersForm } from './report-filters';
import { ReportFilters, readReportFilters, reportFilterParams } from './report-query';
import { DepartmentInboxStore } from './report-stores';
import { ReportTable } from './report-table';

/** An official's inbox: reports dispatched to their departments (all departments for admins). */
@Component({
  selector: 'wk-admin-report-inbox-page',
  imports: [ReportFiltersForm, ReportTable, WkAlert, WkBreadcrumbs, WkButton, WkPageHeader],
  providers: [DepartmentInboxStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.title.reportInbox')" [lead]="i18n.t('admin.reports.inbox.lead')">
      <wk-breadcrumbs [items]="crumbs()" />
    </wk-page-header>
    <wk-admin-report-filters [value]="filters()" [departmentIds]="departmentIds()" (apply)="navigate($event)" (reset)="navigate({})" />
    @if (inbox.problem(); as problem) {
      <wk-alert tone="danger">
        {{ loadError(problem) }}
        <button wkButton variant="link" type="button" (click)="inbox.retry()">{{ i18n.t('admin.retry') }}</button>
      </wk-alert>
    }
    <wk-admin-report-table [caption]="i18n.t('admin.reports.caption.inbox')" [list]="inbox" />
  `,
})
export class ReportInboxPage {
  protected readonly i18n = inject(I18n);
  protected readonly inbox = inject(DepartmentInboxStore);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly filters = signal<ReportFilters>({});
  /** The filter offers the caller's own departments; admins see every department's inbox. */
  protected readonly departmentIds = computed(() => (this.session.hasRole('admin') ? null : (this.session.profile()?.departmentIds ?? [])));
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.reportInbox') },
  ]);

  constructor() {
    void inject(DepartmentsStore).load();
    void inject(ReportReference).load();
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const filters = readReportFilters(params);
      // The API refuses another department's inbox: such a link falls back to one's own departments.
      const allowed = this.departmentIds();
      if (filters.departmentId && allowed && !allowed.includes(filters.departmentId)) delete filters.departmentId;
      delete filters.categoryId;
      this.filters.set(filters);
      void this.inbox.load(filters);
    });
  }

  protected navigate(filters: ReportFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: reportFilterParams(filters) });
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }
}
