import { formatDate, formatDateTime, formatRupiah } from './format';

describe('formatting', () => {
  it('writes Rupiah with the thousands separator of each language, exactly for huge amounts', () => {
    expect(formatRupiah(1_250_000, 'id')).toBe('Rp 1.250.000');
    expect(formatRupiah(1_250_000, 'en')).toBe('Rp 1,250,000');
    expect(formatRupiah('9007199254740993', 'id')).toBe('Rp 9.007.199.254.740.993');
  });

  it('shows dates in the city’s time zone', () => {
    // 23:30 UTC is already the next day in Jakarta (UTC+7).
    expect(formatDate('2026-11-22T23:30:00Z', 'id', 'Asia/Jakarta')).toBe('23 November 2026');
    expect(formatDate('2026-11-22T23:30:00Z', 'en', 'Asia/Jakarta')).toBe('23 November 2026');
    expect(formatDateTime('2026-11-22T10:05:00Z', 'id', 'Asia/Jakarta')).toMatch(/^22 Nov 2026,? 17[.:]05$/);
    expect(formatDateTime('2026-11-22T10:05:00Z', 'en', 'Asia/Makassar')).toMatch(/^22 Nov 2026,? 18:05$/);
  });
});
