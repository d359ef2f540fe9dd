import { isCalendarDate, parseCalendarDate, parseDateTimeWithOffset, parseInstant } from './instant';

describe('strict dates and instants', () => {
  it.each(['2026-12-04', '2024-02-29', '1999-01-31'])('takes the calendar day %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    '2026-W01',
    '2026-12',
    '2026-13-01',
    '2026-02-29',
    '2026-04-31',
    '2026-1-05',
    '20261204',
    '0999-01-01',
    '2026-12-04T00:00:00Z',
    '',
  ])('refuses %p as a calendar day', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });

  it('reads back what toISOString wrote, to the millisecond', () => {
    const at = new Date('2026-12-04T08:15:30.123Z');
    expect(parseInstant(at.toISOString())?.getTime()).toBe(at.getTime());
    expect(parseInstant('2026-12-04T08:15:30Z')?.toISOString()).toBe('2026-12-04T08:15:30.000Z');
    expect(parseInstant('2026-12-04T08:15:30.123456Z')?.toISOString()).toBe('2026-12-04T08:15:30.123Z');
  });

  it.each([
    '2026-13-45T99:99:99Z',
    '2026-02-30T00:00:00Z',
    '2026-12-04T24:00:00Z',
    '2026-12-04T08:15:30+07:00',
    '+275760-09-13T00:00:00.000Z',
    '2026-12-04 08:15:30Z',
    '1',
    '2026-12-04T08:15:30.1234567Z',
  ])('refuses %p as an instant', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it.each([
    ['2026-03-01T10:00:00-08:00', '2026-03-01T18:00:00.000Z'],
    ['2026-03-01T10:00:00+07:00', '2026-03-01T03:00:00.000Z'],
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00:00.25z', '2026-03-01T10:00:00.250Z'],
    ['2026-03-01T10:00+05:30', '2026-03-01T04:30:00.000Z'],
    ['2026-01-01T00:30:00+07:00', '2025-12-31T17:30:00.000Z'],
  ])('reads %p, offset included, as %p', (text, iso) => {
    expect(parseDateTimeWithOffset(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-W01',
    '2026-12',
    '2026-03-01',
    '2026-03-01T10:00:00',
    '2026-03-01 10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T10:00:00+15:00',
    '2026-03-01T10:00:00+0700',
    '+275760-09-13T00:00:00Z',
    '2026-03-01T10:00:00.1234567890Z',
  ])('refuses %p as a date and time with an offset', (text) => {
    expect(parseDateTimeWithOffset(text)).toBeNull();
  });
});
