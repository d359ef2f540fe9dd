import {
  addCalendarDays,
  addWorkingDates,
  endOfLocalDay,
  isCalendarDate,
  isWorkingDate,
  localDate,
  startOfLocalDay,
  workingDatesBetween,
} from './working-days';

const NONE = new Set<string>();
const JAKARTA = 'Asia/Jakarta';
const MAKASSAR = 'Asia/Makassar';

describe(addWorkingDates.name, () => {
  it.each([
    ['Monday + 1 is Tuesday', '2026-11-16', 1, '2026-11-17'],
    ['Wednesday + 2 is Friday', '2026-11-18', 2, '2026-11-20'],
    ['Friday + 1 skips the weekend', '2026-11-20', 1, '2026-11-23'],
    ['Friday + 3 is Wednesday', '2026-11-20', 3, '2026-11-25'],
    ['Saturday + 3 is Wednesday: the weekend day is not counted', '2026-11-21', 3, '2026-11-25'],
    ['Sunday + 1 is Monday', '2026-11-22', 1, '2026-11-23'],
    ['Monday + 10 spans two weekends', '2026-11-16', 10, '2026-11-30'],
    ['days = 0 is the day itself', '2026-11-20', 0, '2026-11-20'],
    ['days = 0 on a Saturday is still the Saturday', '2026-11-21', 0, '2026-11-21'],
  ])('%s', (_label, from, days, expected) => {
    expect(addWorkingDates(from, days, NONE)).toBe(expected);
  });

  it('skips a holiday in the middle of the week', () => {
    // Tuesday 2026-08-18 is a made-up holiday; 17 Aug 2026 (Monday) is Hari Kemerdekaan.
    const holidays = new Set(['2026-08-17', '2026-08-18']);
    expect(addWorkingDates('2026-08-14', 1, holidays)).toBe('2026-08-19');
    expect(addWorkingDates('2026-08-14', 3, holidays)).toBe('2026-08-21');
  });

  it('skips a holiday on a Friday before the weekend', () => {
    // Friday 2026-12-25 is Natal: Thursday + 1 is the next Monday.
    const holidays = new Set(['2026-12-25']);
    expect(addWorkingDates('2026-12-24', 1, holidays)).toBe('2026-12-28');
    expect(addWorkingDates('2026-12-23', 2, holidays)).toBe('2026-12-28');
  });

  it('crosses the year end (with Tahun Baru on a Friday)', () => {
    const holidays = new Set(['2026-12-25', '2027-01-01']);
    // Wed 30 Dec, Thu 31 Dec, (Fri 1 Jan holiday, weekend), Mon 4 Jan.
    expect(addWorkingDates('2026-12-29', 3, holidays)).toBe('2027-01-04');
  });

  it('ignores a holiday that falls on a weekend', () => {
    expect(addWorkingDates('2026-11-20', 1, new Set(['2026-11-21', '2026-11-22']))).toBe('2026-11-23');
  });

  it('refuses negative, fractional and invalid input', () => {
    expect(() => addWorkingDates('2026-11-20', -1, NONE)).toThrow(RangeError);
    expect(() => addWorkingDates('2026-11-20', 1.5, NONE)).toThrow(RangeError);
    expect(() => addWorkingDates('2026-02-30', 1, NONE)).toThrow(RangeError);
  });
});

describe(workingDatesBetween.name, () => {
  it.each([
    ['same day', '2026-11-20', '2026-11-20', 0],
    ['b before a', '2026-11-25', '2026-11-20', 0],
    ['Friday → Monday', '2026-11-20', '2026-11-23', 1],
    ['Friday → Wednesday', '2026-11-20', '2026-11-25', 3],
    ['Saturday → Sunday', '2026-11-21', '2026-11-22', 0],
    ['Saturday → Wednesday', '2026-11-21', '2026-11-25', 3],
    ['Monday → Friday', '2026-11-16', '2026-11-20', 4],
    ['a whole year (2026: 261 weekdays)', '2025-12-31', '2026-12-31', 261],
    ['before 1970 as well', '1969-12-26', '1970-01-02', 5],
  ])('%s', (_label, a, b, expected) => {
    expect(workingDatesBetween(a, b, NONE)).toBe(expected);
  });

  it('does not count weekday holidays inside the range, nor ones outside it or on weekends', () => {
    const holidays = new Set(['2026-12-25', '2027-01-01', '2026-12-26', '2026-12-01', '2027-02-01']);
    expect(workingDatesBetween('2026-12-24', '2027-01-04', holidays)).toBe(5); // 28–31 Dec, 4 Jan
  });

  it('inverts addWorkingDates for every start day of a month with holidays', () => {
    const holidays = new Set(['2026-12-24', '2026-12-25', '2027-01-01']);
    for (let i = 0; i < 31; i++) {
      const from = addCalendarDays('2026-12-01', i);
      for (const n of [0, 1, 3, 5, 10]) expect(workingDatesBetween(from, addWorkingDates(from, n, holidays), holidays)).toBe(n);
    }
  });
});

describe(isWorkingDate.name, () => {
  it('is Monday–Friday and not a holiday', () => {
    const holidays = new Set(['2026-08-17']);
    expect(isWorkingDate('2026-08-14', holidays)).toBe(true); // Friday
    expect(isWorkingDate('2026-08-15', holidays)).toBe(false); // Saturday
    expect(isWorkingDate('2026-08-16', holidays)).toBe(false); // Sunday
    expect(isWorkingDate('2026-08-17', holidays)).toBe(false); // Monday, Hari Kemerdekaan
  });
});

describe(isCalendarDate.name, () => {
  it.each(['2026-01-01', '2028-02-29', '2026-12-31'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00:00Z', '20260101', '', 'besok', 20260101, null])(
    'rejects %p',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});

describe(localDate.name, () => {
  it('takes the date in the city, not in UTC', () => {
    // 18:30 UTC on Thursday is already 01:30 on Friday in Jakarta (UTC+7).
    expect(localDate(new Date('2026-11-19T18:30:00Z'), JAKARTA)).toBe('2026-11-20');
    expect(localDate(new Date('2026-11-19T16:59:59.999Z'), JAKARTA)).toBe('2026-11-19');
    expect(localDate(new Date('2026-11-19T17:00:00Z'), JAKARTA)).toBe('2026-11-20');
    // Makassar is UTC+8: 16:30 UTC is 00:30 the next day there, still 23:30 in Jakarta.
    expect(localDate(new Date('2026-11-19T16:30:00Z'), MAKASSAR)).toBe('2026-11-20');
    expect(localDate(new Date('2026-11-19T16:30:00Z'), JAKARTA)).toBe('2026-11-19');
  });
});

describe(endOfLocalDay.name, () => {
  it('is 23:59:59.999 local time', () => {
    expect(endOfLocalDay('2026-11-25', JAKARTA).toISOString()).toBe('2026-11-25T16:59:59.999Z');
    expect(endOfLocalDay('2026-11-25', MAKASSAR).toISOString()).toBe('2026-11-25T15:59:59.999Z');
    expect(endOfLocalDay('2026-12-31', 'UTC').toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(startOfLocalDay('2026-11-25', JAKARTA).toISOString()).toBe('2026-11-24T17:00:00.000Z');
  });

  it('follows a zone’s offset change instead of assuming a fixed one', () => {
    // Europe/Berlin: CET (UTC+1) until 29 March 2026, CEST (UTC+2) from then on.
    expect(endOfLocalDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-28T22:59:59.999Z');
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
