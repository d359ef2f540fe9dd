import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { I18n } from '@walikota/web-i18n';
import { REPORT_TYPES, ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkButton, WkControl, WkField, WkFilterFold } from '@walikota/web-ui';
import { LISTED_STATUSES, ReportFilters, compact } from '../../data-access/report-filters';

/** The public list's filters; the page puts what is applied into the URL. */
@Component({
  selector: 'wk-report-filters-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkField, WkFilterFold],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="filters"
      role="search"
      method="get"
      action="/aspirasi"
      [attr.aria-label]="i18n.t('reports.filter.heading')"
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <wk-field class="filters__wide" [label]="i18n.t('reports.filter.q')" [max]="100">
        <input wkControl id="filter-q" type="search" formControlName="q" name="q" autocomplete="off" />
      </wk-field>
      <wk-filter-fold [count]="moreCount()">
        <wk-field [label]="i18n.t('reports.field.type')">
          <select wkControl id="filter-type" formControlName="type" name="type">
            <option value="">{{ i18n.t('reports.filter.all') }}</option>
            @for (type of types; track type) {
              <option [value]="type">{{ labels.type(type) }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('reports.field.category')">
          <select wkControl id="filter-category" formControlName="categoryId" name="categoryId">
            <option value="">{{ i18n.t('reports.filter.all') }}</option>
            @for (category of reference.categories(); track category.id) {
              <option [value]="category.id">{{ reference.categoryName(category.id) }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('reports.field.status')">
          <select wkControl id="filter-status" formControlName="status" name="status">
            <option value="">{{ i18n.t('reports.filter.all') }}</option>
            @for (status of statuses; track status) {
              <option [value]="status">{{ labels.status(status) }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('reports.field.kecamatan')">
          <select wkControl id="filter-kecamatan" formControlName="kecamatanId" name="kecamatanId">
            <option value="">{{ i18n.t('reports.filter.all') }}</option>
            @for (kecamatan of reference.kecamatan(); track kecamatan.id) {
              <option [value]="kecamatan.id">{{ kecamatan.name }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('reports.field.kelurahan')">
          <select wkControl id="filter-kelurahan" formControlName="areaId" name="areaId">
            @if (kelurahan().length) {
              <option value="">{{ i18n.t('reports.filter.allKelurahan') }}</option>
              @for (kelurahan of kelurahan(); track kelurahan.id) {
                <option [value]="kelurahan.id">{{ kelurahan.name }}</option>
              }
            } @else {
              <option value="">{{ i18n.t('reports.filter.chooseKecamatan') }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('reports.filter.from')">
          <input wkControl id="filter-from" type="date" formControlName="from" name="from" />
        </wk-field>
        <wk-field [label]="i18n.t('reports.filter.to')">
          <input wkControl id="filter-to" type="date" formControlName="to" name="to" />
        </wk-field>
      </wk-filter-fold>
      <div class="wk-actions filters__wide">
        <button wkButton type="submit">{{ i18n.t('reports.filter.apply') }}</button>
        @if (active()) {
          <button wkButton variant="link" type="button" (click)="reset.emit()">{{ i18n.t('reports.filter.reset') }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: var(--space-4);
      align-items: end;
      margin-bottom: var(--space-5);
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .filters__wide {
      grid-column: 1 / -1;
    }
  `,
})
export class ReportFiltersForm {
  readonly filters = input.required<ReportFilters>();
  readonly apply = output<ReportFilters>();
  readonly reset = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly reference = inject(ReportReference);
  protected readonly types = REPORT_TYPES;
  protected readonly statuses = LISTED_STATUSES;
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    kecamatanId: new FormControl('', { nonNullable: true }),
    areaId: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  private readonly kecamatanId = toSignal(this.form.controls.kecamatanId.valueChanges, { initialValue: '' });
  protected readonly kelurahan = computed(() => this.reference.kelurahanOf(this.kecamatanId()));
  protected readonly active = computed(() => Object.keys(this.filters()).length > 0);
  /** How many of those are applied (said on the button while they are folded). */
  protected readonly moreCount = computed(() => Object.keys(this.filters()).filter((key) => key !== 'q').length);

  constructor() {
    // The URL is the truth: show what is applied (after back/forward too).
    effect(() => {
      const f = this.filters();
      this.form.setValue({
        q: f.q ?? '',
        type: f.type ?? '',
        categoryId: f.categoryId ?? '',
        status: f.status ?? '',
        kecamatanId: f.kecamatanId ?? this.reference.kecamatanOf(f.areaId),
        areaId: f.areaId ?? '',
        from: f.from ?? '',
        to: f.to ?? '',
      });
    });
    // Another kecamatan: its kelurahan list replaces the old one.
    this.form.controls.kecamatanId.valueChanges.subscribe((kecamatanId) => {
      const areaId = this.form.controls.areaId.value;
      if (areaId && this.reference.kecamatanOf(areaId) !== kecamatanId) this.form.controls.areaId.setValue('');
    });
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    this.apply.emit(compact(Object.assign({}, value, { q: value.q.trim() })) as ReportFilters);
  }
}
