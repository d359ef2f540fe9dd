import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkBadge } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { ReportDetailDto } from './report-model';

/** Every field of a report that staff need, dates in the city's time zone. */
@Component({
  selector: 'wk-admin-report-facts',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = report();
    <dl class="report-facts">
      <dt>{{ i18n.t('admin.reports.detail.code') }}</dt>
      <dd data-testid="report-code">{{ r.code }}</dd>
      <dt>{{ i18n.t('admin.reports.col.status') }}</dt>
      <dd class="wk-cluster report-badges">
        <wk-badge [tone]="labels.statusTone(r.status)">{{ labels.status(r.status) }}</wk-badge>
        @if (r.overdue) {
          <wk-badge tone="danger">{{ i18n.t('admin.reports.overdue.' + r.overdue) }}</wk-badge>
        }
      </dd>
      <dt>{{ i18n.t('admin.reports.detail.type') }}</dt>
      <dd>{{ labels.type(r.type) }}</dd>
      <dt>{{ i18n.t('admin.reports.detail.privacy') }}</dt>
      <dd>{{ i18n.t('admin.reports.privacy.' + r.privacy) }}</dd>
      <dt>{{ i18n.t('admin.reports.detail.category') }}</dt>
      <dd>{{ reference.categoryName(r.categoryId) || i18n.t('admin.none') }}</dd>
      <dt>{{ i18n.t('admin.reports.detail.department') }}</dt>
      <dd data-testid="report-department">{{ department() }}</dd>
      <dt>{{ i18n.t('admin.reports.detail.area') }}</dt>
      <dd>{{ reference.areaName(r.areaId, r.kecamatanId) || i18n.t('admin.none') }}</dd>
      @if (r.address) {
        <dt>{{ i18n.t('admin.reports.detail.address') }}</dt>
        <dd>{{ r.address }}</dd>
      }
      @if (r.latitude !== null && r.longitude !== null) {
        <dt>{{ i18n.t('admin.reports.detail.point') }}</dt>
        <dd>
          {{ r.latitude }}, {{ r.longitude }}
          @if (r.pointAreaId) {
            <!-- The point lies in another kelurahan than the one chosen: worth a look before dispatching. -->
            <span class="point-mismatch" data-testid="point-mismatch">
              <wk-badge tone="warning">{{ i18n.t('admin.reports.detail.pointMismatch') }}</wk-badge>
              {{
                i18n.t('admin.reports.detail.pointMismatchText', {
                  area: reference.areaName(r.pointAreaId, reference.kecamatanOf(r.pointAreaId)),
                })
              }}
            </span>
          }
        </dd>
      }
      <dt>{{ i18n.t('admin.reports.detail.reporter') }}</dt>
      <dd>{{ r.reporterName ?? i18n.t('admin.reports.detail.reporterHidden') }}</dd>
      <dt>{{ i18n.t('admin.reports.detail.filed') }}</dt>
      <dd>{{ format.dateTime(r.createdAt) }}</dd>
      @if (r.verifyDueAt) {
        <dt>{{ i18n.t('admin.reports.detail.verifyDue') }}</dt>
        <dd>{{ format.dateTime(r.verifyDueAt) }}</dd>
      }
      @if (r.followupDueAt) {
        <dt>{{ i18n.t('admin.reports.detail.followupDue') }}</dt>
        <dd>{{ format.dateTime(r.followupDueAt) }}</dd>
      }
      @if (r.autocloseAt) {
        <dt>{{ i18n.t('admin.reports.detail.autoclose') }}</dt>
        <dd>{{ format.dateTime(r.autocloseAt) }}</dd>
      }
      <dt>{{ i18n.t('admin.reports.detail.supports') }}</dt>
      <dd>{{ r.supportCount }}</dd>
      @if (r.rejectReason) {
        <dt>{{ i18n.t('admin.reports.detail.rejectReason') }}</dt>
        <dd>{{ i18n.t('admin.reports.reason.' + r.rejectReason) }}</dd>
      }
      @if (r.externalAgency) {
        <dt>{{ i18n.t('admin.reports.detail.externalAgency') }}</dt>
        <dd>{{ r.externalAgency }}</dd>
      }
      @if (r.duplicateOf) {
        <dt>{{ i18n.t('admin.reports.detail.duplicateOf') }}</dt>
        <dd>
          <a [routerLink]="link(r.duplicateOf)">{{ r.duplicateOf }}</a>
        </dd>
      }
      @if (r.rating !== null) {
        <dt>{{ i18n.t('admin.reports.detail.rating') }}</dt>
        <dd>
          {{ i18n.t('admin.reports.detail.ratingValue', { rating: r.rating }) }}
          @if (r.ratingComment) {
            — {{ r.ratingComment }}
          }
        </dd>
      }
      @if (r.reopenCount) {
        <dt>{{ i18n.t('admin.reports.detail.reopened') }}</dt>
        <dd>{{ i18n.t('admin.reports.detail.reopenedValue', { count: r.reopenCount }) }}</dd>
      }
    </dl>
  `,
  styles: `
    .report-facts {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: var(--space-3) var(--space-5);
      margin: 0;
    }
    .report-facts dt {
      font-weight: 600;
    }
    .report-facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .report-badges {
      gap: var(--space-2);
    }
    @media (max-width: 30rem) {
      .report-facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
      .report-facts dd {
        margin-bottom: var(--space-3);
      }
    }
  `,
})
export class ReportFacts {
  readonly report = input.required<ReportDetailDto>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'staff');
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  private readonly departments = inject(DepartmentsStore);
  protected readonly department = computed(() => {
    const id = this.report().departmentId;
    const department = id ? this.departments.byId().get(id) : undefined;
    if (!department) return this.i18n.t('admin.reports.detail.noDepartment');
    return `${this.departments.name(department)} (${department.shortName})`;
  });

  protected link(code: string): string {
    return adminPath('laporan', code);
  }
}
