import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PETITION_LIST_FILTERS, PETITION_SORTS } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkControl, WkField, WkFilterFold } from '@walikota/web-ui';
import { PetitionFilters, compactFilters } from '../../data-access/petition-filters';
import { PetitionReference } from '../../data-access/petition-reference';

/**
 * The public list's filters. A plain GET form with named fields (`/petisi?state=…`), so it works
 * on the page rendered by the server before the app runs; once it runs, the page navigates instead.
 */
@Component({
  selector: 'wk-petition-filters-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkField, WkFilterFold],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="filters"
      role="search"
      method="get"
      action="/petisi"
      [attr.aria-label]="i18n.t('petitions.filter.heading')"
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <wk-field class="filters__wide" [label]="i18n.t('petitions.filter.q')" [max]="100">
        <input wkControl id="filter-q" type="search" formControlName="q" name="q" autocomplete="off" />
      </wk-field>
      <wk-field [label]="i18n.t('petitions.filter.state')">
        <select wkControl id="filter-state" formControlName="state" name="state">
          @for (state of states; track state) {
            <option [value]="state === 'open' ? '' : state">{{ i18n.t('petitions.filter.state.' + state) }}</option>
          }
        </select>
      </wk-field>
      <wk-field [label]="i18n.t('petitions.filter.sort')">
        <select wkControl id="filter-sort" formControlName="sort" name="sort">
          @for (sort of sorts; track sort) {
            <option [value]="sort === 'signatures' ? '' : sort">{{ i18n.t('petitions.sort.' + sort) }}</option>
          }
        </select>
      </wk-field>
      <wk-filter-fold [count]="moreCount()">
        <wk-field [label]="i18n.t('petitions.field.category')">
          <select wkControl id="filter-category" formControlName="categoryId" name="categoryId">
            <option value="">{{ i18n.t('petitions.filter.all') }}</option>
            @for (category of reference.categories(); track category.id) {
              <option [value]="category.id">{{ reference.categoryName(category) }}</option>
            }
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('petitions.field.scope')">
          <select wkControl id="filter-scope" formControlName="scope" name="scope">
            <option value="">{{ i18n.t('petitions.filter.all') }}</option>
            <option value="city">{{ i18n.t('petitions.scope.city') }}</option>
            <option value="kecamatan">{{ i18n.t('petitions.filter.scope.kecamatan') }}</option>
          </select>
        </wk-field>
        <wk-field [label]="i18n.t('petitions.field.kecamatan')">
          <select wkControl id="filter-kecamatan" formControlName="kecamatanId" name="kecamatanId">
            <option value="">{{ i18n.t('petitions.filter.all') }}</option>
            @for (kecamatan of reference.kecamatan(); track kecamatan.id) {
              <option [value]="kecamatan.id">{{ kecamatan.name }}</option>
            }
          </select>
        </wk-field>
      </wk-filter-fold>
      <div class="wk-actions filters__wide">
        <button wkButton type="submit">{{ i18n.t('petitions.filter.apply') }}</button>
        @if (active()) {
          <button wkButton variant="link" type="button" (click)="reset.emit()">{{ i18n.t('petitions.filter.reset') }}</button>
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
export class PetitionFiltersForm {
  readonly filters = input.required<PetitionFilters>();
  readonly apply = output<PetitionFilters>();
  readonly reset = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(PetitionReference);
  protected readonly states = PETITION_LIST_FILTERS;
  protected readonly sorts = PETITION_SORTS;
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    state: new FormControl('', { nonNullable: true }),
    sort: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl('', { nonNullable: true }),
    scope: new FormControl('', { nonNullable: true }),
    kecamatanId: new FormControl('', { nonNullable: true }),
  });
  protected readonly active = computed(() => Object.keys(this.filters()).length > 0);
  /** The folded filters applied (said on the button while they are folded). */
  protected readonly moreCount = computed(
    () => Object.keys(this.filters()).filter((key) => ['categoryId', 'scope', 'kecamatanId'].includes(key)).length,
  );

  constructor() {
    // The URL is the truth: show what is applied (after back/forward too).
    effect(() => {
      const f = this.filters();
      this.form.setValue({
        q: f.q ?? '',
        state: f.state && f.state !== 'open' ? f.state : '',
        sort: f.sort && f.sort !== 'signatures' ? f.sort : '',
        categoryId: f.categoryId ?? '',
        scope: f.scope ?? '',
        kecamatanId: f.kecamatanId ?? '',
      });
    });
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    this.apply.emit(compactFilters(Object.assign({}, value, { q: value.q.trim() })) as PetitionFilters);
  }
}
