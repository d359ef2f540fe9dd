import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { AreaLocationDto } from '@walikota/shared-contracts';
import { API, SiteStore, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAreaMap, WkButton, WkControl, WkField } from '@walikota/web-ui';
import { distinctUntilChanged, map, of, switchMap, timer } from 'rxjs';
import { AreaBoundaries } from '../../data-access/area-boundaries';
import { LatLng, mapTileUrl } from '../../data-access/map-tiles';
import { LeafletMap } from '../map/leaflet-map';

type Located = { point: LatLng; found: AreaLocationDto } | { point: LatLng; outside: string | null } | null;

/**
 * The optional point of a report: a map to mark it on (the city's own boundaries, or the tile map
 * when the site has tiles), "Gunakan lokasi saya" through the Geolocation API, and latitude and
 * longitude fields (always there, the accessible way). However the point is set, the API says
 * which kelurahan it lies in (`GET /api/areas/locate`) and the kecamatan and kelurahan are filled
 * — unless the citizen chose another kelurahan themselves: then they are told, and may switch. A
 * point outside the city is refused beside the field, in the API's words. Choosing a kelurahan
 * before any point brings it into view on the map.
 */
@Component({
  selector: 'wk-location-fields',
  imports: [ReactiveFormsModule, WkAreaMap, WkButton, WkControl, WkField, LeafletMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="wk-fieldset location">
      <legend class="wk-fieldset__legend">{{ i18n.t('reports.new.location') }}</legend>
      <p class="wk-field__hint">{{ i18n.t('reports.new.location.hint') }}</p>
      @if (tileUrl(); as url) {
        <p class="wk-field__hint">{{ i18n.t('reports.new.location.mapHint') }}</p>
        <wk-leaflet-map
          picker
          [tileUrl]="url"
          [label]="i18n.t('reports.map.label')"
          [picked]="point()"
          [bounds]="boundaries.value()?.bbox ?? null"
          (pick)="set($event)"
        />
      } @else if (boundaries.value(); as b) {
        <p class="wk-field__hint">{{ i18n.t('reports.new.location.mapHint') }}</p>
        <wk-area-map
          mode="pick"
          [features]="b.features"
          [bbox]="b.bbox"
          [attribution]="b.attribution"
          [label]="i18n.t('reports.new.location.mapLabel')"
          [summary]="mapSummary()"
          [picked]="point()"
          [focusArea]="point() ? null : areaId()"
          (pick)="set($event)"
        />
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
      <p class="wk-visually-hidden" aria-live="polite">{{ outside() }}</p>
      @if (elsewhere(); as place) {
        <p class="location__switch">
          <button wkButton variant="secondary" type="button" (click)="useArea(place)">
            {{ i18n.t('reports.new.location.useArea', { kelurahan: place.kelurahanName }) }}
          </button>
        </p>
      }
      <div class="location__fields">
        <wk-field [label]="i18n.t('reports.field.latitude')" [error]="latitudeError() || outside()">
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
      min-width: 0;
    }
    .location__status:empty {
      display: none;
    }
    .location__status,
    .location__switch {
      margin: 0;
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
  /** The form's kecamatan and kelurahan, filled from the point. */
  readonly kecamatan = input.required<FormControl<string>>();
  readonly kelurahan = input.required<FormControl<string>>();
  readonly latitudeError = input<string | null>(null);
  readonly longitudeError = input<string | null>(null);
  /** The point the two fields hold now (the form knows; see pointOf). */
  readonly point = input<LatLng | null>(null);
  /** The kelurahan (or kecamatan) chosen in the form, shown close up while there is no point. */
  readonly areaId = input<string | null>(null);

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly site = inject(SiteStore);
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly tileUrl = computed(() => mapTileUrl(this.site.site()));
  protected readonly locating = signal(false);
  protected readonly status = signal('');
  /** The API's refusal of a point outside the city, shown beside the latitude. */
  protected readonly outside = signal<string | null>(null);
  /** Where the point lies, when the citizen chose another kelurahan. */
  protected readonly elsewhere = signal<AreaLocationDto | null>(null);
  protected readonly mapSummary = computed(() => {
    const city = this.boundaries.value()?.features.find((f) => f.properties.level === 'municipality')?.properties.name ?? '';
    return this.i18n.t('reports.new.location.mapSummary', { city });
  });
  /** The kelurahan this component last filled in (so a later point may replace it). */
  private filled = '';

  constructor() {
    void this.boundaries.load();
    // A point is asked about once it has stood still for a moment (typing, dragging); no point at once.
    toObservable(this.point)
      .pipe(
        switchMap((point) => (point ? timer(400).pipe(map(() => point)) : of(null))),
        distinctUntilChanged((a, b) => a?.latitude === b?.latitude && a?.longitude === b?.longitude),
        switchMap((point) => this.whereIs(point)),
        takeUntilDestroyed(),
      )
      .subscribe((located) => this.located(located));
  }

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

  protected useArea(place: AreaLocationDto): void {
    this.fill(place);
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

  private async whereIs(point: LatLng | null): Promise<Located> {
    if (!point) return null;
    try {
      return { point, found: await this.api.locateArea(point) };
    } catch (error) {
      return { point, outside: toApiProblem(error).fields['latitude'] ?? null };
    }
  }

  private located(located: Located): void {
    this.outside.set(null);
    this.elsewhere.set(null);
    if (!located) return;
    if ('outside' in located) {
      // Outside the city: the API's words beside the field; anything else only slows the form down.
      this.outside.set(located.outside);
      this.status.set(located.outside ? '' : this.i18n.t('reports.new.location.checkError'));
      return;
    }
    const place = located.found;
    const chosen = this.kelurahan().value;
    if (!chosen || chosen === this.filled) this.fill(place);
    else if (chosen === place.kelurahanId) this.status.set('');
    else {
      this.elsewhere.set(place);
      this.status.set(this.i18n.t('reports.new.location.elsewhere', { kelurahan: place.kelurahanName, kecamatan: place.kecamatanName }));
    }
  }

  private fill(place: AreaLocationDto): void {
    // The kecamatan first: choosing it empties the kelurahan.
    if (this.kecamatan().value !== place.kecamatanId) this.kecamatan().setValue(place.kecamatanId);
    this.kelurahan().setValue(place.kelurahanId);
    this.kecamatan().markAsDirty();
    this.kelurahan().markAsDirty();
    this.filled = place.kelurahanId;
    this.elsewhere.set(null);
    this.status.set(this.i18n.t('reports.new.location.located', { kelurahan: place.kelurahanName, kecamatan: place.kecamatanName }));
  }
}
