import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { API, SiteStore } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import {
  WK_MAP_PALETTE,
  WkAlert,
  WkAreaMap,
  WkBadge,
  WkColumn,
  WkMapLegend,
  WkMapTable,
  WkSkeleton,
  areaClasses,
  areaFills,
  areaTableRows,
} from '@walikota/web-ui';
import { AreaBoundaries, countsByArea, reportPoints } from '../../data-access/area-boundaries';
import { MapPoint, mapTileUrl } from '../../data-access/map-tiles';
import { ReportFilters } from '../../data-access/report-filters';
import { LeafletArea, LeafletMap } from './leaflet-map';

/**
 * The "Peta" view of the list: the reports matching the list's filters as a choropleth of counts
 * per kelurahan and clustered points (`GET /api/reports/map`), drawn from the city's own
 * boundaries, with its legend and table; on the tile map instead when the site has tiles; and
 * always the reports of the list loaded so far as a plain list grouped by kelurahan. Without
 * boundaries and tiles the list is the whole view.
 */
@Component({
  selector: 'wk-reports-map',
  imports: [RouterLink, WkAlert, WkAreaMap, WkBadge, WkMapLegend, WkMapTable, WkSkeleton, LeafletMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="wk-visually-hidden">{{ i18n.t('reports.map.caption') }}</h2>
    @if (data.error()) {
      <wk-alert tone="warning">{{ i18n.t('reports.map.dataError') }}</wk-alert>
    }
    @if (data.value()?.truncated) {
      <p class="wk-muted">{{ i18n.t('reports.map.truncated', { count: number(data.value()?.points?.length ?? 0) }) }}</p>
    }
    @if (tileUrl(); as url) {
      <p class="wk-muted">{{ i18n.t('reports.map.lead') }}</p>
      <wk-leaflet-map
        [tileUrl]="url"
        [label]="i18n.t('reports.map.label')"
        [points]="leafletPoints()"
        [areas]="tileAreas()"
        [bounds]="boundaries.value()?.bbox ?? null"
      />
      @if (counts()) {
        <wk-map-legend
          class="legend"
          [title]="i18n.t('reports.map.legend')"
          [classes]="classes()"
          [points]="true"
          [clusters]="false"
          [pointLabel]="i18n.t('reports.map.onePoint')"
        />
        <wk-map-table [caption]="i18n.t('reports.map.legend')" [columns]="tileTable().columns" [rows]="tileTable().rows" trackBy="id" />
      }
    } @else if (boundaries.value(); as b) {
      <p class="wk-muted">{{ i18n.t('reports.map.lead') }}</p>
      <wk-area-map
        [features]="b.features"
        [bbox]="b.bbox"
        [attribution]="b.attribution"
        [label]="i18n.t('reports.map.name')"
        [summary]="summary()"
        [values]="counts()"
        valueLevel="kelurahan"
        [legendTitle]="i18n.t('reports.map.legend')"
        [areaLabel]="i18n.t('reports.field.kelurahan')"
        [parentLabel]="i18n.t('reports.field.kecamatan')"
        [valueLabel]="i18n.t('reports.map.count')"
        [points]="points()"
        [pointLabel]="i18n.t('reports.map.onePoint')"
      />
    } @else if (boundaries.state() === 'unavailable' || boundaries.state() === 'error') {
      <p class="wk-muted">{{ i18n.t('reports.map.noTiles') }}</p>
    } @else {
      <wk-skeleton [lines]="4" />
    }
    @if (groups().length) {
      <p class="list-lead">{{ i18n.t('reports.map.listLead') }}</p>
      @for (group of groups(); track group.areaId) {
        <section class="map-group" [attr.aria-labelledby]="'map-area-' + group.areaId">
          <h3 class="map-group__heading" [id]="'map-area-' + group.areaId">{{ group.name }}</h3>
          <ul class="map-group__list">
            @for (report of group.reports; track report.id) {
              <li>
                <a [routerLink]="['/lacak', report.code]">{{ report.title }}</a>
                <wk-badge [tone]="labels.statusTone(report.status)">{{ labels.status(report.status) }}</wk-badge>
                <span class="wk-muted">
                  {{ report.code }} ·
                  {{ i18n.t('reports.map.point', { latitude: report.latitude ?? '', longitude: report.longitude ?? '' }) }}
                </span>
              </li>
            }
          </ul>
        </section>
      }
    } @else {
      <p class="list-lead">{{ i18n.t('reports.map.none') }}</p>
    }
  `,
  styles: `
    .legend {
      margin-top: var(--space-3);
    }
    .list-lead {
      margin-top: var(--space-5);
    }
    .map-group {
      margin-top: var(--space-5);
    }
    .map-group__heading {
      font-size: 1.125em;
      margin-bottom: var(--space-2);
    }
    .map-group__list {
      margin: 0;
      padding-left: 1.25rem;
    }
    .map-group__list li + li {
      margin-top: var(--space-2);
    }
    .map-group__list wk-badge {
      margin-inline: var(--space-2);
    }
    .map-group__list .wk-muted {
      display: block;
      font-size: var(--font-size-sm);
      overflow-wrap: anywhere;
    }
  `,
})
export class ReportsMap {
  /** The reports of the list loaded so far (the grouped list). */
  readonly reports = input.required<readonly ReportSummaryDto[]>();
  /** The list's filters: the map shows every report matching them. */
  readonly filters = input<ReportFilters>({});

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  private readonly api = inject(API);
  private readonly reference = inject(ReportReference);
  private readonly site = inject(SiteStore);
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly tileUrl = computed(() => mapTileUrl(this.site.site()));

  protected readonly data = resource({
    params: () => this.filters(),
    loader: ({ params }) => this.api.getReportMap(params),
  });
  protected readonly counts = computed(() => {
    const boundaries = this.boundaries.value();
    const data = this.data.value();
    if (!boundaries || !data) return null;
    return countsByArea(
      boundaries,
      'kelurahan',
      data.areas.map((a) => [a.areaId, a.count] as const),
    );
  });
  protected readonly classes = computed(() => {
    const boundaries = this.boundaries.value();
    const counts = this.counts();
    return boundaries && counts ? areaClasses(boundaries.features, counts, 'kelurahan') : [];
  });
  protected readonly points = computed(() => reportPoints(this.data.value()?.points ?? []));
  protected readonly summary = computed(() => {
    const counts = [...(this.counts()?.values() ?? [])];
    const city = this.boundaries.value()?.features.find((f) => f.properties.level === 'municipality')?.properties.name ?? '';
    return this.i18n.t('reports.map.summary', {
      city,
      total: this.number(counts.reduce((sum, n) => sum + n, 0)),
      areas: this.number(counts.filter((n) => n > 0).length),
      points: this.number(this.points().length),
    });
  });

  protected readonly leafletPoints = computed<MapPoint[]>(() =>
    this.points().map((p) => ({ id: p.id, latitude: p.latitude, longitude: p.longitude, label: p.label, link: p.link ?? '' })),
  );
  /** The same choropleth on the tile map. */
  protected readonly tileAreas = computed<LeafletArea[] | null>(() => {
    const boundaries = this.boundaries.value();
    const counts = this.counts();
    if (!boundaries || !counts) return null;
    const fills = areaFills(boundaries.features, counts, 'kelurahan', this.classes());
    return boundaries.features
      .filter((f) => f.properties.level === 'kelurahan')
      .map((f) => {
        const fill = fills.get(f.id);
        return { geometry: f.geometry, name: f.properties.name, fill: fill === undefined || fill === 'none' ? null : WK_MAP_PALETTE[fill] };
      });
  });
  protected readonly tileTable = computed(() => {
    const columns: WkColumn[] = [
      { key: 'name', label: this.i18n.t('reports.field.kelurahan') },
      { key: 'parent', label: this.i18n.t('reports.field.kecamatan') },
      { key: 'value', label: this.i18n.t('reports.map.count'), align: 'end' },
    ];
    const rows = areaTableRows({
      features: this.boundaries.value()?.features ?? [],
      values: this.counts() ?? new Map<string, number>(),
      level: 'kelurahan',
      format: (value) => this.number(value),
      locale: this.i18n.locale(),
      noData: this.i18n.t('ui.map.legend.noData'),
    });
    return { columns, rows };
  });

  protected readonly groups = computed(() => {
    const byArea = new Map<string, ReportSummaryDto[]>();
    for (const report of this.reports()) {
      if (report.latitude === null || report.longitude === null) continue;
      byArea.set(report.areaId, [...(byArea.get(report.areaId) ?? []), report]);
    }
    return [...byArea.entries()]
      .map(([areaId, reports]) => ({
        areaId,
        name: this.reference.kelurahanName(areaId) || this.i18n.t('reports.map.unknownArea'),
        reports,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()));
  });

  constructor() {
    void this.boundaries.load();
  }

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }
}
