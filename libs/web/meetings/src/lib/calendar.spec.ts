import { byCityDay, cityDay, cityMonth, monthName, monthWeeks, monthWindow, parseMonth, shiftMonth, weekdayNames } from './calendar';

describe('meetings calendar', () => {
  it('puts an instant on the day it is in the city', () => {
    // 23:30 UTC on 31 May is 06:30 on 1 June in Jakarta (UTC+7), still 31 May in London.
    expect(cityDay('2026-05-31T23:30:00Z', 'Asia/Jakarta')).toBe('2026-06-01');
    expect(cityDay('2026-05-31T23:30:00Z', 'Europe/London')).toBe('2026-06-01');
    expect(cityDay('2026-05-31T22:30:00Z', 'Europe/London')).toBe('2026-05-31');
    expect(cityDay('2026-05-31T16:59:00Z', 'Asia/Jakarta')).toBe('2026-05-31');
    expect(cityMonth('2026-05-31T17:00:00Z', 'Asia/Jakarta')).toBe('2026-06');
    expect(cityDay('2026-01-01T15:30:00Z', 'Asia/Jayapura')).toBe('2026-01-02');
  });

  it('reads a month from the address, or nothing', () => {
    expect(parseMonth('2026-05')).toBe('2026-05');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-5')).toBeNull();
    expect(parseMonth('')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });

  it('moves between months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });

  it('lays a month out in weeks from Monday', () => {
    // June 2026 starts on a Monday and has 30 days: five weeks, the last with five blanks.
    const june = monthWeeks('2026-06');
    expect(june).toHaveLength(5);
    expect(june[0][0]).toEqual({ key: '2026-06-01', day: 1 });
    expect(june[4].map((d) => d.day)).toEqual([29, 30, null, null, null, null, null]);
    // February 2026 starts on a Sunday: six blanks first.
    const february = monthWeeks('2026-02');
    expect(february[0].slice(0, 6).every((d) => d.key === null)).toBe(true);
    expect(february[0][6]).toEqual({ key: '2026-02-01', day: 1 });
    expect(february.flat().filter((d) => d.key).length).toBe(28);
    // Leap year.
    expect(
      monthWeeks('2028-02')
        .flat()
        .filter((d) => d.key).length,
    ).toBe(29);
    for (const week of monthWeeks('2026-08')) expect(week).toHaveLength(7);
  });

  it('sorts meetings into the days of the month, in the city', () => {
    const items = [
      { code: 'a', startsAt: '2026-05-31T18:00:00Z' }, // 1 June in Jakarta
      { code: 'b', startsAt: '2026-05-14T02:00:00Z' },
      { code: 'c', startsAt: '2026-05-14T05:00:00Z' },
      { code: 'd', startsAt: '2026-04-30T18:00:00Z' }, // 1 May in Jakarta
    ];
    const days = byCityDay(items, '2026-05', 'Asia/Jakarta');
    expect([...days.keys()].sort()).toEqual(['2026-05-01', '2026-05-14']);
    expect(days.get('2026-05-14')?.map((m) => m.code)).toEqual(['b', 'c']);
    expect(days.get('2026-05-01')?.map((m) => m.code)).toEqual(['d']);
  });

  it('keeps a day of margin around the month', () => {
    const { from, to } = monthWindow('2026-05');
    expect(new Date(from).toISOString()).toBe('2026-04-30T00:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-06-02T00:00:00.000Z');
  });

  it('names weekdays from Monday and the month', () => {
    expect(weekdayNames('en-GB', 'long')).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayNames('id-ID', 'long')[0]).toBe('Senin');
    expect(monthName('2026-05', 'id-ID')).toBe('Mei 2026');
    expect(monthName('2026-05', 'en-GB')).toBe('May 2026');
  });
});
