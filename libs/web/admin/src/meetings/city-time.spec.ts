import { cityLocalToInstant, instantToCityLocal, zoneAbbreviation } from './city-time';

describe('city time', () => {
  it('reads a wall-clock time in the city as an instant with the zone’s offset (WIB, WITA, WIT)', () => {
    expect(cityLocalToInstant('2026-12-20T09:00', 'Asia/Jakarta')).toBe('2026-12-20T09:00:00+07:00');
    expect(cityLocalToInstant('2026-12-20T09:00', 'Asia/Pontianak')).toBe('2026-12-20T09:00:00+07:00');
    expect(cityLocalToInstant('2026-12-20T09:00', 'Asia/Makassar')).toBe('2026-12-20T09:00:00+08:00');
    expect(cityLocalToInstant('2026-12-20T23:30', 'Asia/Jayapura')).toBe('2026-12-20T23:30:00+09:00');
  });

  it('is the same instant whatever the zone of the computer', () => {
    const instant = cityLocalToInstant('2027-01-01T00:15', 'Asia/Makassar');
    expect(new Date(instant ?? '').toISOString()).toBe('2026-12-31T16:15:00.000Z');
  });

  it('handles zones with summer time and seconds', () => {
    expect(cityLocalToInstant('2026-07-01T12:00:30', 'Europe/Amsterdam')).toBe('2026-07-01T12:00:30+02:00');
    expect(cityLocalToInstant('2026-01-01T12:00', 'Europe/Amsterdam')).toBe('2026-01-01T12:00:00+01:00');
  });

  it('refuses what is not a local date and time', () => {
    expect(cityLocalToInstant('', 'Asia/Jakarta')).toBeNull();
    expect(cityLocalToInstant('20-12-2026 09:00', 'Asia/Jakarta')).toBeNull();
  });

  it('turns an instant back into the city’s wall-clock time for editing', () => {
    expect(instantToCityLocal('2026-12-20T02:00:00Z', 'Asia/Jakarta')).toBe('2026-12-20T09:00');
    expect(instantToCityLocal('2026-12-20T09:00:00+07:00', 'Asia/Makassar')).toBe('2026-12-20T10:00');
    expect(instantToCityLocal('2026-12-20T20:00:00.000Z', 'Asia/Jayapura')).toBe('2026-12-21T05:00');
    expect(instantToCityLocal('nonsense', 'Asia/Jakarta')).toBe('');
  });

  it('round-trips', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      expect(instantToCityLocal(cityLocalToInstant('2026-03-05T07:45', zone) ?? '', zone)).toBe('2026-03-05T07:45');
    }
  });

  it('names Indonesia’s zones', () => {
    expect([zoneAbbreviation('Asia/Jakarta'), zoneAbbreviation('Asia/Makassar'), zoneAbbreviation('Asia/Jayapura')]).toEqual([
      'WIB',
      'WITA',
      'WIT',
    ]);
  });
});
