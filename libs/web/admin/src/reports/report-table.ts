import { ChangeDetectionStrategy, Component, booleanAttribute, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportPages, ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkBadge, WkCell, WkColumn, WkTable } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { ReportSummaryDto } from './report-model';

/** A staff list of reports; with `selectable`, a checkbox per row (labelled with the code) for bulk actions. */
@Component({
  selector: 'wk-admin-report-table',
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
      [emptyText]="i18n.t('admin.reports.empty')"
      trackBy="id"
    >
      <ng-template wkCell="select" let-row>
        <label class="wk-check report-select">
          <input type="checkbox" [checked]="selected().has(row.code)" (change)="toggle.emit(row.code)" />
          <span class="wk-visually-hidden">{{ i18n.t('admin.reports.select', { code: row.code }) }}</span>
        </label>
      </ng-template>
      <ng-template wkCell="report" let-row>
        <a class="admin-nowrap report-code" [routerLink]="link(row.code)">{{ row.code }}</a>
        <span class="report-title">{{ row.title }}</span>
        <span class="report-meta">{{ reference.categoryName(row.categoryId) }}</span>
      </ng-template>
      <ng-template wkCell="status" let-row>
        <wk-badge [tone]="labels.statusTone(row.status)">{{ labels.status(row.status) }}</wk-badge>
      </ng-template>
      <ng-template wkCell="department" let-row>{{ departmentName(row) }}</ng-template>
      <ng-template wkCell="filed" let-row>
        <span class="admin-nowrap">{{ format.date(row.createdAt) }}</span>
      </ng-template>
      <ng-template wkCell="sla" let-row>
        @if (row.overdue) {
          <wk-badge tone="danger">{{ i18n.t('admin.reports.overdue.' + row.overdue) }}</wk-badge>
        } @else {
          <span class="wk-muted">{{ i18n.t('admin.reports.onTime') }}</span>
        }
      </ng-template>
    </wk-table>
  `,
  styles: `
    .report-select {
      margin: calc(-1 * var(--space-2)) 0;
    }
    .admin-nowrap {
      white-space: nowrap;
    }
    .report-code {
      font-weight: 600;
    }
    .report-title,
    .report-meta {
      display: block;
      margin-top: var(--space-1);
    }
    .report-meta {
      color: var(--color-muted);
      font-size: 0.9375em;
    }
  `,
})
export class ReportTable {
  readonly caption = input.required<string>();
  readonly list = input.required<ReportPages>();
  readonly selectable = input(false, { transform: booleanAttribute });
  /** Codes of the selected rows. */
  readonly selected = input<ReadonlySet<string>>(new Set());
  readonly toggle = output<string>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'staff');
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  private readonly departments = inject(DepartmentsStore);

  protected readonly columns = computed<WkColumn[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    const columns: WkColumn[] = [
      { key: 'report', label: t('admin.reports.col.report') },
      { key: 'status', label: t('admin.reports.col.status') },
      { key: 'department', label: t('admin.reports.col.department') },
      { key: 'filed', label: t('admin.reports.col.filed') },
      { key: 'sla', label: t('admin.reports.col.sla') },
    ];
    return this.selectable() ? [{ key: 'select', label: t('admin.reports.col.select') }, ...columns] : columns;
  });

  protected link(code: string): string {
    return adminPath('laporan', code);
  }

  protected departmentName(row: ReportSummaryDto): string {
    const department = row.departmentId ? this.departments.byId().get(row.departmentId) : undefined;
    return department ? department.shortName : this.i18n.t('admin.none');
  }
}
