import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { SiteStore } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAreaMap, WkMapPoint } from '@walikota/web-ui';
import { AreaBoundaries } from '../../data-access/area-boundaries';
import { MapPoint, mapTileUrl } from '../../data-access/map-tiles';
import { LeafletMap } from './leaflet-map';

/** A small map of one report's point on its tracking page (the coordinates are in its facts too). */
@Component({
  selector: 'wk-report-point-map',
  imports: [WkAreaMap, LeafletMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (tileUrl(); as url) {
      <wk-leaflet-map [tileUrl]="url" [label]="i18n.t('reports.detail.map')" [points]="leafletPoints()" />
    } @else if (boundaries.value(); as b) {
      <wk-area-map
        size="small"
        fitPoints
        [features]="b.features"
        [bbox]="b.bbox"
        [attribution]="b.attribution"
        [label]="i18n.t('reports.detail.map')"
        [summary]="summary()"
        [points]="points()"
        [pointLabel]="i18n.t('reports.map.onePoint')"
      />
    }
  `,
})
export class ReportPointMap {
  readonly latitude = input.required<number>();
  readonly longitude = input.required<number>();
  readonly title = input.required<string>();

  protected readonly i18n = inject(I18n);
  private readonly site = inject(SiteStore);
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly tileUrl = computed(() => mapTileUrl(this.site.site()));
  protected readonly points = computed<WkMapPoint[]>(() => [
    { id: 'report', latitude: this.latitude(), longitude: this.longitude(), label: this.title() },
  ]);
  protected readonly leafletPoints = computed<MapPoint[]>(() => this.points().map((p) => ({ ...p, link: '' })));
  protected readonly summary = computed(() =>
    this.i18n.t('reports.detail.mapSummary', { latitude: this.latitude(), longitude: this.longitude() }),
  );

  constructor() {
    void this.boundaries.load();
  }
}
