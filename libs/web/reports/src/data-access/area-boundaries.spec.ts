import type { AreaBoundariesDto, AreaFeatureDto } from '@walikota/shared-contracts';
import { countsByArea, reportPoints } from './area-boundaries';

const feature = (areaId: string | null, level: AreaFeatureDto['properties']['level']): AreaFeatureDto => ({
  type: 'Feature',
  id: areaId ?? 'city',
  properties: { areaId, code: areaId ?? '33.74', name: areaId ?? 'Kota', level, parentId: null, centroid: [110.4, -7] },
  geometry: { type: 'Polygon', coordinates: [] },
});
const boundaries: AreaBoundariesDto = {
  type: 'FeatureCollection',
  bbox: [110.26, -7.12, 110.51, -6.93],
  attribution: 'Batas wilayah',
  features: [feature(null, 'municipality'), feature('kec-1', 'kecamatan'), feature('kel-1', 'kelurahan'), feature('kel-2', 'kelurahan')],
};

describe(countsByArea.name, () => {
  it('counts every area of the level, 0 where the API lists none, and ignores unknown areas', () => {
    expect([
      ...countsByArea(boundaries, 'kelurahan', [
        ['kel-2', 4],
        ['elsewhere', 9],
      ]),
    ]).toEqual([
      ['kel-1', 0],
      ['kel-2', 4],
    ]);
    expect([...countsByArea(boundaries, 'kecamatan', [])]).toEqual([['kec-1', 0]]);
  });
});

describe(reportPoints.name, () => {
  it('links each point to its tracking page and names it by code and title', () => {
    expect(
      reportPoints([{ code: 'LPR-2026-000001', title: 'Lampu mati', status: 'verified', latitude: -6.99, longitude: 110.42 }]),
    ).toEqual([
      { id: 'LPR-2026-000001', latitude: -6.99, longitude: 110.42, label: 'LPR-2026-000001 · Lampu mati', link: '/lacak/LPR-2026-000001' },
    ]);
  });
});
