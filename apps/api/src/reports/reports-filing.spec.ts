import { WorkingCalendar } from '@walikota/api-reference';
import { ReportWorld, reportWorld } from './report-fixtures';

describe('reports: filing', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  it('files a report with a tracking code, the category’s department, a 3-working-day verification deadline and a first timeline event', async () => {
    const report = await w.file('citizen', { latitude: -6.9932, longitude: 110.4203, address: 'Jl. Pemuda No. 1' });
    expect(report.code).toMatch(/^LPR-20\d\d-\d{6}$/);
    expect(report).toMatchObject({
      status: 'submitted',
      type: 'complaint',
      privacy: 'public',
      departmentId: w.departments.dpu,
      kecamatanId: w.area.kecamatan,
      latitude: -6.9932,
      longitude: 110.4203,
      address: 'Jl. Pemuda No. 1',
      mine: true,
      supportCount: 0,
      overdue: null,
      reporterName: 'citizen',
      allowedActions: [],
    });
    const due = await w.t.app.get(WorkingCalendar).addWorkingDays(new Date(report['createdAt'] as string), 3);
    expect(report['verifyDueAt']).toBe(due.toISOString());
    expect(report['timeline']).toEqual([
      expect.objectContaining({ kind: 'filed', toStatus: 'submitted', actorRole: 'citizen', public: true }),
    ]);
    const [notice] = await w.t.dataSource.query(
      `SELECT type, params FROM notification WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [w.ids.citizen],
    );
    expect(notice).toMatchObject({ type: 'report.filed', params: { code: report.code, link: `/lacak/${report.code}` } });
    // The reporter follows their own report.
    expect(await w.t.dataSource.query(`SELECT user_id FROM report_follower WHERE report_id = $1`, [report.id])).toEqual([
      { user_id: w.ids.citizen },
    ]);
  });

  it('counts the verification deadline in working days: weekends and public holidays do not count', async () => {
    const calendar = w.t.app.get(WorkingCalendar);
    const today = calendar.today();
    const plain = new Date((await w.file())['verifyDueAt'] as string);
    // Declare the next two working days holidays: the deadline moves two working days later.
    const next: string[] = [];
    for (let day = new Date(`${today}T12:00:00Z`); next.length < 2;) {
      day = new Date(day.getTime() + 86_400_000);
      const date = day.toISOString().slice(0, 10);
      if (await calendar.isWorkingDay(date)) next.push(date);
    }
    for (const date of next) await w.as.admin.send('put', `/api/admin/holidays/${date}`).send({ name: 'Cuti bersama (uji)' }).expect(200);
    try {
      const shifted = new Date((await w.file())['verifyDueAt'] as string);
      expect(await calendar.workingDaysBetween(plain, shifted)).toBe(2);
      expect(await calendar.isWorkingDay(shifted.toISOString().slice(0, 10))).toBe(true);
      const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'Asia/Jakarta' }).format(shifted);
      expect(['Sat', 'Sun']).not.toContain(weekday);
    } finally {
      for (const date of next) await w.as.admin.send('delete', `/api/admin/holidays/${date}`).expect(204);
    }
  });

  it('numbers codes without gaps between consecutive filings', async () => {
    const a = await w.file();
    const b = await w.file();
    expect(Number(b.code.slice(-6)) - Number(a.code.slice(-6))).toBe(1);
  });

  it.each([
    ['visitor', 401],
    ['otherCitizen', 201],
    ['moderator', 201],
    ['official', 201],
    ['admin', 201],
  ] as const)('POST /api/reports: %s gets %i', async (caller, status) => {
    const res = await w.as[caller].post('/api/reports').send({
      type: 'aspiration',
      privacy: 'public',
      title: 'Usulan taman bermain anak',
      description: 'Mohon dibangun taman bermain anak di lahan kosong dekat balai RW.',
      categoryId: w.categories.waste,
      areaId: w.area.kelurahan,
    });
    expect(res.status).toBe(status);
  });

  it('refuses an account without a verified e-mail (no citizen role yet)', async () => {
    await w.t.dataSource.query(`DELETE FROM user_role WHERE user_id = $1 AND role = 'citizen'`, [w.ids.otherCitizen]);
    try {
      const res = await w.as.otherCitizen.post('/api/reports').send({});
      expect(res.status).toBe(403);
    } finally {
      await w.t.dataSource.query(`INSERT INTO user_role (user_id, role) VALUES ($1, 'citizen')`, [w.ids.otherCitizen]);
    }
  });

  it('names every bad field, in Indonesian or English', async () => {
    const id = await w.as.citizen
      .post('/api/reports')
      .send({ type: 'gossip', privacy: 'public', title: 'Pendek', categoryId: 'x' })
      .expect(400);
    const fields = id.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['type', 'title', 'description', 'categoryId', 'areaId']));
    expect(id.body.details.find((d: { field: string }) => d.field === 'title').message).toContain('Judul');
    expect(id.body.details.find((d: { field: string }) => d.field === 'categoryId').message).toBe(
      'Kolom «Kategori» harus berupa ID yang valid.',
    );
    const en = await w.as.citizen.post('/api/reports').set('Accept-Language', 'en').send({ type: 'complaint' }).expect(400);
    expect(en.body.details.find((d: { field: string }) => d.field === 'privacy').message).toContain('Privacy');
  });

  describe('a point on the map', () => {
    const SIMPANG_LIMA = { latitude: -6.9903, longitude: 110.4229 };
    let pleburan: { id: string; parent_id: string };
    const base = () => ({
      type: 'complaint',
      privacy: 'public',
      title: 'Trotoar rusak di Simpang Lima',
      description: 'Trotoar di sisi selatan Simpang Lima amblas dan membahayakan pejalan kaki.',
      categoryId: w.categories.roads,
    });
    beforeAll(async () => {
      [pleburan] = await w.t.dataSource.query(`SELECT id, parent_id FROM area WHERE name = 'Pleburan'`);
    });

    it('gives a report filed with a point and no kelurahan the kelurahan the point lies in', async () => {
      const res = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), ...SIMPANG_LIMA })
        .expect(201);
      expect(res.body).toMatchObject({ areaId: pleburan.id, kecamatanId: pleburan.parent_id, pointAreaId: null, ...SIMPANG_LIMA });
    });

    it('keeps the chosen kelurahan when the point lies elsewhere, and shows staff (only) where the point is', async () => {
      const res = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), ...SIMPANG_LIMA, areaId: w.area.kelurahan })
        .expect(201);
      expect(res.body).toMatchObject({ areaId: w.area.kelurahan, pointAreaId: null });
      const code = res.body.code as string;
      expect((await w.as.moderator.agent.get(`/api/reports/${code}`).expect(200)).body.pointAreaId).toBe(pleburan.id);
      expect((await w.as.admin.agent.get(`/api/reports/${code}`).expect(200)).body.pointAreaId).toBe(pleburan.id);
      expect((await w.as.citizen.agent.get(`/api/reports/${code}`).expect(200)).body.pointAreaId).toBeNull();
      // Agreeing point and kelurahan: nothing to flag.
      const agreeing = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), ...SIMPANG_LIMA, areaId: pleburan.id })
        .expect(201);
      expect((await w.as.moderator.agent.get(`/api/reports/${agreeing.body.code}`).expect(200)).body.pointAreaId).toBeNull();
    });

    it('refuses a point outside the city, and a report with neither a kelurahan nor a point, naming the field', async () => {
      const sea = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), latitude: -6.9, longitude: 110.42 })
        .expect(400);
      expect(sea.body.details).toEqual([
        expect.objectContaining({
          field: 'latitude',
          code: 'point_outside_city',
          message: 'Titik ini berada di luar wilayah Kota Semarang. Pilih titik di dalam kota.',
        }),
      ]);
      const nothing = await w.as.citizen.post('/api/reports').send(base()).expect(400);
      expect(nothing.body.details).toEqual([expect.objectContaining({ field: 'areaId', message: 'Kolom «Kelurahan» wajib diisi.' })]);
    });
  });

  it('checks the category, the kelurahan and the point', async () => {
    const petitionCategory = (await w.t.dataSource.query(`SELECT id FROM category WHERE module = 'petition' LIMIT 1`))[0].id;
    const base = {
      type: 'complaint',
      privacy: 'public',
      title: 'Sampah menumpuk di sungai',
      description: 'Sampah menumpuk di aliran sungai dan menimbulkan bau tidak sedap.',
      categoryId: w.categories.waste,
      areaId: w.area.kelurahan,
    };
    const wrongModule = await w.as.citizen
      .post('/api/reports')
      .send({ ...base, categoryId: petitionCategory })
      .expect(400);
    expect(wrongModule.body.details).toEqual([expect.objectContaining({ field: 'categoryId', code: 'category_not_found' })]);
    const kecamatan = await w.as.citizen
      .post('/api/reports')
      .send({ ...base, areaId: w.area.kecamatan })
      .expect(400);
    expect(kecamatan.body.details).toEqual([
      { field: 'areaId', code: 'area_not_kelurahan', message: 'Kelurahan harus berupa kelurahan atau desa di kota ini.' },
    ]);
    const halfPoint = await w.as.citizen
      .post('/api/reports')
      .send({ ...base, latitude: -6.99 })
      .expect(400);
    expect(halfPoint.body.details[0]).toMatchObject({ field: 'latitude', code: 'point_incomplete' });
    const outOfRange = await w.as.citizen
      .post('/api/reports')
      .send({ ...base, latitude: 123, longitude: 110 })
      .expect(400);
    expect(outOfRange.body.details[0]).toMatchObject({ field: 'latitude' });
    const tooMany = await w.as.citizen
      .post('/api/reports')
      .send({ ...base, attachmentIds: Array.from({ length: 6 }, () => '00000000-0000-4000-8000-000000000000') })
      .expect(400);
    expect(tooMany.body.details[0]).toMatchObject({ field: 'attachmentIds' });
  });
});
