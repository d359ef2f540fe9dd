import { parseCalendarDate, parseDateTimeWithOffset } from '@walikota/api-platform';

/**
 * The two wire formats of GeoReport v2 (http://wiki.open311.org/GeoReport_v2): JSON, and XML
 * whose element names are the JSON keys, lists wrapped in a plural element.
 */
export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

export function isOpen311Format(value: unknown): value is Open311Format {
  return typeof value === 'string' && (OPEN311_FORMATS as readonly string[]).includes(value);
}

export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [name: string]: XmlValue };

/** The element of each item in a list, by the list's element name (the spec's names). */
const ITEM_ELEMENTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** `<root>…</root>` with an XML declaration; text is escaped, characters XML 1.0 forbids dropped. */
export function toXml(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}`;
}

function element(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENTS[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([child, v]) => element(child, v))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

// Control characters other than tab, line feed and carriage return are not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The body in either format: JSON as it is, XML under `root`. */
export function serialize(format: Open311Format, root: string, value: XmlValue): string {
  return format === 'xml' ? toXml(root, value) : JSON.stringify(value);
}

/** ISO 8601 with the offset of `timeZone` (the spec's examples: `2010-04-14T06:37:38-08:00`). */
export function isoWithOffset(date: Date, timeZone: string): string {
  const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const offset = offsetMinutes(seconds, timeZone);
  const local = new Date(seconds.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes `timeZone` is ahead of UTC at `date`. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A `start_date`/`end_date` parameter: a date and time with its offset is that instant; a bare
 * date is that day's midnight in the city, or for an end date the last millisecond of that day.
 * Anything else (a time without offset, a week date, `2026-12`) is refused by the DTO
 * (`IsDateOrDateTime`) before it gets here; a RangeError if it does.
 */
export function parseOpen311Date(value: string, timeZone: string, end = false): Date {
  const instant = parseDateTimeWithOffset(value);
  if (instant) return instant;
  if (!parseCalendarDate(value)) throw new RangeError(`Not an Open311 date: ${value}`);
  // Midnight read as UTC, then shifted by the city's offset at about that time.
  const naive = new Date(`${value}T00:00:00Z`);
  const midnight = new Date(naive.getTime() - offsetMinutes(naive, timeZone) * 60_000);
  return end ? new Date(midnight.getTime() + 86_400_000 - 1) : midnight;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
