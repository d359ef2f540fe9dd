/**
 * Plane geometry on WGS 84 coordinates, enough to answer "which kelurahan is this point in" for
 * one city: polygons of a few hundred vertices each, a few hundred of them. At this scale the
 * earth is flat to well under a metre, and a bounding-box test first keeps the lookup cheap.
 */

/** `[longitude, latitude]`, as GeoJSON writes them. */
export type Position = readonly [number, number];
/** The outer ring first, then holes; each ring closed (first position = last). */
export type PolygonCoordinates = readonly (readonly Position[])[];

export type Geometry =
  | { readonly type: 'Polygon'; readonly coordinates: PolygonCoordinates }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly PolygonCoordinates[] };

/** `[west, south, east, north]`. */
export type BoundingBox = readonly [number, number, number, number];

function polygonsOf(geometry: Geometry): readonly PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function boundingBox(geometry: Geometry): BoundingBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygonsOf(geometry))
    for (const [lng, lat] of polygon[0] ?? []) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [west, south, east, north];
}

export function inBoundingBox([lng, lat]: Position, [west, south, east, north]: BoundingBox): boolean {
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** Even–odd ray casting: a point on an edge may fall either way (the neighbour then claims it). */
function inRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the polygons' outer rings and outside that polygon's holes. */
export function containsPoint(geometry: Geometry, point: Position): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)),
  );
}

/** Squared distance in degrees, corrected for the shorter longitude degrees away from the equator. */
export function squaredDistance([lng1, lat1]: Position, [lng2, lat2]: Position): number {
  const dx = (lng1 - lng2) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dy = lat1 - lat2;
  return dx * dx + dy * dy;
}

/** The geometry with each coordinate rounded (5 decimals: about a metre), for sending to browsers. */
export function roundGeometry(geometry: Geometry, decimals = 5): Geometry {
  const factor = 10 ** decimals;
  const round = (polygon: PolygonCoordinates): PolygonCoordinates =>
    polygon.map((ring) => ring.map(([lng, lat]): Position => [Math.round(lng * factor) / factor, Math.round(lat * factor) / factor]));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: round(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(round) };
}
