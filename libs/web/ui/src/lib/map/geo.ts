import type { WkMapGeometry, WkPosition } from './types';

/** Projected coordinates: metres east of the west edge and south of the north edge (y grows downwards, as on screen). */
export type WkXY = readonly [number, number];

/** [minX, minY, maxX, maxY] in projected units. */
export type WkBounds = readonly [number, number, number, number];

/** About this many metres in one degree of latitude (and of longitude at the equator). */
const METRES_PER_DEGREE = 111_320;

/**
 * An equirectangular projection for one city: longitudes are scaled by the cosine of the
 * bounding box's middle latitude, so that a kilometre is about as long east–west as north–south
 * (a city spans a fraction of a degree: the error is far below a pixel). Units are metres.
 */
export interface WkProjection {
  project(position: WkPosition): WkXY;
  unproject(xy: WkXY): WkPosition;
  /** The bounding box in projected units. */
  readonly bounds: WkBounds;
}

/** `bbox` is [west, south, east, north] in degrees, as in GeoJSON. */
export function equirectangular(bbox: readonly number[]): WkProjection {
  const [west, south, east, north] = bbox;
  const kx = METRES_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  return {
    project: ([lng, lat]) => [(lng - west) * kx, (north - lat) * ky],
    unproject: ([x, y]) => [west + x / kx, north - y / ky],
    bounds: [0, 0, (east - west) * kx, (north - south) * ky],
  };
}

/** The polygons of a geometry, each a list of rings (the first the outline, the others holes). */
export function polygonsOf(geometry: WkMapGeometry): WkPosition[][][] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[][];
  return polygons.map((rings) =>
    (Array.isArray(rings) ? rings : [])
      .filter((ring): ring is unknown[] => Array.isArray(ring))
      .map((ring) =>
        ring.filter((p): p is WkPosition => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])),
      ),
  );
}

/**
 * SVG path data of a geometry in projected units, rounded to whole metres (a few decimals fewer
 * than the GeoJSON, the same shape on screen); points that round onto the previous one are dropped.
 */
export function pathData(geometry: WkMapGeometry, projection: WkProjection): string {
  let d = '';
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let part = '';
      let count = 0;
      let last = '';
      for (const position of ring) {
        const [x, y] = projection.project(position);
        const xy = `${Math.round(x)} ${Math.round(y)}`;
        if (xy === last) continue;
        part += (count === 0 ? 'M' : 'L') + xy;
        last = xy;
        count += 1;
      }
      if (count >= 3) d += `${part}Z`;
    }
  }
  return d;
}

/** The projected bounds of a geometry; null when it has no points. */
export function boundsOf(geometry: WkMapGeometry, projection: WkProjection): WkBounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon)
      for (const position of ring) {
        const [x, y] = projection.project(position);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/** Whether a [longitude, latitude] lies inside the geometry (even–odd rule, so holes are outside). */
export function containsPosition(geometry: WkMapGeometry, [lng, lat]: WkPosition): boolean {
  let inside = false;
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** Six decimals (about 10 cm), as the API stores coordinates. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
