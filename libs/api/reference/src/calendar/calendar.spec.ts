import { AuthUser, Broadcast, RequestMeta } from '@walikota/api-platform';
import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import { Redis } from 'ioredis';
import { ReferenceModule } from '../reference.module';
import { ReferenceSeedService } from '../seed/reference-seed.service';
import { HolidayDto } from './holiday.dto';
import { HolidaysService } from './holidays.service';
import { CALENDAR_CHANGED, WorkingCalendar } from './working-calendar.service';

// Who may call the endpoints needs the identity module's guard: see apps/api/src/calendar.
const ADMIN: AuthUser = { id: '00000000-0000-4000-8000-0000000000ad', roles: ['admin'], departmentIds: [], language: 'id', via: 'session' };
const META: RequestMeta = { requestId: 'req-1', ip: '127.0.0.1' };

describe(`${WorkingCalendar.name} and ${HolidaysService.name} on the database`, () => {
  let t: TestApp;
  let calendar: WorkingCalendar;
  let holidays: HolidaysService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule] });
    calendar = t.app.get(WorkingCalendar);
    holidays = t.app.get(HolidaysService);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.dataSource.query('DELETE FROM holiday');
    await t.dataSource.query('DELETE FROM holiday_seed_year');
    calendar.invalidate();
  });

  it('seeds the fixed national holidays of this year and the next, each year once, keeping an admin’s rename and deletion', async () => {
    const seeder = t.app.get(ReferenceSeedService);
    // 23:30 WIB on 31 December is already the new year in the city.
    expect((await seeder.seed(new Date('2026-12-31T17:30:00Z'))).holidays).toBe(10);
    const seeded: { date: string; name: string }[] = await t.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holiday ORDER BY date`,
    );
    expect(seeded.map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-06-01',
      '2027-08-17',
      '2027-12-25',
      '2028-01-01',
      '2028-05-01',
      '2028-06-01',
      '2028-08-17',
      '2028-12-25',
    ]);
    expect(seeded[3].name).toBe('Hari Kemerdekaan Republik Indonesia');

    await holidays.set(ADMIN, META, '2027-08-17', 'HUT RI ke-82');
    // Moved by decree: the admin deletes it, and it stays deleted when the seed runs again.
    await holidays.remove(ADMIN, META, '2027-06-01');
    expect((await seeder.seed(new Date('2026-12-31T17:30:00Z'))).holidays).toBe(0);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM holiday`)).toEqual([{ n: 9 }]);
    expect(await holidays.list(2027)).toContainEqual({ date: '2027-08-17', name: 'HUT RI ke-82' });
    expect((await holidays.list(2027)).map((h) => h.date)).not.toContain('2027-06-01');
    // A year later, only the new year is seeded.
    expect((await seeder.seed(new Date('2028-03-01T00:00:00Z'))).holidays).toBe(5);
    expect((await holidays.list(2029)).map((h) => h.date)).toEqual(['2029-01-01', '2029-05-01', '2029-06-01', '2029-08-17', '2029-12-25']);
    expect((await holidays.list(2027)).map((h) => h.date)).not.toContain('2027-06-01');
  });

  it('sees a holiday as soon as it is set through HolidaysService, and forgets it once deleted', async () => {
    const friday = new Date('2026-11-20T14:00:00+07:00');
    expect((await calendar.addWorkingDays(friday, 3)).toISOString()).toBe('2026-11-25T16:59:59.999Z');
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(true);

    await holidays.set(ADMIN, META, '2026-11-24', 'Cuti bersama');
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(false);
    expect((await calendar.addWorkingDays(friday, 3)).toISOString()).toBe('2026-11-26T16:59:59.999Z');
    expect(await calendar.workingDaysBetween(friday, new Date('2026-11-26T10:00:00+07:00'))).toBe(3);

    await holidays.remove(ADMIN, META, '2026-11-24');
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(true);
  });

  it('forgets its copy when another replica announces a change (calendar.changed)', async () => {
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(true); // now cached
    // Another replica sets a holiday: the row, then its broadcast, over its own Redis connection.
    await t.dataSource.query(`INSERT INTO holiday (date, name) VALUES ('2026-11-24', 'Cuti bersama')`);
    expect(await calendar.isWorkingDay('2026-11-24')).toBe(true);
    const redis = testEnvironment.redisUrl ? new Redis(testEnvironment.redisUrl) : null;
    const otherReplica = redis ? new Broadcast(redis, t.config) : t.app.get(Broadcast);
    try {
      await otherReplica.publish(CALENDAR_CHANGED);
      for (let i = 0; i < 100 && (await calendar.isWorkingDay('2026-11-24')); i++) await new Promise((r) => setTimeout(r, 10));
      expect(await calendar.isWorkingDay('2026-11-24')).toBe(false);
    } finally {
      await redis?.quit();
    }
  });

  it('audits a new holiday, a rename and a deletion with before and after; an unchanged name is no change', async () => {
    await holidays.set(ADMIN, META, '2026-03-20', 'Hari Raya Idul Fitri');
    await holidays.set(ADMIN, META, '2026-03-20', 'Hari Raya Idul Fitri 1447 H');
    await holidays.set(ADMIN, META, '2026-03-20', 'Hari Raya Idul Fitri 1447 H');
    await holidays.remove(ADMIN, META, '2026-03-20');
    const entries = await t.dataSource.query(
      `SELECT action, actor_id, target_type, target_id, before, after, request_id FROM audit_log WHERE target_id = '2026-03-20' ORDER BY occurred_at, action DESC`,
    );
    const common = { actor_id: ADMIN.id, target_type: 'holiday', target_id: '2026-03-20', request_id: 'req-1' };
    expect(entries).toEqual([
      { ...common, action: 'holiday.set', before: null, after: { date: '2026-03-20', name: 'Hari Raya Idul Fitri' } },
      {
        ...common,
        action: 'holiday.set',
        before: { date: '2026-03-20', name: 'Hari Raya Idul Fitri' },
        after: { date: '2026-03-20', name: 'Hari Raya Idul Fitri 1447 H' },
      },
      { ...common, action: 'holiday.deleted', before: { date: '2026-03-20', name: 'Hari Raya Idul Fitri 1447 H' }, after: null },
    ]);
  });

  it('refuses to delete a holiday that is not there (404)', async () => {
    await expect(holidays.remove(ADMIN, META, '2026-03-21')).rejects.toMatchObject({ code: 'holiday_not_found', status: 404 });
  });

  it('lists one year’s holidays by date to anyone; the current year in the city by default', async () => {
    await holidays.set(ADMIN, META, '2026-12-25', 'Hari Raya Natal');
    await holidays.set(ADMIN, META, '2026-01-01', 'Tahun Baru Masehi');
    await holidays.set(ADMIN, META, '2027-01-01', 'Tahun Baru Masehi');
    const list: HolidayDto[] = (await t.http().get('/api/holidays?year=2026').expect(200)).body;
    expect(list).toEqual([
      { date: '2026-01-01', name: 'Tahun Baru Masehi' },
      { date: '2026-12-25', name: 'Hari Raya Natal' },
    ]);
    const year = calendar.today().slice(0, 4);
    const current: HolidayDto[] = (await t.http().get('/api/holidays').expect(200)).body;
    expect(current.every((h) => h.date.startsWith(year))).toBe(true);
  });

  it('rejects a year that is not a plausible whole number, naming the field in the caller’s language', async () => {
    const id = await t.http().get('/api/holidays?year=dua-ribu').expect(400);
    expect(id.body.details).toEqual([{ field: 'year', code: 'isInt', message: 'Kolom «Tahun» harus berupa bilangan bulat.' }]);
    const en = await t.http().get('/api/holidays?year=1999').set('Accept-Language', 'en').expect(400);
    expect(en.body.details).toEqual([{ field: 'year', code: 'min', message: 'Field «Year» must be at least 2000.' }]);
  });
});
