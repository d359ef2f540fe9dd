import { isPlatformServer } from '@angular/common';
import { Injectable, PLATFORM_ID, inject, signal } from '@angular/core';
import type { AreaBoundariesDto } from '@walikota/shared-contracts';
import { API } from './api';
import { toApiProblem } from './api-error';

/** Where the city's outlines stand: not asked yet, on their way, here, absent from this deployment (404), or failed. */
export type BoundariesState = 'idle' | 'loading' | 'ready' | 'unavailable' | 'error';

/**
 * The city's kecamatan and kelurahan polygons (`GET /api/areas/boundaries`), loaded once per visit
 * and only by pages that draw a map. A 404 means this municipality has no polygons: the pages
 * then fall back to the tile map or to the lists.
 *
 * Never on the server: the polygons are half a megabyte, which a page rendered on the server would
 * carry twice (drawn, and as data for the browser). The map is drawn once the page runs in the
 * browser; the figures it shows are in tables on the page already.
 */
@Injectable({ providedIn: 'root' })
export class AreaBoundaries {
  private readonly api = inject(API);
  private readonly server = isPlatformServer(inject(PLATFORM_ID));
  private started: Promise<void> | null = null;

  readonly value = signal<AreaBoundariesDto | null>(null);
  readonly state = signal<BoundariesState>('idle');

  /** Starts loading once; after a failure (not a 404) the next call tries again. */
  load(): Promise<void> {
    if (this.server) return Promise.resolve();
    this.started ??= (async () => {
      this.state.set('loading');
      try {
        this.value.set(await this.api.getAreaBoundaries());
        this.state.set('ready');
      } catch (error) {
        const unavailable = toApiProblem(error).status === 404;
        this.state.set(unavailable ? 'unavailable' : 'error');
        if (!unavailable) this.started = null;
      }
    })();
    return this.started;
  }
}

/**
 * A figure for every area of one level the map draws: the API lists only areas with reports (or signatures), so
 * the others count 0 (not "no data").
 */
export function countsByArea(
  boundaries: AreaBoundariesDto,
  level: 'kelurahan' | 'kecamatan',
  counts: readonly (readonly [areaId: string, count: number])[],
): Map<string, number> {
  const byArea = new Map<string, number>();
  for (const feature of boundaries.features) {
    if (feature.properties.level === level && feature.properties.areaId) byArea.set(feature.properties.areaId, 0);
  }
  for (const [areaId, count] of counts) if (byArea.has(areaId)) byArea.set(areaId, count);
  return byArea;
}
