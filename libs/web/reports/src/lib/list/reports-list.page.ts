import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, KeysetList } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkPageHeader, WkTab, WkTable, WkTabs } from '@walikota/web-ui';
import { ReportFilters, compact, parseFilters } from '../../data-access/report-filters';
import { ReportsMap } from '../map/reports-map';
import { ReportFiltersForm } from './report-filters-form';

const PAGE_SIZE = 20;
const MAP_VIEW = 'peta';

/** `/aspirasi`: the public list. Filters and the chosen view live in the URL, so links and back/forward keep them. */
@Component({
  selector: 'wk-reports-list-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkCell, WkPageHeader, WkTab, WkTable, WkTabs, ReportFiltersForm, ReportsMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('reports.title.list')" [lead]="i18n.t('reports.list.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
        @if (session.signedIn()) {
          <a wkButton variant="secondary" routerLink="/aspirasi/saya">{{ i18n.t('reports.list.mine') }}</a>
        }
        <a routerLink="/lacak">{{ i18n.t('reports.list.track') }}</a>
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
        <wk-table
          [caption]="i18n.t('reports.list.caption')"
          [columns]="columns()"
          [rows]="pages.items()"
          [loading]="pages.loading() || pages.loadingMore()"
          [hasMore]="pages.hasMore()"
          (loadMore)="pages.loadMore()"
          [emptyText]="i18n.t('reports.list.empty')"
          trackBy="id"
        >
          <ng-template wkCell="title" let-row>
            <a [routerLink]="['/lacak', row.code]">{{ row.title }}</a>
          </ng-template>
          <ng-template wkCell="status" let-row>
            <span class="badges">
              <wk-badge [tone]="labels.statusTone(row.status)">{{ labels.status(row.status) }}</wk-badge>
              @if (row.overdue) {
                <wk-badge tone="danger">{{ i18n.t('reports.overdue.' + row.overdue) }}</wk-badge>
              }
            </span>
          </ng-template>
          <ng-template wkCell="type" let-row>{{ labels.type(row.type) }}</ng-template>
          <ng-template wkCell="category" let-row>{{ reference.categoryName(row.categoryId) }}</ng-template>
          <ng-template wkCell="kelurahan" let-row>{{ reference.kelurahanName(row.areaId) }}</ng-template>
          <ng-template wkCell="date" let-row>{{ format.date(row.createdAt) }}</ng-template>
          <ng-template wkCell="support" let-row>{{ number(row.supportCount) }}</ng-template>
        </wk-table>
      </wk-tab>
      <wk-tab [label]="i18n.t('reports.list.tab.map')">
        <wk-reports-map [reports]="pages.items()" />
        @if (pages.hasMore()) {
          <p class="wk-actions more">
            <button wkButton variant="secondary" type="button" [busy]="pages.loadingMore()" (click)="pages.loadMore()">
              {{ i18n.t('ui.loadMore') }}
            </button>
          </p>
        }
      </wk-tab>
    </wk-tabs>
  `,
  styles: `
    .badges {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--space-1);
    }
    .more {
      margin-top: var(--space-5);
    }
  `,
})
export class ReportsListPage {
  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pages = new KeysetList<ReportSummaryDto, ReportFilters>((filters, after) =>
    this.api.listReports(Object.assign({}, filters, { after, limit: PAGE_SIZE })),
  );
  protected readonly filters = signal<ReportFilters>({});
  protected readonly view = signal(0);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'code', label: this.i18n.t('reports.field.code') },
    { key: 'title', label: this.i18n.t('reports.field.title') },
    { key: 'status', label: this.i18n.t('reports.field.status') },
    { key: 'type', label: this.i18n.t('reports.field.type') },
    { key: 'category', label: this.i18n.t('reports.field.category') },
    { key: 'kelurahan', label: this.i18n.t('reports.field.kelurahan') },
    { key: 'date', label: this.i18n.t('reports.field.date') },
    { key: 'support', label: this.i18n.t('reports.field.support'), align: 'end' },
  ]);
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

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected problemText(problem: Parameters<typeof problemMessage>[0]): string {
    return problemMessage(problem, this.i18n);
  }

  private viewParam(index: number): string | undefined {
    return index === 1 ? MAP_VIEW : undefined;
  }
}
