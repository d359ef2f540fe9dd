import { calendarDate, placesLeft, svgDataUrl, timeRange, timeOfDay } from './meeting-format';

describe('meeting format', () => {
  it('writes one day with both times, in the city', () => {
    const text = timeRange('2026-05-14T02:00:00Z', '2026-05-14T04:00:00Z', 'id', 'Asia/Jakarta');
    expect(text).toContain('14 Mei 2026');
    expect(text).toMatch(/09\.00–11\.00$/);
    expect(timeRange('2026-05-14T02:00:00Z', '2026-05-14T04:00:00Z', 'en', 'Asia/Jakarta')).toMatch(/09:00–11:00$/);
  });

  it('writes both dates when the meeting runs into the next city day', () => {
    const text = timeRange('2026-05-14T14:00:00Z', '2026-05-14T18:00:00Z', 'en', 'Asia/Jakarta');
    expect(text).toContain('14 May 2026');
    expect(text).toContain('15 May 2026');
    expect(text).toContain(' – ');
  });

  it('writes a time of day and a due date', () => {
    expect(timeOfDay('2026-05-14T02:00:00Z', 'id', 'Asia/Jakarta')).toBe('09.00');
    expect(calendarDate('2026-06-30', 'id')).toBe('30 Juni 2026');
    expect(calendarDate('2026-06-30', 'en')).toBe('30 June 2026');
  });

  it('counts free places, never below zero', () => {
    expect(placesLeft({ capacity: 10, confirmedCount: 3 })).toBe(7);
    expect(placesLeft({ capacity: 1, confirmedCount: 1 })).toBe(0);
    expect(placesLeft({ capacity: 1, confirmedCount: 2 })).toBe(0);
  });

  it('makes a data: address of an SVG, non-ASCII text included', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><title>é</title></svg>');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const escaped = Array.from(atob(url.slice(26)), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    expect(decodeURIComponent(escaped)).toBe('<svg xmlns="http://www.w3.org/2000/svg"><title>é</title></svg>');
  });
});
