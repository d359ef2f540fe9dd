import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ViewEncapsulation,
  afterNextRender,
  booleanAttribute,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { I18n } from '@walikota/web-i18n';
import type * as Leaflet from 'leaflet';
import type { WkMapGeometry } from '@walikota/web-ui';
import { LatLng, MapPoint, tileAttribution } from '../../data-access/map-tiles';

type LeafletModule = typeof Leaflet;

/** An area of the choropleth on the tile map: its outline and its fill (null: no data). */
export interface LeafletArea {
  geometry: WkMapGeometry;
  name: string;
  fill: string | null;
}

/** Indonesia as a whole, until there is a point to show (the API has no city centre yet). */
const DEFAULT_CENTER: [number, number] = [-2.5, 117.5];
const DEFAULT_ZOOM = 5;
const POINT_ZOOM = 16;

/**
 * A Leaflet map, loaded only when a page shows one (Leaflet is its own lazy chunk), for sites with
 * map tiles. Shows report points (choosing one opens it) over the choropleth of the city's areas,
 * or, as a picker, emits the clicked point. Positions are set by script through element.style,
 * which the strict CSP allows; its CSS is in leaflet-map.css. Keyboard: the map takes focus
 * (arrows pan, +/− zoom, Enter marks the middle as the point in a picker); the lists, tables and
 * fields beside it are the accessible way to reach the same content.
 */
@Component({
  selector: 'wk-leaflet-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './leaflet-map.css',
  template: `
    <div #canvas class="wk-map__canvas" role="region" [attr.aria-label]="label()"></div>
    @if (failed()) {
      <p class="wk-field__error">{{ i18n.t('reports.map.loadError') }}</p>
    }
  `,
})
export class LeafletMap {
  readonly tileUrl = input.required<string>();
  readonly label = input.required<string>();
  readonly points = input<readonly MapPoint[]>([]);
  readonly picked = input<LatLng | null>(null);
  readonly picker = input(false, { transform: booleanAttribute });
  /** The choropleth under the points. */
  readonly areas = input<readonly LeafletArea[] | null>(null);
  /** [west, south, east, north] to show at first (the city), instead of the whole country. */
  readonly bounds = input<readonly number[] | null>(null);
  readonly pick = output<LatLng>();

  protected readonly i18n = inject(I18n);
  protected readonly failed = signal(false);
  private readonly router = inject(Router);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly ready = signal<{ L: LeafletModule; map: Leaflet.Map; layer: Leaflet.LayerGroup; areas: Leaflet.LayerGroup } | null>(
    null,
  );

  constructor() {
    afterNextRender(() => void this.start());
    inject(DestroyRef).onDestroy(() => this.ready()?.map.remove());
    effect(() => {
      const ready = this.ready();
      if (ready) this.drawAreas(ready.L, ready.areas, this.areas());
    });
    effect(() => {
      const ready = this.ready();
      if (ready) this.draw(ready.L, ready.map, ready.layer, this.points(), this.picked());
    });
    effect(() => {
      const ready = this.ready();
      const bounds = this.bounds();
      if (ready && bounds?.length === 4 && !this.points().length && !this.picked()) {
        ready.map.fitBounds([
          [bounds[1], bounds[0]],
          [bounds[3], bounds[2]],
        ]);
      }
    });
  }

  private async start(): Promise<void> {
    try {
      const L = (await import('leaflet/dist/leaflet-src.esm.js')) as LeafletModule;
      const map = L.map(this.canvas().nativeElement, {
        center: DEFAULT_CENTER,
        zoom: DEFAULT_ZOOM,
        zoomControl: false,
        attributionControl: false,
      });
      L.control.zoom({ zoomInTitle: this.i18n.t('reports.map.zoomIn'), zoomOutTitle: this.i18n.t('reports.map.zoomOut') }).addTo(map);
      L.control.attribution({ prefix: false }).addAttribution(tileAttribution(this.tileUrl())).addTo(map);
      L.tileLayer(this.tileUrl(), { maxZoom: 19 }).addTo(map);
      if (this.picker()) {
        map.getContainer().classList.add('leaflet-crosshair');
        map.on('click', (event: Leaflet.LeafletMouseEvent) =>
          this.pick.emit({ latitude: round(event.latlng.lat), longitude: round(event.latlng.lng) }),
        );
        // Without a pointer: Enter marks the middle of the map.
        map.getContainer().addEventListener('keydown', (event: KeyboardEvent) => {
          if (event.key !== 'Enter' || event.target !== map.getContainer()) return;
          event.preventDefault();
          const center = map.getCenter();
          this.pick.emit({ latitude: round(center.lat), longitude: round(center.lng) });
        });
      }
      this.ready.set({ L, map, areas: L.layerGroup().addTo(map), layer: L.layerGroup().addTo(map) });
    } catch {
      this.failed.set(true);
    }
  }

  private drawAreas(L: LeafletModule, layer: Leaflet.LayerGroup, areas: readonly LeafletArea[] | null): void {
    layer.clearLayers();
    for (const area of areas ?? []) {
      const data = { type: 'Feature', properties: {}, geometry: area.geometry } as unknown as Parameters<LeafletModule['geoJSON']>[0];
      L.geoJSON(data, {
        interactive: false,
        style: { color: '#5f6670', weight: 0.6, fillColor: area.fill ?? '#d5d9de', fillOpacity: area.fill ? 0.65 : 0.35 },
      }).addTo(layer);
    }
  }

  private draw(L: LeafletModule, map: Leaflet.Map, layer: Leaflet.LayerGroup, points: readonly MapPoint[], picked: LatLng | null): void {
    layer.clearLayers();
    const style = { radius: 8, color: '#073763', weight: 2, fillColor: '#0b5394', fillOpacity: 0.85 };
    for (const point of points) {
      const marker = L.circleMarker([point.latitude, point.longitude], style).bindTooltip(point.label).addTo(layer);
      if (point.link) marker.on('click', () => void this.router.navigateByUrl(point.link));
    }
    if (picked) {
      L.circleMarker(
        [picked.latitude, picked.longitude],
        Object.assign({}, style, { radius: 10, color: '#8a1c16', fillColor: '#b3261e' }),
      ).addTo(layer);
      if (!map.getBounds().contains([picked.latitude, picked.longitude]) || map.getZoom() < 12)
        map.setView([picked.latitude, picked.longitude], POINT_ZOOM);
    } else if (points.length) {
      map.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number])), {
        maxZoom: POINT_ZOOM,
        padding: [24, 24],
      });
    }
  }
}

/** Six decimals (about 10 cm), as the API stores them. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
