import { areaClasses, areaFills } from './choropleth';
import type { WkMapFeature } from './types';

const feature = (id: string, areaId: string | null, level: string, parentId: string | null = null): WkMapFeature => ({
  id,
  properties: { areaId, name: id, level, parentId, centroid: [0, 0] },
  geometry: { type: 'Polygon', coordinates: [] },
});

describe('choropleth', () => {
  const features = [
    feature('city', null, 'municipality'),
    feature('K1', 'k1', 'kecamatan'),
    feature('K2', 'k2', 'kecamatan'),
    feature('K3', 'k3', 'kecamatan'),
    feature('A', 'a', 'kelurahan', 'k1'),
    feature('B', 'b', 'kelurahan', 'k1'),
    feature('C', 'c', 'kelurahan', 'k2'),
    feature('X', null, 'kelurahan', 'k2'),
  ];

  it('fills kelurahan by their own value, and marks those without one as no data', () => {
    const values = new Map([
      ['a', 0],
      ['b', 5],
    ]);
    const classes = areaClasses(features, values, 'kelurahan');
    expect(classes).toEqual([
      { min: 0, max: 0 },
      { min: 5, max: 5 },
    ]);
    expect([...areaFills(features, values, 'kelurahan', classes)]).toEqual([
      ['K3', 'none'],
      ['A', 0],
      ['B', 4],
      ['C', 'none'],
      ['X', 'none'],
    ]);
  });

  it('fills kelurahan with their kecamatan’s value, and a kecamatan without kelurahan by itself', () => {
    const values = new Map([
      ['k1', 2],
      ['k2', 7],
      ['k3', 0],
    ]);
    const classes = areaClasses(features, values, 'kecamatan');
    expect(classes).toHaveLength(3);
    expect([...areaFills(features, values, 'kecamatan', classes)]).toEqual([
      ['K3', 0],
      ['A', 2],
      ['B', 2],
      ['C', 4],
      ['X', 4],
    ]);
  });
});
