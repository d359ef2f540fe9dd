import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { SiteDto } from '@walikota/shared-contracts';

/** A point to show on a map: a report with a location. */
export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  /** Router link opened when the point is chosen. */
  link: string;
}

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** The site's tile URL template; null: no external tiles, so no map, only coordinates. */
export function mapTileUrl(site: SiteDto | null): string | null {
  const url = site?.mapTileUrl;
  return url && url.includes('{z}') ? url : null;
}

/** The attribution tile providers ask for (OpenStreetMap's licence requires it). */
export function tileAttribution(url: string): string {
  if (/openstreetmap\.(org|fr)/.test(url)) return '© OpenStreetMap contributors';
  const host = /^https?:\/\/([^/]+)\//.exec(url)?.[1];
  return host ? host.replace('{s}.', '') : '';
}

/** A coordinate as typed (a decimal comma is accepted), or null. */
export function parseCoordinate(value: string | null | undefined): number | null {
  const text = (value ?? '').trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** The point two fields hold, when both are valid coordinates. */
export function pointOf(latitude: string | null | undefined, longitude: string | null | undefined): LatLng | null {
  const lat = parseCoordinate(latitude);
  const lng = parseCoordinate(longitude);
  return lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { latitude: lat, longitude: lng } : null;
}

/** A coordinate field: empty, or a number within ±limit; required when its partner is filled. */
export function coordinate(limit: number, partner: 'latitude' | 'longitude') {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value.trim();
    if (!value) return control.parent?.get(partner)?.value.trim() ? { required: true } : null;
    const number = parseCoordinate(value);
    return number === null || Math.abs(number) > limit ? { invalid: true } : null;
  };
}
