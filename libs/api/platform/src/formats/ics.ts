/**
 * iCalendar (RFC 5545) for meetings: one `.ics` per meeting and a feed of them all, for phones'
 * calendar apps. Times are written in UTC (`…Z`), which every app shows in the reader's own
 * time zone, so no VTIMEZONE block is needed.
 */
export interface CalendarEvent {
  /** Stable and unique across the portal, e.g. `meeting-<uuid>@<host>`: an update replaces the event. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description?: string;
  location?: string;
  geo?: { latitude: number; longitude: number };
  url?: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  /** Raised on every change the reader should see (RFC 5545 §3.8.7.4). */
  sequence?: number;
  updatedAt?: Date;
}

export interface CalendarOptions {
  /** The calendar's name as apps show it (X-WR-CALNAME). */
  name: string;
  productId?: string;
  /** DTSTAMP: when this file was made. */
  now?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `20261205T013000Z`. */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets folded (CRLF + space), never inside a UTF-8 character. */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts toward their 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${icsText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${icsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${icsText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude.toFixed(6)};${event.geo.longitude.toFixed(6)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${(event.status ?? 'confirmed').toUpperCase()}`);
  lines.push(`SEQUENCE:${event.sequence ?? 0}`);
  if (event.updatedAt) lines.push(`LAST-MODIFIED:${icsDateTime(event.updatedAt)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole calendar file: CRLF line ends, folded lines, ending with CRLF. */
export function icsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = icsDateTime(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//Walikota//Portal Warga//ID'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(icsFold).join(CRLF) + CRLF;
}
