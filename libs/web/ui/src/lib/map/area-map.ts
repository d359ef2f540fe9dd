import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  booleanAttribute,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkButton } from '../button';
import { WkColumn, wkId } from '../types';
import { areaClasses, areaFills } from './choropleth';
import { clusterPoints } from './cluster';
import { WkBounds, WkXY, boundsOf, containsPosition, equirectangular, pathData, roundCoordinate } from './geo';
import { labelWidth, placeLabels } from './labels';
import { WkMapLegend } from './map-legend';
import { WkMapTable, WkMapTableRow, areaTableRows } from './map-table';
import { WkLatLng, WkMapFeature, WkMapLevel, WkMapMode, WkMapPoint } from './types';
import { WkSize, WkView, clampCenter, fitBounds, fromScreen, onScreen, panBy, toScreen, viewBox, zoomAround } from './view';

/** Points closer than this (pixels) at the current zoom become one circle with a count. */
const CLUSTER_RADIUS = 36;
const POINT_RADIUS = 7;
/** One arrow key press moves the map this many pixels. */
const KEY_PAN = 64;
/** The closest zoom: 2.5 pixels per metre. */
const MAX_SCALE = 2.5;
/** Zoom (times the whole-city view) to show a marked point or a chosen area at, at most. */
const POINT_ZOOM = 8;
const AREA_ZOOM = 24;
/** Below this many pixels per metre the kecamatan are labelled, above it the kelurahan. */
const KELURAHAN_LABELS = 0.06;

interface Shape {
  key: string;
  areaId: string | null;
  parentId: string | null;
  name: string;
  d: string;
  feature: WkMapFeature;
  bounds: WkBounds | null;
  centroid: WkXY | null;
}

interface Group extends Shape {
  kelurahan: Shape[];
}

interface Marker {
  key: string;
  x: number;
  y: number;
  r: number;
  members: WkMapPoint[];
  positions: WkXY[];
}

/** What the view should be: the whole city (null), some bounds to fit (resolved for the current size), or a view the user moved to. */
type ViewRequest = WkView | { fit: WkBounds; zoom: number; at?: WkXY } | null;

/**
 * The city's kecamatan and kelurahan as inline SVG, from GeoJSON (equirectangular, no tiles, no
 * request leaving the site), with pan and zoom (drag, wheel, pinch, arrow and +/− keys, labelled
 * buttons), points clustered at the current zoom, a choropleth of values per area with its legend
 * and table, and a picker mode. The map takes focus: the cross-hair in its middle is where Enter
 * acts (places the point, or chooses the point or cluster under it), and every move is said in a
 * live region, so it works without a mouse and without sight.
 *
 * Kecamatan outlines are drawn from their kelurahan (thick strokes under each kecamatan's fills,
 * whose inner half the fills cover), so they follow the detailed kelurahan boundaries.
 */
