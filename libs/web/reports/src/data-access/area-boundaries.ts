import type { ReportMapPointDto } from '@walikota/shared-contracts';
import type { WkMapPoint } from '@walikota/web-ui';

/** The city's outlines and the figures per area live in web-core (petitions draw them too). */
export { AreaBoundaries, countsByArea } from '@walikota/web-core';
export type { BoundariesState } from '@walikota/web-core';

/** The map's points: each report links to its tracking page. */
export function reportPoints(points: readonly ReportMapPointDto[]): WkMapPoint[] {
  return points.map((p) => ({
    id: p.code,
    latitude: p.latitude,
    longitude: p.longitude,
    label: `${p.code} · ${p.title}`,
    link: `/lacak/${p.code}`,
  }));
}
