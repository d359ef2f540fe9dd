import { dateTimeFormat, numberFormat } from './intl-cache';

describe('shared Intl formatters', () => {
  it('builds one formatter per locale and options, and formats like a fresh one', () => {
    const a = numberFormat('id-ID', { maximumFractionDigits: 0 });
    expect(numberFormat('id-ID', { maximumFractionDigits: 0 })).toBe(a);
    expect(numberFormat('en-GB', { maximumFractionDigits: 0 })).not.toBe(a);
    expect(a.format(1250000)).toBe(new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(1250000));
    expect(a.format(1250000)).toBe('1.250.000');
  });

  it('keeps date formats apart by time zone', () => {
    const date = new Date(Date.UTC(2026, 10, 22, 20, 0));
    const jakarta = dateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
    expect(dateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' })).toBe(jakarta);
    expect(jakarta.format(date)).toBe('23 November 2026');
    expect(dateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('22 November 2026');
  });
});
