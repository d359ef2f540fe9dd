import { HolidayDto, WorkingCalendar } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { AppModule } from '../app.module';
import { Browser, createUser } from '../notifications/notification-fixtures';

// Here rather than in libs/api/reference: signing in needs the identity module, which itself
// depends on the reference module.
const CALLERS = ['visitor', 'citizen', 'moderator', 'official', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

describe('holidays (HTTP, signed in)', () => {
  let t: TestApp;
  const browsers = {} as Record<Caller, Browser>;
  let adminId = '';

  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    for (const caller of CALLERS) {
      browsers[caller] = new Browser(t);
      if (caller === 'visitor') continue;
      const id = await createUser(t, `${caller}@example.id`, { roles: [caller] });
      if (caller === 'admin') adminId = id;
      await browsers[caller].login(`${caller}@example.id`);
    }
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM holiday'));

  describe('who may call', () => {
    it.each(CALLERS)('GET /api/holidays: %s may', async (caller) => {
      await browsers[caller].agent.get('/api/holidays?year=2026').expect(200);
    });

    it.each([
      ['visitor', 401],
      ['citizen', 403],
      ['moderator', 403],
      ['official', 403],
      ['admin', 200],
    ] as const)('PUT /api/admin/holidays/:date: %s gets %i', async (caller, status) => {
      await browsers[caller].send('put', '/api/admin/holidays/2026-11-24').send({ name: 'Cuti bersama' }).expect(status);
      const stored = await t.dataSource.query(`SELECT name FROM holiday`);
      expect(stored).toEqual(status === 200 ? [{ name: 'Cuti bersama' }] : []);
    });

    it.each([
      ['visitor', 401],
      ['citizen', 403],
      ['moderator', 403],
      ['official', 403],
      ['admin', 204],
    ] as const)('DELETE /api/admin/holidays/:date: %s gets %i', async (caller, status) => {
      await t.dataSource.query(`INSERT INTO holiday (date, name) VALUES ('2026-11-24', 'Cuti bersama')`);
      await browsers[caller].send('delete', '/api/admin/holidays/2026-11-24').expect(status);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM holiday`)).toEqual([{ n: status === 204 ? 0 : 1 }]);
    });
  });

  it('lets an admin add, rename and delete a holiday, each audited with before and after', async () => {
    const admin = browsers.admin;
    const created = await admin.send('put', '/api/admin/holidays/2026-03-19').send({ name: '  Hari Suci Nyepi  ' }).expect(200);
    expect(created.body).toEqual({ date: '2026-03-19', name: 'Hari Suci Nyepi' });
    await admin.send('put', '/api/admin/holidays/2026-03-19').send({ name: 'Hari Suci Nyepi Tahun Baru Saka 1948' }).expect(200);
    const listed: HolidayDto[] = (await t.http().get('/api/holidays?year=2026').expect(200)).body;
    expect(listed).toEqual([{ date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' }]);
    await admin.send('delete', '/api/admin/holidays/2026-03-19').expect(204);
    const missing = await admin.send('delete', '/api/admin/holidays/2026-03-19').expect(404);
    expect(missing.body).toMatchObject({ code: 'holiday_not_found', message: 'Hari libur pada tanggal tersebut tidak ditemukan.' });

    const entries = await t.dataSource.query(
      `SELECT action, actor_id, target_type, target_id, before, after, ip FROM audit_log WHERE target_type = 'holiday' AND target_id = '2026-03-19' ORDER BY occurred_at`,
    );
    const common = { actor_id: adminId, target_type: 'holiday', target_id: '2026-03-19', ip: expect.any(String) };
    expect(entries).toEqual([
      { ...common, action: 'holiday.set', before: null, after: { date: '2026-03-19', name: 'Hari Suci Nyepi' } },
      {
        ...common,
        action: 'holiday.set',
        before: { date: '2026-03-19', name: 'Hari Suci Nyepi' },
        after: { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' },
      },
      { ...common, action: 'holiday.deleted', before: { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' }, after: null },
    ]);
  });

  it('moves an SLA deadline as soon as an admin adds a holiday', async () => {
    const calendar = t.app.get(WorkingCalendar);
    const filed = new Date('2026-11-20T14:00:00+07:00'); // Friday
    expect((await calendar.addWorkingDays(filed, 3)).toISOString()).toBe('2026-11-25T16:59:59.999Z');
    await browsers.admin.send('put', '/api/admin/holidays/2026-11-24').send({ name: 'Cuti bersama' }).expect(200);
    expect((await calendar.addWorkingDays(filed, 3)).toISOString()).toBe('2026-11-26T16:59:59.999Z');
    await browsers.admin.send('delete', '/api/admin/holidays/2026-11-24').expect(204);
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(true);
  });

  describe('validation', () => {
    it.each(['2026-02-30', '2026-2-3', '17-08-2026', 'besok', '2026-08-17T00:00:00Z'])(
      'rejects the date %p with a 400 naming the field, in Indonesian and in English',
      async (date) => {
        const url = `/api/admin/holidays/${encodeURIComponent(date)}`;
        const id = await browsers.admin.send('put', url).send({ name: 'Libur' }).expect(400);
        expect(id.body).toMatchObject({
          code: 'validation_failed',
          message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
        });
        expect(id.body.details).toEqual([
          { field: 'date', code: 'isCalendarDate', message: 'Kolom «Tanggal» harus berupa tanggal yang ada, dengan format YYYY-MM-DD.' },
        ]);
        const en = await browsers.admin.send('delete', url).set('Accept-Language', 'en').expect(400);
        expect(en.body.details).toEqual([
          { field: 'date', code: 'isCalendarDate', message: 'Field «Date» must be an existing date written YYYY-MM-DD.' },
        ]);
      },
    );

    it('requires a name of at most 120 characters and nothing else', async () => {
      const put = (body: object, lang = 'id') =>
        browsers.admin.send('put', '/api/admin/holidays/2026-11-24').set('Accept-Language', lang).send(body).expect(400);
      expect((await put({})).body.details).toEqual([{ field: 'name', code: 'isNotEmpty', message: 'Kolom «Nama» wajib diisi.' }]);
      expect((await put({ name: '   ' }, 'en')).body.details).toEqual([
        { field: 'name', code: 'isNotEmpty', message: 'Field «Name» is required.' },
      ]);
      expect((await put({ name: 17 })).body.details).toEqual([
        { field: 'name', code: 'isString', message: 'Kolom «Nama» harus berupa teks.' },
      ]);
      expect((await put({ name: 'x'.repeat(121) }, 'en')).body.details).toEqual([
        { field: 'name', code: 'maxLength', message: 'Field «Name» must be at most 120 characters long.' },
      ]);
      expect((await put({ name: 'Libur', date: '2026-11-25' })).body.details).toEqual([
        { field: 'date', code: 'unknown_field', message: 'Kolom «Tanggal» tidak dikenal.' },
      ]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM holiday`)).toEqual([{ n: 0 }]);
    });
  });
});
