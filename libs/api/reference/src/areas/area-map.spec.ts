import { TestApp, createTestApp } from '@walikota/api-testing';
import { ReferenceModule } from '../reference.module';
import { ReferenceSeedService } from '../seed/reference-seed.service';
import { AreaBoundariesDto, AreaLocationDto } from './area-map.dto';

// Known places of Kota Semarang, [latitude, longitude].
const SIMPANG_LIMA = [-6.9903, 110.4229];
// The label point the boundary data gives for kelurahan Miroto.
const MIROTO = [-6.98371, 110.418688];
const JAVA_SEA = [-6.9, 110.42];
const UNGARAN = [-7.14, 110.405];

describe('the city on a map (GET /api/areas/boundaries, /api/areas/locate)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule] });
    await t.app.get(ReferenceSeedService).seed();
  });
  afterAll(() => t.close());

  const locate = (latitude: unknown, longitude: unknown, lang = 'id') =>
    t.http().get(`/api/areas/locate?latitude=${latitude}&longitude=${longitude}`).set('Accept-Language', lang);

  it('puts Simpang Lima in Pleburan, Semarang Selatan, with the portal’s area ids', async () => {
    const place: AreaLocationDto = (await locate(SIMPANG_LIMA[0], SIMPANG_LIMA[1]).expect(200)).body;
    expect(place).toMatchObject({ kelurahanName: 'Pleburan', kecamatanName: 'Semarang Selatan' });
    const [kelurahan] = await t.dataSource.query('SELECT id, parent_id AS "parentId" FROM area WHERE code = $1', [place.kelurahanCode]);
    expect(place.kelurahanId).toBe(kelurahan.id);
    expect(place.kecamatanId).toBe(kelurahan.parentId);
    expect((await locate(MIROTO[0], MIROTO[1]).expect(200)).body).toMatchObject({
      kelurahanName: 'Miroto',
      kecamatanName: 'Semarang Tengah',
    });
  });

  it('refuses a point at sea or beyond the city with a 400 that names the field and the city', async () => {
    for (const [latitude, longitude] of [JAVA_SEA, UNGARAN, [0, 0]]) {
      const res = await locate(latitude, longitude).expect(400);
      expect(res.body.details).toEqual([
        expect.objectContaining({
          field: 'latitude',
          code: 'point_outside_city',
          message: 'Titik ini berada di luar wilayah Kota Semarang. Pilih titik di dalam kota.',
        }),
      ]);
    }
    const english = await locate(JAVA_SEA[0], JAVA_SEA[1], 'en').expect(400);
    expect(english.body.details[0].message).toBe('This point lies outside Kota Semarang. Choose a point inside the city.');
  });

  it('refuses a missing, non-numeric or impossible coordinate with a 400 naming it', async () => {
    const missing = await t.http().get('/api/areas/locate?latitude=-6.99').expect(400);
    expect(missing.body.details).toContainEqual(
      expect.objectContaining({ field: 'longitude', message: 'Kolom «Garis bujur» wajib diisi.' }),
    );
    expect((await locate('selatan', 110.42).expect(400)).body.details[0]).toMatchObject({ field: 'latitude', code: 'isLatitude' });
    expect((await locate(-6.99, 190).expect(400)).body.details[0]).toMatchObject({ field: 'longitude', code: 'isLongitude' });
  });

  it('gives anyone the municipality, its 16 kecamatan and 177 kelurahan as GeoJSON, cacheable', async () => {
    const res = await t.http().get('/api/areas/boundaries').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const map: AreaBoundariesDto = res.body;
    expect(map.type).toBe('FeatureCollection');
    expect(map.attribution).toContain('Cahya DSN');
    const count = (level: string) => map.features.filter((f) => f.properties.level === level).length;
    expect([count('municipality'), count('kecamatan'), count('kelurahan')]).toEqual([1, 16, 177]);
    const [west, south, east, north] = map.bbox;
    expect(west < SIMPANG_LIMA[1] && SIMPANG_LIMA[1] < east && south < SIMPANG_LIMA[0] && SIMPANG_LIMA[0] < north).toBe(true);
    const pleburan = map.features.find((f) => f.properties.name === 'Pleburan');
    const selatan = map.features.find((f) => f.properties.name === 'Semarang Selatan');
    expect(pleburan?.properties).toMatchObject({ level: 'kelurahan', parentId: selatan?.properties.areaId });
    expect(pleburan?.properties.areaId).toEqual(expect.any(String));
    expect(pleburan?.geometry.type).toBe('Polygon');
    // Coordinates rounded to about a metre.
    const first = (pleburan?.geometry.coordinates as number[][][])[0][0];
    expect(first.every((value) => Math.round(value * 1e5) / 1e5 === value)).toBe(true);
  });
});
