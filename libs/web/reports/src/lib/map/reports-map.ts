import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { SiteStore } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkBadge } from '@walikota/web-ui';
import { MapPoint, mapTileUrl } from '../../data-access/map-tiles';
import { LeafletMap } from './leaflet-map';

/**
 * The "Peta" view of the list: the reports with a location on a map when the site has tiles,
 * and always as a plain list grouped by kelurahan (the accessible way, and the whole view
 * when there are no tiles).
 */
@Component({
  selector: 'wk-reports-map',
  imports: [RouterLink, WkBadge, LeafletMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="wk-visually-hidden">{{ i18n.t('reports.map.caption') }}</h2>
    @if (tileUrl(); as url) {
      <p class="wk-muted">{{ i18n.t('reports.map.lead') }}</p>
      <wk-leaflet-map [tileUrl]="url" [label]="i18n.t('reports.map.label')" [points]="points()" />
    } @else {
      <p class="wk-muted">{{ i18n.t('reports.map.noTiles') }}</p>
    }
    @if (groups().length) {
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
      <p>{{ i18n.t('reports.map.none') }}</p>
    }
  `,
  styles: `
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
  readonly reports = input.required<readonly ReportSummaryDto[]>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  private readonly reference = inject(ReportReference);
  private readonly site = inject(SiteStore);
  protected readonly tileUrl = computed(() => mapTileUrl(this.site.site()));
  private readonly located = computed(() => this.reports().filter((r) => r.latitude !== null && r.longitude !== null));
  protected readonly points = computed<MapPoint[]>(() =>
    this.located().map((r) => ({
      id: r.id,
      latitude: r.latitude ?? 0,
      longitude: r.longitude ?? 0,
      label: `${r.code} · ${r.title}`,
      link: `/lacak/${r.code}`,
    })),
  );
  protected readonly groups = computed(() => {
    const byArea = new Map<string, ReportSummaryDto[]>();
    for (const report of this.located()) byArea.set(report.areaId, [...(byArea.get(report.areaId) ?? []), report]);
    return [...byArea.entries()]
      .map(([areaId, reports]) => ({
        areaId,
        name: this.reference.kelurahanName(areaId) || this.i18n.t('reports.map.unknownArea'),
        reports,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()));
  });
}
