/**
 * The organiser types the time of a meeting as people in the city read it (`<input type="datetime-local">`,
 * no zone), whatever the zone of the computer they use; the API wants an instant with its offset.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The zone's offset from UTC in minutes at `instant` (+420 for Asia/Jakarta). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * `cityLocalToInstant('2026-12-20T09:00', 'Asia/Jakarta')` → `'2026-12-20T09:00:00+07:00'`: the
 * wall-clock time in the city with the zone's offset at that moment. Null for anything that is not
 * a local date and time.
 */
export function cityLocalToInstant(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(wall)) return null;
  // The offset at the guessed instant, then again at the corrected one (zones with summer time).
  let offset = zoneOffsetMinutes(wall, timeZone);
  offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offsetText(offset)}`;
}

/** The inverse, to fill the form when editing: `'2026-12-20T02:00:00Z'`, 'Asia/Jakarta' → `'2026-12-20T09:00'`. */
export function instantToCityLocal(instant: string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) return '';
  const shifted = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** "WIB", "WITA", "WIT" for Indonesia's zones; the zone's name elsewhere. */
export function zoneAbbreviation(timeZone: string): string {
  const zones: Record<string, string> = {
    'Asia/Jakarta': 'WIB',
    'Asia/Pontianak': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  };
  return zones[timeZone] ?? timeZone;
}
