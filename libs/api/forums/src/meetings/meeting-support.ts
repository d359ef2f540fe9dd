/** Where a meeting is read in the web app (the Berita Acara prints it too). */
export function meetingLink(code: string): string {
  return `/balai-kota/rapat/${code}`;
}

/** Indonesia's zones by their customary names; another zone by its IANA name. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** `2026-12-10 09:00 WIB`: a start as registrants read it in a notification, in the city's time. */
export function cityTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
