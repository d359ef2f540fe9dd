import { isCalendarDate, parseCalendarDate, parseInstant } from './instant';

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
});
