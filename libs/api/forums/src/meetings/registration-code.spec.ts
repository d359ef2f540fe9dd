import { REGISTRATION_CODE_ALPHABET, formatRegistrationCode, newRegistrationCode, normalizeRegistrationCode } from './registration-code';
import { cityTime } from './meeting-support';

describe('registration codes', () => {
  it('are eight characters of an alphabet without look-alikes', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', 'U', 'V']) expect(REGISTRATION_CODE_ALPHABET).not.toContain(ambiguous);
    const codes = new Set(Array.from({ length: 2000 }, () => newRegistrationCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTWXYZ2-9]{8}$/);
  });

  it('are shown in two groups and read back whatever the case and separators', () => {
    expect(formatRegistrationCode('K7F3Q9XA')).toBe('K7F3-Q9XA');
    for (const typed of ['K7F3-Q9XA', 'k7f3q9xa', ' k7f3 q9xa ', 'K7F3.Q9XA', 'k7-f3-q9-xa'])
      expect(normalizeRegistrationCode(typed)).toBe('K7F3Q9XA');
  });

  it('refuse what cannot be a code', () => {
    for (const typed of ['', 'K7F3-Q9X', 'K7F3-Q9XAB', 'K7F3-Q9X0', 'K7F3-Q9XO', "K7F3'Q9XA", 'K7F3-Q9XÄ'])
      expect(normalizeRegistrationCode(typed)).toBeNull();
  });
});

describe('cityTime', () => {
  it('writes an instant in the city’s zone with its customary name', () => {
    expect(cityTime(new Date('2026-12-10T02:00:00Z'), 'Asia/Jakarta')).toBe('2026-12-10 09:00 WIB');
    expect(cityTime(new Date('2026-12-10T02:00:00Z'), 'Asia/Makassar')).toBe('2026-12-10 10:00 WITA');
    expect(cityTime(new Date('2026-12-10T16:30:00Z'), 'Asia/Jayapura')).toBe('2026-12-11 01:30 WIT');
  });
});
