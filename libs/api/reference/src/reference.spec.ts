import { TestApp, createTestApp } from '@walikota/api-testing';
import { AreaTreeDto, CategoryDto, DepartmentDto } from './reference.dto';
import { ReferenceModule } from './reference.module';
import { ReferenceSeedService } from './seed/reference-seed.service';

describe('reference data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule] });
  });
  afterAll(() => t.close());

  it('seeds Kota Semarang (16 kecamatan, 177 kelurahan), departments and categories, idempotently', async () => {
    const seeder = t.app.get(ReferenceSeedService);
    const first = await seeder.seed();
    expect(first).toEqual({ departments: 15, kecamatan: 16, kelurahan: 177, categories: 29, holidays: 10 });
    const ids = await t.dataSource.query('SELECT id, code FROM area ORDER BY code');
    // Holidays are written once per year (see calendar.spec.ts).
    expect(await seeder.seed()).toEqual({ ...first, holidays: 0 });
    expect(await t.dataSource.query('SELECT id, code FROM area ORDER BY code')).toEqual(ids);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM department')).toEqual([{ n: 15 }]);
  });

  it('keeps an admin’s edit of a department when seeding again', async () => {
    await t.dataSource.query(`UPDATE department SET name = 'Dinas Pekerjaan Umum Kota' WHERE code = 'DPU'`);
    await t.app.get(ReferenceSeedService).seed();
    expect(await t.dataSource.query(`SELECT name FROM department WHERE code = 'DPU'`)).toEqual([{ name: 'Dinas Pekerjaan Umum Kota' }]);
  });

  it('tells a visitor which city this is and its time zone', async () => {
    expect((await t.http().get('/api/site').expect(200)).body).toEqual({
      cityName: 'Kota Semarang',
      municipalityCode: '33.74',
      timeZone: 'Asia/Jakarta',
      logoPath: '/logo.png',
      mapTileUrl: null,
    });
  });

  it('lets a visitor read the area tree', async () => {
    const tree: AreaTreeDto = (await t.http().get('/api/areas').expect(200)).body;
    expect(tree.municipalityName).toBe('Kota Semarang');
    expect(tree.kecamatan).toHaveLength(16);
    expect(tree.kecamatan.reduce((n, k) => n + k.kelurahan.length, 0)).toBe(177);
    const tengah = tree.kecamatan.find((k) => k.code === '33.74.01');
    expect(tengah?.name).toBe('Semarang Tengah');
    expect(tengah?.kelurahan[0]).toMatchObject({ code: '33.74.01.1001', name: 'Miroto', level: 'kelurahan' });
  });

  it('lets a visitor read departments and the categories of one module, each report category routed', async () => {
    const departments: DepartmentDto[] = (await t.http().get('/api/departments').expect(200)).body;
    expect(departments.map((d) => d.code)).toContain('DPU');
    const reports: CategoryDto[] = (await t.http().get('/api/categories?module=report').expect(200)).body;
    expect(reports.length).toBe(14);
    expect(reports.every((c) => c.module === 'report' && c.departmentId)).toBe(true);
    const all: CategoryDto[] = (await t.http().get('/api/categories').expect(200)).body;
    expect(new Set(all.map((c) => c.module))).toEqual(new Set(['report', 'petition', 'forum', 'proposal']));
  });

  it('rejects an unknown module with a 400 naming the field', async () => {
    const res = await t.http().get('/api/categories?module=budget').expect(400);
    expect(res.body.details).toEqual([
      { field: 'module', code: 'isIn', message: 'Kolom «module» harus salah satu dari: report, petition, forum, proposal.' },
    ]);
  });
});
