import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { wkId } from '../types';
import { WkMapClass, paletteIndex } from './classes';

/**
 * The key to a map: the choropleth's classes as swatches with their ranges in words, the
 * "no data" swatch, and the markers that may appear. Used by `wk-area-map`, and beside any other
 * map that draws the same layers (the same palette: `WK_MAP_PALETTE`).
 */
@Component({
  selector: 'wk-map-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (classes().length) {
      <p class="wk-map-legend__title" [id]="id">{{ title() }}</p>
      <ul class="wk-map-legend__list" [attr.aria-labelledby]="id">
        @for (entry of entries(); track $index) {
          <li>
            <span class="wk-map-legend__swatch" [class]="'wk-map-legend__swatch--' + entry.colour" aria-hidden="true"></span>
            {{ entry.text }}
          </li>
        }
        <li>
          <span class="wk-map-legend__swatch wk-map-legend__swatch--none" aria-hidden="true"></span>
          {{ i18n.t('ui.map.legend.noData') }}
        </li>
      </ul>
    }
    @if (points() || picked()) {
      <ul class="wk-map-legend__list">
        @if (points()) {
          <li><span class="wk-map-legend__point" aria-hidden="true"></span>{{ pointLabel() || i18n.t('ui.map.legend.point') }}</li>
          @if (clusters()) {
            <li><span class="wk-map-legend__cluster" aria-hidden="true">3</span>{{ i18n.t('ui.map.legend.cluster') }}</li>
          }
        }
        @if (picked()) {
          <li><span class="wk-map-legend__picked" aria-hidden="true"></span>{{ i18n.t('ui.map.pickedPoint') }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .wk-map-legend__title {
      margin: 0 0 var(--space-2);
      font-weight: 700;
    }
    .wk-map-legend__list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-4);
      margin: 0 0 var(--space-2);
      padding: 0;
      list-style: none;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
    }
    .wk-map-legend__swatch {
      width: 1.5rem;
      height: 1rem;
      border: 1px solid var(--color-border-strong);
    }
    .wk-map-legend__swatch--0 {
      background: #eff3ff;
    }
    .wk-map-legend__swatch--1 {
      background: #bdd7e7;
    }
    .wk-map-legend__swatch--2 {
      background: #6baed6;
    }
    .wk-map-legend__swatch--3 {
      background: #3182bd;
    }
    .wk-map-legend__swatch--4 {
      background: #08519c;
    }
    .wk-map-legend__swatch--none {
      background: repeating-linear-gradient(45deg, #fff 0 3px, #8a9099 3px 5px);
    }
    .wk-map-legend__point,
    .wk-map-legend__picked {
      width: 14px;
      height: 14px;
      border-radius: 50%;
      background: #a63603;
      outline: 2px solid #fff;
      box-shadow: 0 0 0 3px #1f2328;
      margin: 3px;
    }
    .wk-map-legend__picked {
      background: #b3261e;
      width: 18px;
      height: 18px;
    }
    .wk-map-legend__cluster {
      display: inline-grid;
      place-items: center;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      background: #a63603;
      color: #fff;
      font-size: 0.8125rem;
      font-weight: 700;
      border: 2px solid #fff;
      box-shadow: 0 0 0 1px #1f2328;
    }
  `,
})
export class WkMapLegend {
  /** What the colours measure, e.g. "Jumlah laporan per kelurahan". */
  readonly title = input('');
  readonly classes = input<readonly WkMapClass[]>([]);
  /** Formats a class bound in the reader's language (whole numbers by default). */
  readonly format = input<((value: number) => string) | null>(null);
  /** Explains the point and cluster markers. */
  readonly points = input(false);
  /** Explains the circles with a count (when there can be more than one point). */
  readonly clusters = input(true);
  /** What one point is, e.g. "Satu laporan". */
  readonly pointLabel = input('');
  /** Explains the marked point (picker). */
  readonly picked = input(false);

  protected readonly i18n = inject(I18n);
  protected readonly id = wkId('map-legend');
  protected readonly entries = computed(() => {
    const classes = this.classes();
    const format = this.format() ?? ((value: number) => numberFormat(this.i18n.locale()).format(value));
    return classes.map((c, index) => ({
      colour: paletteIndex(index, classes.length),
      text: c.min === c.max ? format(c.min) : `${format(c.min)}–${format(c.max)}`,
    }));
  });
}
