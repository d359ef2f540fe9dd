import { CalendarEvent, icsCalendar, icsDateTime, icsFold, icsText } from './ics';

const MEETING: CalendarEvent = {
  uid: 'meeting-3f1c@walikota.example',
  start: new Date('2026-12-10T02:00:00Z'),
  end: new Date('2026-12-10T04:30:00Z'),
  title: 'Musrenbang Kelurahan Tembalang',
  description: 'Agenda:\n1. Jalan rusak, RT 03; drainase\n2. Penerangan jalan',
  location: 'Balai Kelurahan Tembalang, Jl. Ngesrep Timur V',
  geo: { latitude: -7.0567, longitude: 110.4381 },
  url: 'https://walikota.example/balai-kota/rapat/3f1c',
  sequence: 2,
  updatedAt: new Date('2026-12-04T08:15:30.250Z'),
};

/** Unfolds and splits a calendar file as a reader does (RFC 5545 §3.1). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('icsCalendar', () => {
  it('writes one event per meeting, in UTC, with CRLF line ends', () => {
    const ics = icsCalendar([MEETING], { name: 'Rapat Balai Kota', now: new Date('2026-12-05T00:00:00Z') });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Walikota//Portal Warga//ID',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Rapat Balai Kota',
      'BEGIN:VEVENT',
      'UID:meeting-3f1c@walikota.example',
      'DTSTAMP:20261205T000000Z',
      'DTSTART:20261210T020000Z',
      'DTEND:20261210T043000Z',
      'SUMMARY:Musrenbang Kelurahan Tembalang',
      'DESCRIPTION:Agenda:\\n1. Jalan rusak\\, RT 03\\; drainase\\n2. Penerangan jalan',
      'LOCATION:Balai Kelurahan Tembalang\\, Jl. Ngesrep Timur V',
      'GEO:-7.056700;110.438100',
      'URL:https://walikota.example/balai-kota/rapat/3f1c',
      'STATUS:CONFIRMED',
      'SEQUENCE:2',
      'LAST-MODIFIED:20261204T081530Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('marks a cancelled meeting as cancelled, and an empty feed is still a calendar', () => {
    const ics = icsCalendar([{ ...MEETING, status: 'cancelled' }], { name: 'x' });
    expect(lines(ics)).toContain('STATUS:CANCELLED');
    expect(lines(icsCalendar([], { name: 'Kosong' })).filter(Boolean)).toHaveLength(7);
  });
});

describe('icsText', () => {
  it('escapes what TEXT must not contain raw', () => {
    expect(icsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('icsFold', () => {
  it('keeps every physical line within 75 octets and never splits a character', () => {
    const long = `SUMMARY:${'Rapat warga membahas banjir dan jalan rusak 🚧 di Kelurahan Sendangmulyo '.repeat(4)}`;
    const folded = icsFold(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    physical.slice(1).forEach((line) => expect(line.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('leaves a short line alone', () => {
    expect(icsFold('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('icsDateTime', () => {
  it('is the UTC basic format without milliseconds', () => {
    expect(icsDateTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });
});
