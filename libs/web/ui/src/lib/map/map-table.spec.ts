import { areaTableRows } from './map-table';
import type { WkMapFeature } from './types';

const feature = (areaId: string | null, name: string, level: string, parentId: string | null = null): WkMapFeature => ({
  id: name,
  properties: { areaId, name, level, parentId, centroid: [0, 0] },
  geometry: { type: 'Polygon', coordinates: [] },
});

describe(areaTableRows.name, () => {
  const features = [
    feature(null, 'Kota Semarang', 'municipality'),
    feature('k1', 'Semarang Selatan', 'kecamatan'),
    feature('k2', 'Semarang Tengah', 'kecamatan'),
    feature('a', 'Pleburan', 'kelurahan', 'k1'),
    feature('b', 'Wonodri', 'kelurahan', 'k1'),
    feature('c', 'Pekunden', 'kelurahan', 'k2'),
    feature('d', 'Miroto', 'kelurahan', 'k2'),
  ];
  const base = { features, format: (n: number) => `${n}`, locale: 'id-ID', noData: 'Tidak ada data' };

  it('lists the areas of the level by value, highest first, then by name, with their kecamatan', () => {
    const values = new Map([
      ['a', 3],
      ['b', 0],
      ['c', 3],
    ]);
    expect(areaTableRows({ ...base, values, level: 'kelurahan' })).toEqual([
      { id: 'c', name: 'Pekunden', parent: 'Semarang Tengah', value: '3' },
      { id: 'a', name: 'Pleburan', parent: 'Semarang Selatan', value: '3' },
      { id: 'b', name: 'Wonodri', parent: 'Semarang Selatan', value: '0' },
      { id: 'd', name: 'Miroto', parent: 'Semarang Tengah', value: 'Tidak ada data' },
    ]);
  });

  it('adds a second figure', () => {
    const rows = areaTableRows({ ...base, values: new Map([['k1', 5]]), level: 'kecamatan', secondary: new Map([['k1', 2]]) });
    expect(rows).toEqual([
      { id: 'k1', name: 'Semarang Selatan', parent: '', value: '5', secondary: '2' },
      { id: 'k2', name: 'Semarang Tengah', parent: '', value: 'Tidak ada data', secondary: 'Tidak ada data' },
    ]);
  });
});
