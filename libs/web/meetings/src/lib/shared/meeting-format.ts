import type { MeetingCommitmentStatus, MeetingStatus } from '@walikota/shared-contracts';
import type { WkTone } from '@walikota/web-ui';
import { cityDay } from '../calendar';

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let value = formats.get(key);
  if (!value) formats.set(key, (value = new Intl.DateTimeFormat(locale, options)));
  return value;
}

/**
 * When a meeting takes place, in the city: "14 Mei 2026, 09.00–11.00" on one day, both dates and
 * times when it runs past midnight.
 */
export function timeRange(startsAt: string, endsAt: string, language: 'id' | 'en', timeZone: string): string {
  const locale = LOCALES[language];
  const full = format(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  if (cityDay(startsAt, timeZone) !== cityDay(endsAt, timeZone)) {
    return `${full.format(new Date(startsAt))} – ${full.format(new Date(endsAt))}`;
  }
  const time = format(locale, { timeStyle: 'short', timeZone });
  return `${full.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** The time of day in the city: "09.00" / "09:00". */
export function timeOfDay(instant: string, language: 'id' | 'en', timeZone: string): string {
  return format(LOCALES[language], { timeStyle: 'short', timeZone }).format(new Date(instant));
}

/** A calendar date the API sends as `YYYY-MM-DD` (a due date in the city): "30 Juni 2026". */
export function calendarDate(day: string, language: 'id' | 'en'): string {
  return format(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

export function statusTone(status: MeetingStatus): WkTone {
  return ({ scheduled: 'info', live: 'success', concluded: 'neutral', cancelled: 'danger' } as const)[status];
}

export function commitmentTone(status: MeetingCommitmentStatus): WkTone {
  return ({ open: 'info', in_progress: 'warning', done: 'success', dropped: 'neutral' } as const)[status];
}

/** The places still free (never below zero). */
export function placesLeft(meeting: { capacity: number; confirmedCount: number }): number {
  return Math.max(0, meeting.capacity - meeting.confirmedCount);
}

/** The SVG of a QR code as a `data:` address for an `<img>` (the CSP allows data: images). */
export function svgDataUrl(svg: string): string {
  // UTF-8 bytes as a binary string (btoa takes only Latin-1).
  const binary = encodeURIComponent(svg).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
