import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { WkButton } from '../button';
import { WkTable } from '../table';
import { WkColumn, wkId } from '../types';
import type { WkMapFeature, WkMapLevel } from './types';

/** One row of a map's table: an area (or a point) and its figures, already formatted. */
export type WkMapTableRow = Record<string, string>;

/**
 * The same figures as a map, as a table. It is always in the page, so screen readers and
 * keyboard users reach it (focus inside it shows it); on screen it opens with
 * "Tampilkan sebagai tabel" so that the map comes first.
 */
@Component({
  selector: 'wk-map-table',
  imports: [WkButton, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="wk-map-table__toggle">
      <button
        wkButton
        variant="secondary"
        type="button"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="id"
        (click)="open.set(!open())"
      >
        {{ open() ? i18n.t('ui.map.table.hide') : i18n.t('ui.map.table.show') }}
      </button>
    </p>
    <div [id]="id" [class.wk-visually-hidden]="!open() && !focused()" (focusin)="focused.set(true)" (focusout)="focused.set(false)">
      <wk-table [caption]="caption()" [columns]="columns()" [rows]="rows()" [stack]="false" [trackBy]="trackBy()" />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .wk-map-table__toggle {
      margin: 0 0 var(--space-3);
    }
  `,
})
export class WkMapTable {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly WkColumn[]>();
  readonly rows = input.required<readonly WkMapTableRow[]>();
  readonly trackBy = input<string | null>(null);

  protected readonly i18n = inject(I18n);
  protected readonly id = wkId('map-table');
  protected readonly open = signal(false);
  protected readonly focused = signal(false);
}

/**
 * The rows of a map's table: every area of `level` that the portal knows, with its value (and a
 * second figure), highest first, then by name; a kelurahan names its kecamatan in `parent`.
 */
export function areaTableRows(options: {
  features: readonly WkMapFeature[];
  values: ReadonlyMap<string, number>;
  level: WkMapLevel;
  format: (value: number) => string;
  locale: string;
  /** Said for an area without a value. */
  noData: string;
  secondary?: ReadonlyMap<string, number> | null;
}): WkMapTableRow[] {
  const { features, values, level, format, locale, noData, secondary } = options;
  const parents = new Map(features.filter((f) => f.properties.level === 'kecamatan').map((f) => [f.properties.areaId, f.properties.name]));
  return features
    .filter((f) => f.properties.level === level && f.properties.areaId)
    .map((f) => ({ feature: f, id: f.properties.areaId as string, value: values.get(f.properties.areaId as string) }))
    .sort(
      (a, b) =>
        (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.feature.properties.name.localeCompare(b.feature.properties.name, locale),
    )
    .map(({ feature, id, value }) => {
      const row: WkMapTableRow = {
        id,
        name: feature.properties.name,
        parent: parents.get(feature.properties.parentId) ?? '',
        value: value === undefined ? noData : format(value),
      };
      if (secondary) {
        const second = secondary.get(id);
        row['secondary'] = second === undefined ? noData : format(second);
      }
      return row;
    });
}
