import { WkMapClass, classBreaks, classIndex, paletteIndex } from './classes';
import type { WkMapFeature, WkMapLevel } from './types';

/** The classes of the values of the areas of `level` that the map draws. */
export function areaClasses(features: readonly WkMapFeature[], values: ReadonlyMap<string, number>, level: WkMapLevel): WkMapClass[] {
  const found: number[] = [];
  for (const f of features) {
    const value = f.properties.level === level && f.properties.areaId ? values.get(f.properties.areaId) : undefined;
    if (value !== undefined) found.push(value);
  }
  return classBreaks(found);
}

/**
 * The fill of each kelurahan (by feature id): a palette index 0–4, or 'none' (no data). With
 * values per kecamatan, a kelurahan takes its kecamatan's fill, so the kecamatan reads as one
 * area drawn with the kelurahan's detailed outlines. A kecamatan without kelurahan gets its own.
 */
export function areaFills(
  features: readonly WkMapFeature[],
  values: ReadonlyMap<string, number>,
  level: WkMapLevel,
  classes: readonly WkMapClass[],
): Map<string, number | 'none'> {
  const fill = (areaId: string | null): number | 'none' => {
    const index = classIndex(areaId ? values.get(areaId) : undefined, classes);
    return index === null ? 'none' : paletteIndex(index, classes.length);
  };
  const fills = new Map<string, number | 'none'>();
  const withKelurahan = new Set(features.filter((f) => f.properties.level === 'kelurahan').map((f) => f.properties.parentId));
  for (const f of features) {
    const { level: own, areaId, parentId } = f.properties;
    if (own === 'kelurahan') fills.set(f.id, fill(level === 'kelurahan' ? areaId : parentId));
    else if (own === 'kecamatan' && !withKelurahan.has(areaId)) fills.set(f.id, level === 'kecamatan' ? fill(areaId) : 'none');
  }
  return fills;
}
