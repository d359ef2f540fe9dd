import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { API, Session, problemMessage, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference } from '@walikota/web-reports-data';
import { WkAlert, WkButton, WkPageHeader, WkTab, WkTabs } from '@walikota/web-ui';
import { ReportFilters, compact, parseFilters } from '../../data-access/report-filters';
import { ReportsMap } from '../map/reports-map';
import { ReportFiltersForm } from './report-filters-form';
import { ReportSummaryTable } from './report-summary-table';

const PAGE_SIZE = 20;
const MAP_VIEW = 'peta';

/** `/aspirasi`: the public list. Filters and the chosen view live in the URL, so links and back/forward keep them. */
@Component({
  selector: 'wk-reports-list-page',
  imports: [RouterLink, WkAlert, WkButton, WkPageHeader, WkTab, WkTabs, ReportFiltersForm, ReportsMap, ReportSummaryTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('reports.title.list')" [lead]="i18n.t('reports.list.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
        @if (session.signedIn()) {
          <a wkButton variant="secondary" routerLink="/aspirasi/saya">{{ i18n.t('reports.list.mine') }}</a>
        }
        <a routerLink="/lacak">{{ i18n.t('reports.list.track') }}</a>
        <a routerLink="/aspirasi/statistik">{{ i18n.t('reports.list.statistics') }}</a>
      </p>
    </wk-page-header>
    <wk-report-filters-form [filters]="filters()" (apply)="applyFilters($event)" (reset)="applyFilters({})" />
    @if (pages.problem(); as problem) {
      <wk-alert tone="danger" [heading]="i18n.t('reports.load.error')">
        {{ problemText(problem) }}
        <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('reports.retry') }}</button>
      </wk-alert>
    }
    <wk-tabs [label]="i18n.t('reports.list.tabs')" [selected]="view()" (selectedChange)="showView($event)">
      <wk-tab [label]="i18n.t('reports.list.tab.list')">
        <wk-report-summary-table
          [caption]="i18n.t('reports.list.caption')"
          [list]="pages"
          audience="public"
          [emptyText]="i18n.t('reports.list.empty')"
        />
      </wk-tab>
      <wk-tab [label]="i18n.t('reports.list.tab.map')">
        <!-- Only while shown: the map loads the city's outlines and every matching report's point. -->
        @if (view() === 1) {
          <wk-reports-map [reports]="pages.items()" [filters]="filters()" />
        }
        @if (pages.hasMore()) {
          <p class="wk-actions more">
            <button wkButton variant="secondary" type="button" [busy]="pages.loadingMore()" (click)="pages.loadMore()">
              {{ i18n.t('ui.loadMore') }}
            </button>
          </p>
        }
      </wk-tab>
    </wk-tabs>
    <p class="open-data">
      {{ i18n.t('reports.export.lead') }}
      <a [href]="exportHref('csv')" download>{{ i18n.t('reports.export.csv') }}</a>
      ·
      <a [href]="exportHref('json')" download>{{ i18n.t('reports.export.json') }}</a>
    </p>
  `,
  styles: `
    .open-data {
      margin-top: var(--space-5);
      color: var(--color-muted);
    }
    .more {
      margin-top: var(--space-5);
    }
  `,
})
export class ReportsListPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly reference = inject(ReportReference);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pages = new KeysetList<ReportSummaryDto, ReportFilters>((filters, after) =>
    this.api.listReports(Object.assign({}, filters, { after, limit: PAGE_SIZE })),
  );
  protected readonly filters = signal<ReportFilters>({});
  protected readonly view = signal(0);
  private loadedFor: string | null = null;

  constructor() {
    void this.reference.load();
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const filters = parseFilters(params);
      this.view.set(params.get('tampilan') === MAP_VIEW ? 1 : 0);
      // Switching the view changes the URL too; only new filters need another request.
      const key = JSON.stringify(filters);
      if (key === this.loadedFor) return;
      this.loadedFor = key;
      this.filters.set(filters);
      void this.pages.load(filters);
    });
  }

  protected applyFilters(filters: ReportFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: compact(Object.assign({}, filters, { tampilan: this.viewParam(this.view()) })),
    });
  }

  protected showView(index: number): void {
    this.view.set(index);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tampilan: this.viewParam(index) ?? null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** The whole filtered list as a file (open data), from the API. */
  protected exportHref(format: 'csv' | 'json'): string {
    const query = new URLSearchParams(Object.assign({}, compact(this.filters()) as Record<string, string>, { format }));
    return `/api/reports/export?${query}`;
  }

  protected problemText(problem: Parameters<typeof problemMessage>[0]): string {
    return problemMessage(problem, this.i18n);
  }

  private viewParam(index: number): string | undefined {
    return index === 1 ? MAP_VIEW : undefined;
  }
}
