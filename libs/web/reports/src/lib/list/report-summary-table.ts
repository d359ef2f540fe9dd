import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CityFormat } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { ReportPages, ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkBadge, WkCell, WkColumn, WkTable } from '@walikota/web-ui';

/**
 * Reports as a table, for the public list and for "my reports". Five columns, so that it fits a
 * desktop page without sideways scrolling: the title with its code, type and category under it,
 * the status, then where (public) or who may see it (mine), the date and, in public, support.
 * On a phone the design system's table shows each report as a card.
 */
@Component({
  selector: 'wk-report-summary-table',
  imports: [RouterLink, WkBadge, WkCell, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-table
      [caption]="caption()"
      [columns]="columns()"
      [rows]="list().items()"
      [loading]="list().loading() || list().loadingMore()"
      [hasMore]="list().hasMore()"
      (loadMore)="list().loadMore()"
      [emptyText]="emptyText()"
      trackBy="id"
    >
      <ng-template wkCell="report" let-row>
        <a class="title" [routerLink]="['/lacak', row.code]">{{ row.title }}</a>
        <span class="meta">
          <span class="code">{{ row.code }}</span> · {{ labels.type(row.type) }} · {{ reference.categoryName(row.categoryId) }}
        </span>
      </ng-template>
      <ng-template wkCell="status" let-row>
        <span class="badges">
          <wk-badge [tone]="labels.statusTone(row.status)">{{ labels.status(row.status) }}</wk-badge>
          @if (row.overdue) {
            <wk-badge tone="danger">{{ i18n.t('reports.overdue.' + row.overdue) }}</wk-badge>
          }
        </span>
      </ng-template>
      <ng-template wkCell="kelurahan" let-row>{{ reference.kelurahanName(row.areaId) }}</ng-template>
      <ng-template wkCell="privacy" let-row>{{ i18n.t('reports.privacy.' + row.privacy) }}</ng-template>
      <ng-template wkCell="date" let-row
        ><span class="date">{{ format.date(row.createdAt) }}</span></ng-template
      >
      <ng-template wkCell="support" let-row>{{ number(row.supportCount) }}</ng-template>
    </wk-table>
  `,
  styles: `
    .title {
      font-weight: 600;
    }
    .meta {
      display: block;
      margin-top: var(--space-1);
      color: var(--color-muted);
      font-size: 0.9375em;
    }
    .code,
    .date {
      white-space: nowrap;
    }
    .badges {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--space-1);
    }
  `,
})
export class ReportSummaryTable {
  readonly caption = input.required<string>();
  readonly list = input.required<ReportPages>();
  /** `public`: where and how many support it; `mine`: who may see it. */
  readonly audience = input.required<'public' | 'mine'>();
  readonly emptyText = input<string | null>(null);

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'report', label: this.i18n.t('reports.field.report') },
    { key: 'status', label: this.i18n.t('reports.field.status') },
    this.audience() === 'public'
      ? { key: 'kelurahan', label: this.i18n.t('reports.field.kelurahan') }
      : { key: 'privacy', label: this.i18n.t('reports.privacy.label') },
    { key: 'date', label: this.i18n.t('reports.field.date') },
    ...(this.audience() === 'public' ? [{ key: 'support', label: this.i18n.t('reports.field.support'), align: 'end' as const }] : []),
  ]);

  constructor() {
    void this.reference.load();
  }

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }
}
