import { normalizeReportCode } from './report-rules';

describe(normalizeReportCode.name, () => {
  it('turns a code as people type or read it out into the stored form', () => {
    for (const typed of [
      'LPR-2026-000042',
      'lpr-2026-000042',
      'lpr 2026 000042',
      'LPR 2026-000042',
      '  Lpr   2026  000042  ',
      'LPR - 2026 - 000042',
      'LPR2026000042',
      'LPR–2026–000042', // en dashes, as word processors write them
      'LPR\t2026\u00a0000042', // a tab and a no-break space, as copied from a document
    ]) {
      expect({ typed, code: normalizeReportCode(typed) }).toEqual({ typed, code: 'LPR-2026-000042' });
    }
  });

  it('keeps the digits as typed: a short sequence is not padded into someone else’s code', () => {
    expect(normalizeReportCode('lpr 2026 42')).toBe('LPR-2026-42');
    expect(normalizeReportCode('LPR-2026-0000421')).toBe('LPR-2026-0000421');
  });

  it('leaves anything that is not a code recognisable (trimmed, upper case), for the “not found” answer', () => {
    expect(normalizeReportCode('  abc 123 ')).toBe('ABC 123');
    expect(normalizeReportCode('')).toBe('');
  });
});
