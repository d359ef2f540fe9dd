import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import type { SignaturesByAreaDto } from '@walikota/shared-contracts';
import { API, AreaBoundaries, countsByArea } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAreaMap, WkColumn, WkSkeleton, WkTable } from '@walikota/web-ui';

/**
 * Where a petition's signatures come from: a table per kecamatan (rendered on the server too), a
 * map of the kelurahan drawn once the page runs in the browser, and the figures as CSV. Counts
 * only: nothing about who signed.
 */
@Component({
  selector: 'wk-petition-signatures-by-area',
  imports: [WkAreaMap, WkSkeleton, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="by-area" aria-labelledby="by-area-heading">
      <h2 id="by-area-heading">{{ i18n.t('petitions.area.heading') }}</h2>
      <p class="wk-muted">{{ i18n.t('petitions.area.lead') }}</p>
      @if (figures.isLoading() && !figures.hasValue()) {
        <wk-skeleton [lines]="4" />
      } @else if (figures.hasValue()) {
        @let data = figures.value()!;
        @if (boundaries.value(); as b) {
          <wk-area-map
            [features]="b.features"
            [bbox]="b.bbox"
            [attribution]="b.attribution"
            [label]="i18n.t('petitions.area.map.label')"
            [summary]="summary()"
            [values]="byKelurahan()"
            valueLevel="kelurahan"
            [legendTitle]="i18n.t('petitions.area.map.legend')"
            [tableCaption]="i18n.t('petitions.area.map.caption')"
            [areaLabel]="i18n.t('petitions.field.kelurahan')"
            [parentLabel]="i18n.t('petitions.field.kecamatan')"
            [valueLabel]="i18n.t('petitions.field.signatures')"
          />
        }
        <wk-table [caption]="i18n.t('petitions.area.table.caption')" [columns]="columns()" [rows]="rows()" [stack]="false" trackBy="id" />
        @if (data.unknownArea) {
          <p class="wk-muted">{{ i18n.t('petitions.area.unknown', { count: number(data.unknownArea) }) }}</p>
        }
      } @else if (figures.error()) {
        <p class="wk-muted">{{ i18n.t('petitions.area.error') }}</p>
      }
      <p>
        <a [href]="csvHref()" download>{{ i18n.t('petitions.area.csv') }}</a>
      </p>
    </section>
  `,
  styles: `
    .by-area {
      display: grid;
      gap: var(--space-4);
      margin-top: var(--space-6);
    }
    .by-area h2,
    .by-area p {
      margin: 0;
    }
  `,
})
export class SignaturesByArea {
  readonly code = input.required<string>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly figures = resource<SignaturesByAreaDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getPetitionSignaturesByArea(params),
  });
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'name', label: this.i18n.t('petitions.field.kecamatan') },
    { key: 'signatures', label: this.i18n.t('petitions.field.signatures'), align: 'end' },
  ]);
  protected readonly rows = computed(() =>
    (this.figures.value()?.kecamatan ?? []).map((k) => ({ id: k.id, name: k.name, signatures: this.number(k.signatures) })),
  );
  protected readonly byKelurahan = computed(() => {
    const b = this.boundaries.value();
    const data = this.figures.value();
    if (!b || !data) return null;
    return countsByArea(
      b,
      'kelurahan',
      data.kecamatan.flatMap((k) => k.kelurahan.map((l) => [l.id, l.signatures] as const)),
    );
  });
  protected readonly summary = computed(() => {
    const data = this.figures.value();
    if (!data) return '';
    const top = data.kecamatan.reduce<{ name: string; signatures: number } | null>(
      (best, k) => (k.signatures > (best?.signatures ?? 0) ? k : best),
      null,
    );
    return top
      ? this.i18n.t('petitions.area.map.summary', { name: top.name, count: this.number(top.signatures) })
      : this.i18n.t('petitions.area.map.empty');
  });
  protected readonly csvHref = computed(() => `/api/petitions/${encodeURIComponent(this.code())}/signatures-by-area.csv`);

  constructor() {
    void this.boundaries.load();
  }

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }
}
