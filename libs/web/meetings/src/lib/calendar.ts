/**
 * The month grid of the meetings calendar, computed in the city's time zone: which city day a
 * meeting starts on, the weeks of a month (Monday first), the months before and after.
 * Pure functions: the page and its specs share them.
 */

/** `2026-05`: a month in the city. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** One cell of the grid: a city day (`2026-05-14`), or a blank outside the month. */
export interface CalendarDay {
  /** `YYYY-MM-DD`, or null for a blank before the first or after the last day. */
  key: string | null;
  day: number | null;
}

const parts = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = parts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' });
    parts.set(timeZone, format);
  }
  return format;
}

/** The city day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function cityDay(instant: string | Date, timeZone: string): string {
  const values: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(instant))) values[part.type] = part.value;
  return `${values['year']}-${values['month']}-${values['day']}`;
}

/** The city month (`YYYY-MM`) an instant falls in. */
export function cityMonth(instant: string | Date, timeZone: string): string {
  return cityDay(instant, timeZone).slice(0, 7);
}

/** A month from the address (`?bulan=2026-05`), or null when it is not one. */
export function parseMonth(value: string | null | undefined): string | null {
  return value && MONTH.test(value) ? value : null;
}

/** The month `delta` months before (negative) or after `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, index] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weeks of `month`, Monday to Sunday, with blanks before the 1st and after the last day. */
export function monthWeeks(month: string): CalendarDay[][] {
  const [year, index] = month.split('-').map(Number);
  // getUTCDay: 0 = Sunday; Monday-first offset of the 1st.
  const lead = (new Date(Date.UTC(year, index - 1, 1)).getUTCDay() + 6) % 7;
  const cells: CalendarDay[] = Array.from({ length: lead }, () => ({ key: null, day: null }));
  const count = daysIn(year, index);
  for (let day = 1; day <= count; day++) cells.push({ key: `${month}-${String(day).padStart(2, '0')}`, day });
  while (cells.length % 7) cells.push({ key: null, day: null });
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Instants safely around the month in any time zone (a day of margin each side): loading stops
 * once a page of meetings has passed them; `cityDay` then sorts each meeting into its day.
 */
export function monthWindow(month: string): { from: number; to: number } {
  const [year, index] = month.split('-').map(Number);
  const day = 86_400_000;
  return { from: Date.UTC(year, index - 1, 1) - day, to: Date.UTC(year, index, 1) + day };
}

/** The items of `month` by city day, each day's in the order given. */
export function byCityDay<T extends { startsAt: string }>(items: readonly T[], month: string, timeZone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const key = cityDay(item.startsAt, timeZone);
    if (!key.startsWith(`${month}-`)) continue;
    const list = days.get(key);
    if (list) list.push(item);
    else days.set(key, [item]);
  }
  return days;
}

/** Seven weekday names, Monday first, in `locale` (`long` for headers' full names, `short` to show). */
export function weekdayNames(locale: string, width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** "Mei 2026" / "May 2026". */
export function monthName(month: string, locale: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}
