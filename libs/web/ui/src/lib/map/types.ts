/**
 * The map's inputs, kept generic: GeoJSON areas with a portal id, values by area id, points with
 * an optional router link. The API's `AreaFeatureDto` fits `WkMapFeature` as it is.
 */

/** [longitude, latitude], as in GeoJSON. */
export type WkPosition = readonly [number, number];

export interface WkMapGeometry {
  type: 'Polygon' | 'MultiPolygon';
  /** GeoJSON coordinates: the rings of a Polygon, or the polygons of a MultiPolygon. */
  coordinates: readonly unknown[];
}

/** One area of the map: a GeoJSON Feature whose properties name it and place it in the hierarchy. */
export interface WkMapFeature {
  id: string;
  properties: {
    /** The portal's id of the area (values are keyed by it); null for an area the portal does not know. */
    areaId: string | null;
    name: string;
    /** `municipality`, `kecamatan` or `kelurahan`: the city, its districts, their villages. */
    level: string;
    /** For a kelurahan: the areaId of its kecamatan. */
    parentId: string | null;
    /** [longitude, latitude] of a point inside the area, for its label. */
    centroid: readonly number[];
  };
  geometry: WkMapGeometry;
}

export interface WkLatLng {
  latitude: number;
  longitude: number;
}

/** A point on the map (a report with a location); choosing it emits it and opens `link` if it has one. */
export interface WkMapPoint extends WkLatLng {
  id: string;
  /** What the point is, e.g. "LPR-2026-000123 · Lampu jalan mati" (its tooltip and list entry). */
  label: string;
  /** A router link opened when the point is chosen. */
  link?: string;
}

/** What the map shows on the city's areas: `areas` alone, or a choropleth of values per kelurahan or kecamatan. */
export type WkMapLevel = 'kecamatan' | 'kelurahan';

/** `view`: look and choose points; `pick`: a click, or Enter at the centre, places a point. */
export type WkMapMode = 'view' | 'pick';
