/**
 * Working-day arithmetic on calendar dates (`YYYY-MM-DD`), free of I/O so it can be tested
 * exhaustively. A working day is Monday–Friday and not a public holiday.
 *
 * Instants become calendar dates in the city's time zone through Intl (never a fixed offset:
 * Indonesia has no DST today, but a deployment may configure any IANA zone).
 */

import { isCalendarDate } from '@walikota/api-platform';

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
// The one reading of `YYYY-MM-DD` (an existing day), shared with the request validation.
export { isCalendarDate };

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
function weekdayOf(dayNumber: number): number {
  return mod(dayNumber + 4, 7); // 1970-01-01 was a Thursday
}

export function isWeekend(date: CalendarDate): boolean {
  const weekday = weekdayOf(toDayNumber(date));
  return weekday === 0 || weekday === 6;
}

export function isWorkingDate(date: CalendarDate, holidays: ReadonlySet<CalendarDate>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The date `days` working days after `from`: counting starts with the day after `from`, so
 * `from` itself never counts, whether or not it is a working day (filed on Saturday + 3 →
 * Wednesday, like filed on Friday + 3). `days = 0` is `from` itself.
 */
export function addWorkingDates(from: CalendarDate, days: number, holidays: ReadonlySet<CalendarDate>): CalendarDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
  let dayNumber = toDayNumber(from);
  for (let counted = 0; counted < days;) {
    dayNumber += 1;
    if (isWorkingDate(fromDayNumber(dayNumber), holidays)) counted += 1;
  }
  return fromDayNumber(dayNumber);
}

/**
 * Working days in the range (`a`, `b`]: after `a`, up to and including `b`; 0 when `b` ≤ `a`.
 * The inverse of `addWorkingDates` for working days: `between(a, add(a, n)) = n`.
 */
export function workingDatesBetween(a: CalendarDate, b: CalendarDate, holidays: ReadonlySet<CalendarDate>): number {
  const start = toDayNumber(a);
  const end = toDayNumber(b);
  if (end <= start) return 0;
  let holidaysOnWeekdays = 0;
  for (const holiday of holidays) {
    const day = toDayNumber(holiday);
    if (day > start && day <= end && !isWeekend(holiday)) holidaysOnWeekdays += 1;
  }
  return weekdaysThrough(end) - weekdaysThrough(start) - holidaysOnWeekdays;
}

/** Monday–Friday days from the Monday 1970-01-05 through `dayNumber` (a running count; only differences matter). */
function weekdaysThrough(dayNumber: number): number {
  const sinceMonday = dayNumber - 4;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7 + 1, 5);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading in `timeZone` at `instant`, as if it were UTC (ms precision dropped to s). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts['year'], +parts['month'] - 1, +parts['day'], +parts['hour'], +parts['minute'], +parts['second']);
}

/** The calendar date in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The first instant of `date` in `timeZone` (its local midnight). */
export function startOfLocalDay(date: CalendarDate, timeZone: string): Date {
  const wall = toDayNumber(date) * DAY_MS;
  const offsetAt = (instant: number) => wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
  // Guess with the offset at the wall-clock reading, then correct once for an offset change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

/** The last millisecond of `date` in `timeZone` (23:59:59.999 local time). */
export function endOfLocalDay(date: CalendarDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addCalendarDays(date, 1), timeZone).getTime() - 1);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
