import { AppConfig, Broadcast } from '@walikota/api-platform';
import { Repository } from 'typeorm';
import { HolidayEntity } from './holiday.entity';
import { HOLIDAY_CACHE_TTL_MS, WorkingCalendar } from './working-calendar.service';

type HolidayRows = jest.Mocked<Pick<Repository<HolidayEntity>, 'find'>>;

function rows(...dates: string[]): HolidayEntity[] {
  return dates.map((date) => Object.assign(new HolidayEntity(), { date, name: 'Libur' }));
}

function calendarIn(timeZone: string, holidays: HolidayEntity[] = []): { calendar: WorkingCalendar; repository: HolidayRows } {
  const repository: HolidayRows = { find: jest.fn<Promise<HolidayEntity[]>, Parameters<Repository<HolidayEntity>['find']>>() };
  repository.find.mockResolvedValue(holidays);
  const config = Object.assign(new AppConfig(), { timeZone });
  const broadcast = new Broadcast(null, config);
  return { calendar: new WorkingCalendar(repository as unknown as Repository<HolidayEntity>, config, broadcast), repository };
}

/** A promise settled from outside, to hold a query in flight. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe(WorkingCalendar.name, () => {
  afterEach(() => jest.useRealTimers());

  describe('addWorkingDays', () => {
    it('gives the end of the local day N working days later (Friday 14:00 WIB + 3 → Wednesday 23:59:59.999 WIB)', async () => {
      const { calendar } = calendarIn('Asia/Jakarta');
      const due = await calendar.addWorkingDays(new Date('2026-11-20T14:00:00+07:00'), 3);
      expect(due.toISOString()).toBe('2026-11-25T16:59:59.999Z'); // = 2026-11-25 23:59:59.999 +07:00
    });

    it('does not count the weekend day a report is filed on', async () => {
      const { calendar } = calendarIn('Asia/Jakarta');
      expect((await calendar.addWorkingDays(new Date('2026-11-21T09:00:00+07:00'), 3)).toISOString()).toBe('2026-11-25T16:59:59.999Z');
    });

    it('takes the date in the city: late Thursday evening UTC is already Friday in Jakarta', async () => {
      const { calendar } = calendarIn('Asia/Jakarta');
      // 2026-11-19 20:00 UTC = Friday 2026-11-20 03:00 WIB → + 1 = Monday 23.
      expect((await calendar.addWorkingDays(new Date('2026-11-19T20:00:00Z'), 1)).toISOString()).toBe('2026-11-23T16:59:59.999Z');
    });

    it('skips holidays from the table', async () => {
      const { calendar } = calendarIn('Asia/Jakarta', rows('2026-11-23', '2026-11-24'));
      expect((await calendar.addWorkingDays(new Date('2026-11-20T14:00:00+07:00'), 1)).toISOString()).toBe('2026-11-25T16:59:59.999Z');
    });

    it('uses the configured zone (Asia/Makassar, UTC+8), and days = 0 is the end of the same day', async () => {
      const { calendar } = calendarIn('Asia/Makassar');
      // 16:30 UTC Thursday is 00:30 WITA Friday.
      const filed = new Date('2026-11-19T16:30:00Z');
      expect((await calendar.addWorkingDays(filed, 0)).toISOString()).toBe('2026-11-20T15:59:59.999Z');
      expect((await calendar.addWorkingDays(filed, 3)).toISOString()).toBe('2026-11-25T15:59:59.999Z');
    });
  });

  describe('workingDaysBetween and isWorkingDay', () => {
    it('counts local dates after a up to b, without holidays', async () => {
      const { calendar } = calendarIn('Asia/Jakarta', rows('2026-11-24'));
      const filed = new Date('2026-11-20T14:00:00+07:00');
      expect(await calendar.workingDaysBetween(filed, new Date('2026-11-25T08:00:00+07:00'))).toBe(2);
      expect(await calendar.workingDaysBetween(filed, new Date('2026-11-20T23:00:00+07:00'))).toBe(0);
      expect(await calendar.workingDaysBetween(filed, new Date('2026-11-01T00:00:00+07:00'))).toBe(0);
      expect(await calendar.isWorkingDay('2026-11-24')).toBe(false);
      expect(await calendar.isWorkingDay('2026-11-25')).toBe(true);
      expect(await calendar.isWorkingDay('2026-11-28')).toBe(false);
    });
  });

  describe('holiday cache', () => {
    it('loads the holidays with one query for many questions, including concurrent ones', async () => {
      const { calendar, repository } = calendarIn('Asia/Jakarta', rows('2026-12-25'));
      await Promise.all([calendar.isWorkingDay('2026-12-25'), calendar.isWorkingDay('2026-12-24'), calendar.isWorkingDay('2026-12-28')]);
      await calendar.addWorkingDays(new Date(), 5);
      expect(repository.find).toHaveBeenCalledTimes(1);
    });

    it('loads again after invalidate()', async () => {
      const { calendar, repository } = calendarIn('Asia/Jakarta');
      expect(await calendar.isWorkingDay('2026-12-24')).toBe(true);
      repository.find.mockResolvedValue(rows('2026-12-24'));
      calendar.invalidate();
      expect(await calendar.isWorkingDay('2026-12-24')).toBe(false);
      expect(repository.find).toHaveBeenCalledTimes(2);
    });

    it('loads again once the TTL has passed (changes made on another replica)', async () => {
      jest.useFakeTimers({ now: new Date('2026-11-20T07:00:00Z') });
      const { calendar, repository } = calendarIn('Asia/Jakarta');
      await calendar.isWorkingDay('2026-12-24');
      repository.find.mockResolvedValue(rows('2026-12-24'));
      jest.setSystemTime(Date.now() + HOLIDAY_CACHE_TTL_MS - 1);
      expect(await calendar.isWorkingDay('2026-12-24')).toBe(true);
      jest.setSystemTime(Date.now() + 1);
      expect(await calendar.isWorkingDay('2026-12-24')).toBe(false);
      expect(repository.find).toHaveBeenCalledTimes(2);
    });

    it('does not keep a load that was under way when the holidays changed', async () => {
      const { calendar, repository } = calendarIn('Asia/Jakarta');
      const slow = deferred<HolidayEntity[]>();
      repository.find.mockReturnValueOnce(slow.promise);
      const early = calendar.isWorkingDay('2026-12-24');
      calendar.invalidate();
      repository.find.mockResolvedValue(rows('2026-12-24'));
      const late = calendar.isWorkingDay('2026-12-24');
      slow.resolve([]);
      expect(await early).toBe(true); // answered from what it read
      expect(await late).toBe(false);
      expect(await calendar.isWorkingDay('2026-12-24')).toBe(false); // the stale load was not cached
      expect(repository.find).toHaveBeenCalledTimes(2);
    });
  });
});
