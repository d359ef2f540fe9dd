/**
 * Strict readers for the dates and instants that clients send back to us (cursors, date filters).
 * `new Date(text)` accepts far more than ISO 8601 (`2026-13-45` rolls over in some engines,
 * `+275760-09-13` is a valid year, `1` is 2001) and PostgreSQL then refuses what JavaScript took,
 * which surfaced as a 500. These accept exactly one spelling and a real calendar day.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$/;

/** `YYYY-MM-DD` naming a day that exists (years 1000–9999), or null. */
export function parseCalendarDate(text: string): { year: number; month: number; day: number } | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

export function isCalendarDate(text: unknown): text is string {
  return typeof text === 'string' && parseCalendarDate(text) !== null;
}

/**
 * A UTC instant as `Date#toISOString()` writes it (`2026-12-04T08:15:30.123Z`, fraction optional,
 * at most microseconds), or null.
 */
export function parseInstant(text: string): Date | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
}

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/**
 * An ISO 8601 date and time that says its offset (`2026-03-01T10:00:00+07:00`, `…T03:00Z`; seconds
 * and fraction optional, as in W3C-DTF), as the instant it names, or null. Without an offset a
 * time would mean a different instant in every time zone, so it is refused.
 */
export function parseDateTimeWithOffset(text: string): Date | null {
  const match = OFFSET_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? 0);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (offsetHours > 14 || offsetMinutes > 59) return null;
  const sign = match[9] === '-' ? -1 : 1;
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return new Date(local - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
