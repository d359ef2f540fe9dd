import { SiteDto } from '@walikota/shared-contracts';
import { FormControl, FormGroup } from '@angular/forms';
import { coordinate, mapTileUrl, pointOf, tileAttribution } from './map-tiles';

const site = (mapTileUrl: string | null) =>
  ({ cityName: 'Kota Semarang', municipalityCode: '33.74', timeZone: 'Asia/Jakarta', logoPath: '/logo.svg', mapTileUrl }) as SiteDto;

describe('map helpers', () => {
  it('uses tiles only when the site names a tile template', () => {
    expect(mapTileUrl(site('https://tile.openstreetmap.org/{z}/{x}/{y}.png'))).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(mapTileUrl(site(null))).toBeNull();
    expect(mapTileUrl(null)).toBeNull();
    expect(tileAttribution('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('© OpenStreetMap contributors');
    expect(tileAttribution('https://{s}.tiles.example.id/{z}/{x}/{y}.png')).toBe('tiles.example.id');
  });

  it('reads a point from two fields, with a decimal comma too, and only when both are valid', () => {
    expect(pointOf('-6,9932', ' 110.4203 ')).toEqual({ latitude: -6.9932, longitude: 110.4203 });
    expect(pointOf('-6.99', '')).toBeNull();
    expect(pointOf('95', '110')).toBeNull();
    expect(pointOf('abc', '110')).toBeNull();
  });
});

describe(coordinate.name, () => {
  it('asks for the other coordinate once one is filled, and checks the range', () => {
    const form = new FormGroup({
      latitude: new FormControl('', { nonNullable: true, validators: coordinate(90, 'longitude') }),
      longitude: new FormControl('', { nonNullable: true, validators: coordinate(180, 'latitude') }),
    });
    expect(form.valid).toBe(true);
    form.controls.latitude.setValue('-6,99');
    form.controls.longitude.updateValueAndValidity();
    expect(form.controls.longitude.errors).toEqual({ required: true });
    form.controls.longitude.setValue('190');
    expect(form.controls.longitude.errors).toEqual({ invalid: true });
    form.controls.longitude.setValue('110.42');
    expect(form.valid).toBe(true);
  });
});
