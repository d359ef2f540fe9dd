import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { SiteStore } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkControl, WkField } from '@walikota/web-ui';
import { LatLng, mapTileUrl } from '../../data-access/map-tiles';
import { LeafletMap } from '../map/leaflet-map';

/**
 * The optional point of a report: latitude and longitude fields (always there, the accessible
 * way), "Gunakan lokasi saya" through the Geolocation API, and a map picker when the site has
 * map tiles.
 */
@Component({
  selector: 'wk-location-fields',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkField, LeafletMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="wk-fieldset location">
      <legend class="wk-fieldset__legend">{{ i18n.t('reports.new.location') }}</legend>
      <p class="wk-field__hint">{{ i18n.t('reports.new.location.hint') }}</p>
      @if (tileUrl(); as url) {
        <p class="wk-field__hint">{{ i18n.t('reports.new.location.mapHint') }}</p>
        <wk-leaflet-map picker [tileUrl]="url" [label]="i18n.t('reports.map.label')" [picked]="point()" (pick)="set($event)" />
      }
      <div class="wk-actions">
        <button wkButton variant="secondary" type="button" [busy]="locating()" (click)="locate()">
          {{ i18n.t('reports.new.location.useMine') }}
        </button>
        @if (point()) {
          <button wkButton variant="link" type="button" (click)="clear()">{{ i18n.t('reports.new.location.clear') }}</button>
        }
      </div>
      <p class="location__status" aria-live="polite">{{ status() }}</p>
      <div class="location__fields">
        <wk-field [label]="i18n.t('reports.field.latitude')" [error]="latitudeError()">
          <input wkControl id="field-latitude" type="text" inputmode="decimal" autocomplete="off" [formControl]="latitude()" />
        </wk-field>
        <wk-field [label]="i18n.t('reports.field.longitude')" [error]="longitudeError()">
          <input wkControl id="field-longitude" type="text" inputmode="decimal" autocomplete="off" [formControl]="longitude()" />
        </wk-field>
      </div>
    </fieldset>
  `,
  styles: `
    .location {
      display: flex;
      flex-direction: column;
      gap: var(--space-3);
    }
    .location__status:empty {
      display: none;
    }
    .location__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: var(--space-4);
    }
  `,
})
export class LocationFields {
  readonly latitude = input.required<FormControl<string>>();
  readonly longitude = input.required<FormControl<string>>();
  readonly latitudeError = input<string | null>(null);
  readonly longitudeError = input<string | null>(null);
  /** The point the two fields hold now (the form knows; see pointOf). */
  readonly point = input<LatLng | null>(null);

  protected readonly i18n = inject(I18n);
  private readonly site = inject(SiteStore);
  protected readonly tileUrl = computed(() => mapTileUrl(this.site.site()));
  protected readonly locating = signal(false);
  protected readonly status = signal('');

  protected set(point: LatLng): void {
    this.latitude().setValue(String(point.latitude));
    this.longitude().setValue(String(point.longitude));
    this.latitude().markAsDirty();
  }

  protected clear(): void {
    this.latitude().setValue('');
    this.longitude().setValue('');
    this.status.set('');
  }

  protected locate(): void {
    if (!('geolocation' in navigator)) {
      this.status.set(this.i18n.t('reports.new.location.unsupported'));
      return;
    }
    this.locating.set(true);
    this.status.set(this.i18n.t('reports.new.location.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating.set(false);
        const round = (value: number) => Math.round(value * 1e6) / 1e6;
        this.set({ latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) });
        this.status.set(this.i18n.t('reports.new.location.found'));
      },
      () => {
        this.locating.set(false);
        this.status.set(this.i18n.t('reports.new.location.denied'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }
}
