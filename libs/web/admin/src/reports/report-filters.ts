import { ChangeDetectionStrategy, Component, booleanAttribute, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { DepartmentDto } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';
import { REPORT_STATUSES, ReportReference, ReportStatus, reportLabels } from '@walikota/web-reports-data';
import { WkButton, WkControl, WkField, WkFilterFold } from '@walikota/web-ui';
import { DepartmentsStore } from '../data-access/stores';
import { ReportFilters } from './report-query';

/** The filter form of a staff report list; the page keeps the filters in the URL. */
@Component({
  selector: 'wk-admin-report-filters',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkField, WkFilterFold],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="admin-filters" role="search" [attr.aria-label]="i18n.t('admin.filters')" [formGroup]="form" (ngSubmit)="submit()">
      <wk-field class="report-filters__wide" [label]="i18n.t('admin.reports.filter.search')" [max]="100">
        <input wkControl type="search" formControlName="q" autocomplete="off" />
      </wk-field>
      <wk-filter-fold [count]="moreCount()">
        <wk-field [label]="i18n.t('admin.reports.filter.status')">
          <select wkControl formControlName="status">
            <option value="">{{ i18n.t('admin.reports.filter.statusDefault') }}</option>
            @for (status of statuses; track status) {
              <option [value]="status">{{ labels.status(status) }}</option>
            }
          </select>
        </wk-field>
        @if (departmentOptions().length > 1 || !limitDepartments()) {
          <wk-field [label]="i18n.t('admin.reports.filter.department')">
            <select wkControl formControlName="departmentId">
              <option value="">{{ i18n.t('admin.filter.all') }}</option>
              @for (department of departmentOptions(); track department.id) {
                <option [value]="department.id">{{ department.shortName }} · {{ departments.name(department) }}</option>
              }
            </select>
          </wk-field>
        }
        @if (withCategory()) {
          <wk-field [label]="i18n.t('admin.reports.filter.category')">
            <select wkControl formControlName="categoryId">
              <option value="">{{ i18n.t('admin.filter.all') }}</option>
              @for (category of reference.categories(); track category.id) {
                <option [value]="category.id">{{ reference.categoryName(category.id) }}</option>
              }
            </select>
          </wk-field>
        }
        <label class="wk-check report-filters__check">
          <input type="checkbox" formControlName="overdue" />
          {{ i18n.t('admin.reports.filter.overdue') }}
        </label>
      </wk-filter-fold>
      <div class="wk-actions">
        <button wkButton type="submit">{{ i18n.t('admin.reports.filter.apply') }}</button>
        @if (filtered()) {
          <button wkButton variant="link" type="button" (click)="reset.emit()">{{ i18n.t('admin.filter.reset') }}</button>
        }
      </div>
    </form>
  `,
  styleUrl: '../styles/admin-list.css',
  styles: `
    .report-filters__wide {
      grid-column: 1 / -1;
    }
    .report-filters__check {
      align-self: center;
    }
  `,
})
export class ReportFiltersForm {
  readonly value = input.required<ReportFilters>();
  /** The departments to offer; all of them when not given. */
  readonly departmentIds = input<readonly string[] | null>(null);
  readonly withCategory = input(false, { transform: booleanAttribute });
  readonly apply = output<ReportFilters>();
  readonly reset = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'staff');
  protected readonly departments = inject(DepartmentsStore);
  protected readonly reference = inject(ReportReference);
  protected readonly statuses = REPORT_STATUSES;
  protected readonly limitDepartments = computed(() => this.departmentIds() !== null);
  protected readonly departmentOptions = computed<readonly DepartmentDto[]>(() => {
    const ids = this.departmentIds();
    return ids === null ? this.departments.items() : this.departments.items().filter((d) => ids.includes(d.id));
  });
  protected readonly filtered = computed(() => Object.keys(this.value()).length > 0);
  /** How many filters besides the search apply (said while they are folded on a phone). */
  protected readonly moreCount = computed(
    () =>
      Object.entries(this.value()).filter(([key, value]) => key !== 'q' && value !== undefined && value !== '' && value !== false).length,
  );
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl('', { nonNullable: true }),
    overdue: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const value = this.value();
      this.form.setValue({
        q: value.q ?? '',
        status: value.status ?? '',
        departmentId: value.departmentId ?? '',
        categoryId: value.categoryId ?? '',
        overdue: value.overdue ?? false,
      });
    });
  }

  protected submit(): void {
    const { q, status, departmentId, categoryId, overdue } = this.form.getRawValue();
    this.apply.emit({
      q: q.trim() || undefined,
      status: (status || undefined) as ReportStatus | undefined,
      departmentId: departmentId || undefined,
      categoryId: (this.withCategory() && categoryId) || undefined,
      overdue: overdue || undefined,
    });
  }
}
