import { ReportCodePipe } from './report-code.pipe';
import { REPORT_CODE, normalizeReportCode } from './report-code';

describe(normalizeReportCode.name, () => {
  it.each([
    ['LPR-2026-000042', 'LPR-2026-000042'],
    ['lpr 2026 000042', 'LPR-2026-000042'],
    ['LPR 2026-000042', 'LPR-2026-000042'],
    ['  lpr-2026 - 000042 ', 'LPR-2026-000042'],
    ['LPR2026000042', 'LPR-2026-000042'],
    ['lpr-2026-1000042', 'LPR-2026-1000042'],
  ])('reads %j as %s', (typed, code) => {
    expect(normalizeReportCode(typed)).toBe(code);
    expect(REPORT_CODE.test(normalizeReportCode(typed))).toBe(true);
  });

  it.each(['LPR-2026-42', 'LPR 26 000042', 'LPR-2026-00004x', 'ABC-2026-000042', ''])('keeps %j as typed: not a code', (typed) => {
    expect(REPORT_CODE.test(normalizeReportCode(typed))).toBe(false);
  });
});

describe(ReportCodePipe.name, () => {
  const pipe = new ReportCodePipe();

  it('turns a typed code into the stored one', () => {
    expect(pipe.transform('lpr 2026 000042')).toBe('LPR-2026-000042');
  });

  it('answers anything else as not found, not as a bad request', () => {
    expect(() => pipe.transform('LPR-2026-42')).toThrow(expect.objectContaining({ code: 'report_not_found', status: 404 }));
  });
});