@Component({
  selector: 'wk-area-map',
  imports: [RouterLink, WkButton, WkMapLegend, WkMapTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-area-map', '[class.wk-area-map--small]': 'size() === "small"', '[class.wk-area-map--pick]': 'mode() === "pick"' },
  template: `
    <div class="wk-map__frame">
      <div
        #viewport
        class="wk-map__viewport"
        tabindex="0"
        role="group"
        [attr.aria-roledescription]="i18n.t('ui.map.roledescription')"
        [attr.aria-label]="label()"
        [attr.aria-describedby]="helpId"
        (keydown)="key($event)"
        (pointerdown)="pointerDown($event)"
        (pointermove)="pointerMove($event)"
        (pointerup)="pointerUp($event)"
        (pointercancel)="pointerCancel($event)"
        (wheel)="wheel($event)"
      >
        <svg class="wk-map__svg" role="img" [attr.aria-label]="description()" [attr.viewBox]="'0 0 ' + box().width + ' ' + box().height">
          <svg [attr.viewBox]="viewBoxText()" [attr.width]="box().width" [attr.height]="box().height" preserveAspectRatio="xMidYMid meet">
            <defs>
              <pattern
                [id]="uid + '-none'"
                patternUnits="userSpaceOnUse"
                [attr.width]="hatch()"
                [attr.height]="hatch()"
                patternTransform="rotate(45)"
              >
                <rect class="wk-map__hatch-bg" [attr.width]="hatch()" [attr.height]="hatch()" />
                <rect class="wk-map__hatch" [attr.width]="hatch() / 3" [attr.height]="hatch()" />
              </pattern>
            </defs>
            @for (group of shapes().groups; track group.key) {
              <g class="wk-map__group" [attr.data-level]="group.areaId ? 'kecamatan' : null" [attr.data-name]="group.name || null">
                @if (group.kelurahan.length) {
                  @for (shape of group.kelurahan; track shape.key) {
                    <path class="wk-map__edge" [attr.d]="shape.d" />
                  }
                  @for (shape of group.kelurahan; track shape.key) {
                    <path
                      data-level="kelurahan"
                      [attr.data-name]="shape.name"
                      [class]="'wk-map__area wk-map__fill--' + (fills().get(shape.key) ?? 'plain')"
                      [attr.fill]="fills().get(shape.key) === 'none' ? noData : null"
                      [attr.d]="shape.d"
                    />
                  }
                } @else {
                  <path
                    [class]="'wk-map__area wk-map__area--alone wk-map__fill--' + (fills().get(group.key) ?? 'plain')"
                    [attr.fill]="fills().get(group.key) === 'none' ? noData : null"
                    [attr.d]="group.d"
                  />
                }
              </g>
            }
          </svg>
          <g aria-hidden="true">
            @for (label of labels(); track label.key) {
              <text
                class="wk-map__label"
                [class.wk-map__label--major]="label.major"
                [attr.x]="label.x"
                [attr.y]="label.y"
                text-anchor="middle"
              >
                {{ label.text }}
              </text>
            }
            @for (marker of markers(); track marker.key) {
              @if (marker.members.length > 1) {
                <g class="wk-map__cluster">
                  <circle [attr.cx]="marker.x" [attr.cy]="marker.y" [attr.r]="marker.r" />
                  <text [attr.x]="marker.x" [attr.y]="marker.y" dy="0.35em" text-anchor="middle">{{ marker.members.length }}</text>
                  <title>{{ i18n.t('ui.map.cluster', { count: marker.members.length }) }}</title>
                </g>
              } @else {
                <circle class="wk-map__point" [attr.cx]="marker.x" [attr.cy]="marker.y" [attr.r]="marker.r">
                  <title>{{ marker.members[0].label }}</title>
                </circle>
              }
            }
            @if (pickedAt(); as at) {
              <g class="wk-map__picked">
                <circle class="wk-map__picked-ring" [attr.cx]="at[0]" [attr.cy]="at[1]" r="11" />
                <circle [attr.cx]="at[0]" [attr.cy]="at[1]" r="9" />
                <circle class="wk-map__picked-dot" [attr.cx]="at[0]" [attr.cy]="at[1]" r="2.5" />
              </g>
            }
          </g>
        </svg>
        <span class="wk-map__crosshair" aria-hidden="true"></span>
        @if (mode() === 'pick' && centerArea(); as name) {
          <span class="wk-map__here" aria-hidden="true">{{ name }}</span>
        }
      </div>
      <div class="wk-map__controls">
        <button
          type="button"
          class="wk-map__control"
          [attr.aria-label]="i18n.t('ui.map.zoomIn')"
          [title]="i18n.t('ui.map.zoomIn')"
          [attr.aria-disabled]="canZoomIn() ? null : 'true'"
          (click)="zoomBy(2)"
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          class="wk-map__control"
          [attr.aria-label]="i18n.t('ui.map.zoomOut')"
          [title]="i18n.t('ui.map.zoomOut')"
          [attr.aria-disabled]="canZoomOut() ? null : 'true'"
          (click)="zoomBy(0.5)"
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          class="wk-map__control"
          [attr.aria-label]="i18n.t('ui.map.reset')"
          [title]="i18n.t('ui.map.reset')"
          (click)="reset()"
        >
          <span class="wk-map__home" aria-hidden="true"></span>
        </button>
      </div>
    </div>
    <p class="wk-map__help" [id]="helpId">{{ help() }}</p>
    <p class="wk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
    @if (selection(); as chosen) {
      <div class="wk-map__selection" role="group" [attr.aria-labelledby]="uid + '-selection'">
        <p [id]="uid + '-selection'" class="wk-map__selection-title">{{ i18n.t('ui.map.selection', { count: chosen.length }) }}</p>
        <ul>
          @for (point of chosen; track point.id) {
            <li>
              @if (point.link) {
                <a [routerLink]="point.link" (click)="pointSelect.emit(point)">{{ point.label }}</a>
              } @else {
                <button wkButton variant="link" type="button" (click)="pointSelect.emit(point)">{{ point.label }}</button>
              }
            </li>
          }
        </ul>
        <button wkButton variant="link" type="button" (click)="selection.set(null)">{{ i18n.t('ui.map.selection.close') }}</button>
      </div>
    }
    @if (legend()) {
      <wk-map-legend
        class="wk-map__legend"
        [title]="legendTitle()"
        [classes]="classes()"
        [format]="format()"
        [points]="points().length > 0"
        [clusters]="points().length > 1"
        [pointLabel]="pointLabel()"
        [picked]="!!picked()"
      />
    }
    @if (values() && tableRows().length) {
      <wk-map-table [caption]="tableCaption() || legendTitle()" [columns]="tableColumns()" [rows]="tableRows()" trackBy="id" />
    }
    @if (attribution()) {
      <p class="wk-map__attribution">{{ attribution() }}</p>
    }
  `,
  styleUrl: './area-map.css',
})
export class WkAreaMap {
  /** The areas: kecamatan and kelurahan features (a municipality feature is not drawn). */
  readonly features = input.required<readonly WkMapFeature[]>();
  /** [west, south, east, north] of the whole map; taken from the features when absent. */
  readonly bbox = input<readonly number[] | null>(null);
  /** The map's accessible name (said when it takes focus). */
  readonly label = input.required<string>();
  /** The picture in words: what it shows and where the figures are (the image's name). */
  readonly summary = input('');
  /** The choropleth: a value per areaId of `valueLevel`; an area without one shows as "no data". */
  readonly values = input<ReadonlyMap<string, number> | null>(null);
  readonly valueLevel = input<WkMapLevel>('kelurahan');
  /** Formats values and class bounds (whole numbers in the reader's language by default). */
  readonly format = input<((value: number) => string) | null>(null);
  readonly legendTitle = input('');
  readonly tableCaption = input('');
  /** Column headings of the table: the area, its kecamatan (for kelurahan), the value. */
  readonly areaLabel = input('');
  readonly parentLabel = input('');
  readonly valueLabel = input('');
  /** A second figure per area for the table only (e.g. resolved beside received). */
  readonly secondary = input<{ label: string; values: ReadonlyMap<string, number> } | null>(null);
  readonly points = input<readonly WkMapPoint[]>([]);
  /** What one point is, for the legend ("Satu laporan"). */
  readonly pointLabel = input('');
  /** The marked point (picker), drawn apart from the other points. */
  readonly picked = input<WkLatLng | null>(null);
  readonly mode = input<WkMapMode>('view');
  /** An areaId to show close up (e.g. the kelurahan just chosen in a form), while nothing is picked. */
  readonly focusArea = input<string | null>(null);
  /** Start zoomed to the points rather than the whole city. */
  readonly fitPoints = input(false, { transform: booleanAttribute });
  readonly size = input<'large' | 'small'>('large');
  /** The boundaries' source, shown under the map. */
  readonly attribution = input('');
  /** A point placed by click, tap or Enter (picker mode), rounded to six decimals. */
  readonly pick = output<WkLatLng>();
  /** A point chosen (its link, if any, is opened too). */
  readonly pointSelect = output<WkMapPoint>();

  protected readonly i18n = inject(I18n);
  private readonly router = inject(Router, { optional: true });
  private readonly destroyRef = inject(DestroyRef);
  protected readonly uid = wkId('map');
  protected readonly helpId = `${this.uid}-help`;
  protected readonly noData = `url(#${this.uid}-none)`;
  private readonly viewport = viewChild.required<ElementRef<HTMLElement>>('viewport');

  protected readonly box = signal<WkSize>({ width: 640, height: 400 }, { equal: (a, b) => a.width === b.width && a.height === b.height });
  private readonly request = signal<ViewRequest>(null);
  protected readonly announcement = signal('');
  protected readonly selection = signal<readonly WkMapPoint[] | null>(null);

  private readonly projection = computed(() => {
    const bbox = this.bbox();
    return equirectangular(bbox && bbox.length === 4 ? bbox : featuresBbox(this.features()));
  });

  protected readonly shapes = computed(() => {
    const projection = this.projection();
    const shape = (feature: WkMapFeature): Shape => {
      const [lng, lat] = feature.properties.centroid;
      return {
        key: feature.id,
        areaId: feature.properties.areaId,
        parentId: feature.properties.parentId,
        name: feature.properties.name,
        d: pathData(feature.geometry, projection),
        feature,
        bounds: boundsOf(feature.geometry, projection),
        centroid: Number.isFinite(lng) && Number.isFinite(lat) ? projection.project([lng, lat]) : null,
      };
    };
    const features = this.features();
    const leaves = features.filter((f) => f.properties.level === 'kelurahan').map(shape);
    const groups: Group[] = features
      .filter((f) => f.properties.level === 'kecamatan')
      .map((f) => ({ ...shape(f), kelurahan: leaves.filter((leaf) => leaf.parentId !== null && leaf.parentId === f.properties.areaId) }));
    const grouped = new Set(groups.flatMap((group) => group.kelurahan));
    const orphans = leaves.filter((leaf) => !grouped.has(leaf));
    if (orphans.length) {
      groups.push({
        key: '~',
        areaId: null,
        parentId: null,
        name: '',
        d: '',
        feature: orphans[0].feature,
        bounds: null,
        centroid: null,
        kelurahan: orphans,
      });
    }
    return { groups, leaves };
  });

  protected readonly classes = computed(() => {
    const values = this.values();
    return values ? areaClasses(this.features(), values, this.valueLevel()) : [];
  });
  /** The fill of each drawn shape: a palette index, 'none' (no data) or 'plain' (no choropleth). */
  protected readonly fills = computed(() => {
    const values = this.values();
    const fills = new Map<string, string>();
    if (!values) return fills;
    for (const [id, fill] of areaFills(this.features(), values, this.valueLevel(), this.classes())) fills.set(id, String(fill));
    return fills;
  });
  protected readonly legend = computed(() => !!this.values() || this.points().length > 0 || !!this.picked());

  private readonly home = computed(() => fitBounds(this.projection().bounds, this.box()));
  private readonly minScale = computed(() => this.home().scale * 0.8);
  private readonly maxScale = computed(() => Math.max(MAX_SCALE, this.home().scale * 4));
  protected readonly view = computed<WkView>(() => {
    const request = this.request();
    if (!request) return this.home();
    if ('fit' in request) {
      const fitted = fitBounds(request.fit, this.box(), 0.1, this.home().scale * request.zoom);
      return request.at ? { cx: request.at[0], cy: request.at[1], scale: fitted.scale } : fitted;
    }
    return request;
  });
  private readonly scale = computed(() => this.view().scale);
  protected readonly viewBoxText = computed(() =>
    viewBox(this.view(), this.box())
      .map((n) => Math.round(n * 100) / 100)
      .join(' '),
  );
  /** The no-data hatching: 8 pixels a stripe pair at any zoom. */
  protected readonly hatch = computed(() => Math.round((8 / this.scale()) * 100) / 100);
  protected readonly canZoomIn = computed(() => this.scale() < this.maxScale() * 0.999);
  protected readonly canZoomOut = computed(() => this.scale() > this.minScale() * 1.001);

  private readonly projected = computed(() => {
    const projection = this.projection();
    return this.points().map((point) => ({ point, xy: projection.project([point.longitude, point.latitude]) }));
  });
  private readonly clusters = computed(() => {
    const scale = this.scale();
    // At the closest zoom only points at (almost) the same place stay together.
    const radius = scale >= this.maxScale() * 0.999 ? 1 : CLUSTER_RADIUS;
    return clusterPoints(this.projected(), (p) => p.xy, radius / scale);
  });
  protected readonly markers = computed<Marker[]>(() => {
    const view = this.view();
    const box = this.box();
    const markers: Marker[] = [];
    for (const cluster of this.clusters()) {
      const [x, y] = toScreen(view, box, [cluster.x, cluster.y]);
      const count = cluster.members.length;
      const r = count === 1 ? POINT_RADIUS : count < 10 ? 13 : count < 100 ? 16 : 19;
      if (!onScreen([x, y], box, r + 2)) continue;
      markers.push({
        key: `${cluster.members[0].point.id}:${count}`,
        x: Math.round(x * 10) / 10,
        y: Math.round(y * 10) / 10,
        r,
        members: cluster.members.map((m) => m.point),
        positions: cluster.members.map((m) => m.xy),
      });
    }
    return markers;
  });
  protected readonly pickedAt = computed<WkXY | null>(() => {
    const picked = this.picked();
    if (!picked) return null;
    const at = toScreen(this.view(), this.box(), this.projection().project([picked.longitude, picked.latitude]));
    return onScreen(at, this.box(), 12) ? at : null;
  });
  protected readonly labels = computed(() => {
    const view = this.view();
    const box = this.box();
    const kelurahan = view.scale >= KELURAHAN_LABELS;
    const areas = kelurahan ? this.shapes().leaves : this.shapes().groups.filter((g) => g.areaId);
    const candidates = areas
      .filter((area) => area.centroid && area.bounds)
      .map((area) => {
        const [x, y] = toScreen(view, box, area.centroid as WkXY);
        const [minX, minY, maxX, maxY] = area.bounds as WkBounds;
        return {
          key: area.key,
          text: area.name,
          major: !kelurahan,
          x,
          y,
          width: labelWidth(area.name),
          height: 14,
          size: (maxX - minX) * (maxY - minY),
        };
      })
      .filter((label) => onScreen([label.x, label.y], box, -label.height))
      .sort((a, b) => b.size - a.size);
    // The buttons' corner is kept clear: a label there would be cut by them.
    const controls = { key: '', text: '', major: false, x: box.width - 30, y: 80, width: 60, height: 160, size: 0 };
    return placeLabels([controls, ...candidates])
      .slice(1)
      .map((index) => {
        const label = candidates[index - 1];
        return { key: label.key, text: label.text, major: label.major, x: Math.round(label.x), y: Math.round(label.y + 4) };
      });
  });

  /** The area under the cross-hair, shown in a corner while picking (said in the live region when moved by keys). */
  protected readonly centerArea = computed(() => {
    const view = this.view();
    const [lng, lat] = this.projection().unproject([view.cx, view.cy]);
    return this.areaNames({ latitude: lat, longitude: lng }).join(', ');
  });
  protected readonly description = computed(() => {
    const picked = this.picked();
    const summary = this.summary() || this.label();
    return picked ? `${summary} ${this.i18n.t('ui.map.pickedPoint')}: ${this.position(picked, 6)}.` : summary;
  });
  protected readonly help = computed(() =>
    [
      this.i18n.t('ui.map.help'),
      this.mode() === 'pick'
        ? this.i18n.t('ui.map.help.pick')
        : this.points().some((p) => p.link) || this.points().length > 1
          ? this.i18n.t('ui.map.help.points')
          : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

  private readonly formatter = computed(() => this.format() ?? ((value: number) => numberFormat(this.i18n.locale()).format(value)));
  protected readonly tableColumns = computed<WkColumn[]>(() => {
    const secondary = this.secondary();
    return [
      { key: 'name', label: this.areaLabel() || this.i18n.t('ui.map.table.area') },
      ...(this.valueLevel() === 'kelurahan' ? [{ key: 'parent', label: this.parentLabel() || this.i18n.t('ui.map.table.parent') }] : []),
      { key: 'value', label: this.valueLabel() || this.legendTitle() || this.i18n.t('ui.map.table.value'), align: 'end' as const },
      ...(secondary ? [{ key: 'secondary', label: secondary.label, align: 'end' as const }] : []),
    ];
  });
  /** The areas by value, highest first (then by name). */
  protected readonly tableRows = computed<WkMapTableRow[]>(() => {
    const values = this.values();
    if (!values) return [];
    return areaTableRows({
      features: this.features(),
      values,
      level: this.valueLevel(),
      format: this.formatter(),
      locale: this.i18n.locale(),
      noData: this.i18n.t('ui.map.legend.noData'),
      secondary: this.secondary()?.values,
    });
  });

  private pointers = new Map<number, WkXY>();
  private gesture: { start: WkXY; view: WkView; moved: boolean; pinch: { distance: number; middle: WkXY } | null } | null = null;

  constructor() {
    afterNextRender(() => {
      const element = this.viewport().nativeElement;
      const measure = () => {
        const rect = element.getBoundingClientRect();
        if (rect.width > 0 && rect.height > 0) this.box.set({ width: Math.round(rect.width), height: Math.round(rect.height) });
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      this.destroyRef.onDestroy(() => observer.disconnect());
    });
    // A point marked (here, or typed into fields elsewhere): brought into view, close enough to check.
    effect(() => {
      const picked = this.picked();
      untracked(() => {
        if (!picked) return;
        const xy = this.projection().project([picked.longitude, picked.latitude]);
        const at = toScreen(this.view(), this.box(), xy);
        const zoom = this.scale() / this.home().scale;
        if (onScreen(at, this.box(), -24) && zoom >= POINT_ZOOM / 2) return;
        this.request.set({ fit: [xy[0], xy[1], xy[0], xy[1]], zoom: Math.max(POINT_ZOOM, zoom) });
      });
    });
    // An area chosen elsewhere (the kelurahan of a form), while no point is marked.
    effect(() => {
      const areaId = this.focusArea();
      const { groups, leaves } = this.shapes();
      untracked(() => {
        if (!areaId || this.picked()) return;
        const area = leaves.find((leaf) => leaf.areaId === areaId) ?? groups.find((group) => group.areaId === areaId);
        const bounds = area?.bounds ?? (area && unionBounds(area as Group));
        // Centred on its label point, which lies inside it (the middle of an odd shape may not).
        if (bounds && area) this.request.set({ fit: bounds, zoom: AREA_ZOOM, at: area.centroid ?? undefined });
      });
    });
    // The points' own view (a report's page shows its point close up).
    effect(() => {
      if (!this.fitPoints()) return;
      const positions = this.projected().map((p) => p.xy);
      untracked(() => {
        const bounds = boundsOfPositions(positions);
        if (bounds) this.request.set({ fit: bounds, zoom: POINT_ZOOM });
      });
    });
  }

  protected zoomBy(factor: number): void {
    if ((factor > 1 && !this.canZoomIn()) || (factor < 1 && !this.canZoomOut())) return;
    const box = this.box();
    this.setView(zoomAround(this.view(), box, factor, [box.width / 2, box.height / 2], this.minScale(), this.maxScale()));
    this.announceCenter();
  }

  protected reset(): void {
    this.request.set(null);
    this.selection.set(null);
    this.announceCenter();
  }

  protected key(event: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => this.pan(KEY_PAN, 0),
      ArrowRight: () => this.pan(-KEY_PAN, 0),
      ArrowUp: () => this.pan(0, KEY_PAN),
      ArrowDown: () => this.pan(0, -KEY_PAN),
      '+': () => this.zoomBy(2),
      '=': () => this.zoomBy(2),
      '-': () => this.zoomBy(0.5),
      _: () => this.zoomBy(0.5),
      Home: () => this.reset(),
      '0': () => this.reset(),
      Enter: () => this.actAt(this.middle(), true),
      ' ': () => this.actAt(this.middle(), true),
      Escape: () => this.selection.set(null),
    };
    const action = event.altKey || event.ctrlKey || event.metaKey ? undefined : actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  protected pointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const element = this.viewport().nativeElement;
    element.setPointerCapture?.(event.pointerId);
    this.pointers.set(event.pointerId, this.at(event));
    const points = [...this.pointers.values()];
    if (points.length === 1) this.gesture = { start: points[0], view: this.view(), moved: false, pinch: null };
    else if (points.length === 2 && this.gesture) {
      this.gesture = {
        start: middle(points),
        view: this.view(),
        moved: true,
        pinch: { distance: distance(points), middle: middle(points) },
      };
    }
  }

  protected pointerMove(event: PointerEvent): void {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    this.pointers.set(event.pointerId, this.at(event));
    const points = [...this.pointers.values()];
    const gesture = this.gesture;
    if (gesture.pinch && points.length >= 2) {
      const now = middle(points);
      const zoomed = zoomAround(
        gesture.view,
        this.box(),
        distance(points) / gesture.pinch.distance,
        gesture.pinch.middle,
        this.minScale(),
        this.maxScale(),
      );
      this.setView(panBy(zoomed, now[0] - gesture.pinch.middle[0], now[1] - gesture.pinch.middle[1]));
      return;
    }
    const dx = points[0][0] - gesture.start[0];
    const dy = points[0][1] - gesture.start[1];
    if (!gesture.moved && Math.hypot(dx, dy) < 5) return;
    gesture.moved = true;
    this.setView(panBy(gesture.view, dx, dy));
  }

  protected pointerUp(event: PointerEvent): void {
    const at = this.pointers.get(event.pointerId) ?? this.at(event);
    this.pointers.delete(event.pointerId);
    const gesture = this.gesture;
    if (this.pointers.size > 0) {
      // A pinch ends with one finger still down: it drags on from where it is.
      const [remaining] = [...this.pointers.values()];
      this.gesture = { start: remaining, view: this.view(), moved: true, pinch: null };
      return;
    }
    this.gesture = null;
    if (gesture && !gesture.moved) this.actAt(at, false);
  }

  protected pointerCancel(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    if (!this.pointers.size) this.gesture = null;
  }

  protected wheel(event: WheelEvent): void {
    event.preventDefault();
    const delta = event.deltaMode === 1 ? event.deltaY * 20 : event.deltaY;
    const factor = Math.exp(-Math.max(-300, Math.min(300, delta)) * 0.002);
    this.setView(zoomAround(this.view(), this.box(), factor, this.at(event), this.minScale(), this.maxScale()));
  }

  private pan(dx: number, dy: number): void {
    this.setView(panBy(this.view(), dx, dy));
    this.announceCenter();
  }

  private setView(view: WkView): void {
    this.request.set(clampCenter(view, this.projection().bounds));
  }

  private middle(): WkXY {
    const box = this.box();
    return [box.width / 2, box.height / 2];
  }

  /** A click, a tap or Enter at a pixel position: the marker there, else (picker) a new point. */
  private actAt(at: WkXY, keyboard: boolean): void {
    const slack = keyboard ? 10 : 4;
    const hit = [...this.markers()].reverse().find((m) => Math.hypot(m.x - at[0], m.y - at[1]) <= m.r + slack);
    if (hit && hit.members.length > 1) this.openCluster(hit);
    else if (hit) this.choose(hit.members[0]);
    else if (this.mode() === 'pick') this.pickAt(at);
    else if (keyboard) this.announcement.set(this.i18n.t('ui.map.nothingHere'));
  }

  private openCluster(marker: Marker): void {
    const bounds = boundsOfPositions(marker.positions);
    const view = this.view();
    // How far apart its points would be at the closest zoom: under 2 pixels, they are at the same place.
    const spread = bounds ? Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1]) * this.maxScale() : 0;
    if (!bounds || !this.canZoomIn() || spread < 2) {
      // Points at the same place: listed under the map instead.
      this.selection.set(marker.members);
      this.announcement.set(this.i18n.t('ui.map.selection', { count: marker.members.length }));
      return;
    }
    const fitted = fitBounds(bounds, this.box(), 0.2, this.maxScale());
    this.setView({ cx: fitted.cx, cy: fitted.cy, scale: Math.min(this.maxScale(), Math.max(fitted.scale, view.scale * 2)) });
    this.announcement.set(this.i18n.t('ui.map.zoomedTo', { count: marker.members.length }));
  }

  private choose(point: WkMapPoint): void {
    this.pointSelect.emit(point);
    if (point.link && this.router) void this.router.navigateByUrl(point.link);
  }

  private pickAt(at: WkXY): void {
    const [lng, lat] = this.projection().unproject(fromScreen(this.view(), this.box(), at));
    const point = { latitude: roundCoordinate(lat), longitude: roundCoordinate(lng) };
    this.pick.emit(point);
    this.announcement.set(this.i18n.t('ui.map.picked', { position: this.position(point, 6), area: this.areaAt(point) }));
  }

  /** Says where the middle of the map is now (after keys and buttons; a drag is seen, not said). */
  private announceCenter(): void {
    const [lng, lat] = this.projection().unproject([this.view().cx, this.view().cy]);
    const here = { latitude: lat, longitude: lng };
    const zoom = numberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(this.scale() / this.home().scale);
    const middle = this.middle();
    const hit = this.markers().find((m) => Math.hypot(m.x - middle[0], m.y - middle[1]) <= m.r + 10);
    const what = !hit
      ? ''
      : hit.members.length > 1
        ? this.i18n.t('ui.map.here.cluster', { count: hit.members.length })
        : this.i18n.t('ui.map.here.point', { label: hit.members[0].label });
    this.announcement.set(
      [
        this.i18n.t('ui.map.center', { position: this.position(here, 5), area: this.areaAt(here) }),
        this.i18n.t('ui.map.zoom', { zoom }),
        what,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  /** "Pleburan, Semarang Selatan." — the kelurahan and kecamatan at a point, or "outside". */
  private areaAt(point: WkLatLng): string {
    const names = this.areaNames(point);
    return names.length ? `${names.join(', ')}.` : this.i18n.t('ui.map.outside');
  }

  private areaNames(point: WkLatLng): string[] {
    const position = [point.longitude, point.latitude] as const;
    const xy = this.projection().project(position);
    const inside = (shape: Shape) =>
      !!shape.bounds &&
      xy[0] >= shape.bounds[0] &&
      xy[0] <= shape.bounds[2] &&
      xy[1] >= shape.bounds[1] &&
      xy[1] <= shape.bounds[3] &&
      containsPosition(shape.feature.geometry, position);
    const { groups, leaves } = this.shapes();
    const leaf = leaves.find(inside);
    const group = leaf ? groups.find((g) => g.areaId && g.areaId === leaf.parentId) : groups.find((g) => g.areaId && inside(g));
    return [leaf?.name, group?.name].filter((name): name is string => !!name);
  }

  private position(point: WkLatLng, digits: number): string {
    const format = numberFormat(this.i18n.locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return this.i18n.t('ui.map.position', { latitude: format.format(point.latitude), longitude: format.format(point.longitude) });
  }

  private at(event: MouseEvent): WkXY {
    const rect = this.viewport().nativeElement.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }
}

function middle(points: readonly WkXY[]): WkXY {
  return [(points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2];
}

function distance(points: readonly WkXY[]): number {
  return Math.max(1, Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]));
}

function boundsOfPositions(positions: readonly WkXY[]): WkBounds | null {
  return positions.reduce<WkBounds | null>(
    (b, [x, y]) => (b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y]),
    null,
  );
}

function unionBounds(group: Group): WkBounds | null {
  return group.kelurahan.reduce<WkBounds | null>((b, k) => {
    const o = k.bounds;
    if (!o) return b;
    return b ? [Math.min(b[0], o[0]), Math.min(b[1], o[1]), Math.max(b[2], o[2]), Math.max(b[3], o[3])] : o;
  }, null);
}

/** [west, south, east, north] of all features, when no bbox is given. */
function featuresBbox(features: readonly WkMapFeature[]): number[] {
  const lngs: number[] = [];
  const lats: number[] = [];
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      lngs.push(value[0]);
      lats.push(value[1]);
    } else value.forEach(walk);
  };
  for (const feature of features) walk(feature.geometry.coordinates);
  if (!lngs.length) return [0, -1, 1, 0];
  const positions = lngs.map((lng, i) => [lng, -lats[i]] as const);
  const [west, minusNorth, east, minusSouth] = boundsOfPositions(positions) as WkBounds;
  return [west, -minusSouth, east, -minusNorth];
}
