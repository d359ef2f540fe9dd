import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { API, ApiProblem, CityFormat, problemMessage, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkEmptyState, WkPageHeader, WkTable } from '@walikota/web-ui';

const PAGE_SIZE = 20;

/** `/aspirasi/saya`: the reports the signed-in citizen filed, confidential and unverified ones too. */
@Component({
  selector: 'wk-my-reports-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkCell, WkEmptyState, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('reports.title.mine')" [lead]="i18n.t('reports.mine.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
      </p>
    </wk-page-header>
    @if (pages.problem(); as problem) {
      <wk-alert tone="danger" [heading]="i18n.t('reports.load.error')">
        {{ problemText(problem) }}
        <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('reports.retry') }}</button>
      </wk-alert>
    }
    @if (pages.loaded() && !pages.items().length && !pages.problem()) {
      <wk-empty-state [heading]="i18n.t('reports.mine.empty.heading')" [text]="i18n.t('reports.mine.empty.text')">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
      </wk-empty-state>
    } @else {
      <wk-table
        [caption]="i18n.t('reports.mine.caption')"
        [columns]="columns()"
        [rows]="pages.items()"
        [loading]="pages.loading() || pages.loadingMore()"
        [hasMore]="pages.hasMore()"
        (loadMore)="pages.loadMore()"
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
        <ng-template wkCell="privacy" let-row>{{ i18n.t('reports.privacy.' + row.privacy) }}</ng-template>
        <ng-template wkCell="category" let-row>{{ reference.categoryName(row.categoryId) }}</ng-template>
        <ng-template wkCell="date" let-row>{{ format.date(row.createdAt) }}</ng-template>
      </wk-table>
    }
  `,
  styles: `
    .badges {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--space-1);
    }
  `,
})
export class MyReportsPage {
  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  private readonly api = inject(API);
  protected readonly pages = new KeysetList<ReportSummaryDto, void>((_query, after) => this.api.listMyReports({ after, limit: PAGE_SIZE }));
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'code', label: this.i18n.t('reports.field.code') },
    { key: 'title', label: this.i18n.t('reports.field.title') },
    { key: 'status', label: this.i18n.t('reports.field.status') },
    { key: 'privacy', label: this.i18n.t('reports.privacy.label') },
    { key: 'category', label: this.i18n.t('reports.field.category') },
    { key: 'date', label: this.i18n.t('reports.field.date') },
  ]);

  constructor() {
    void this.reference.load();
    void this.pages.load();
  }

  protected problemText(problem: ApiProblem): string {
    return problemMessage(problem, this.i18n);
  }
}
