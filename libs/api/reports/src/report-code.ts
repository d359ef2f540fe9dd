/** A report's tracking code as stored: `LPR-<year>-<sequence, at least 6 digits>`. */
export const REPORT_CODE = /^LPR-\d{4}-\d{6,}$/;

/**
 * What people type for a code: any case, parts separated by hyphens or spaces (`lpr 2026 000042`,
 * `LPR 2026-000042`). The digits are kept as typed: `LPR-2026-42` is not padded, so a code read
 * wrongly is not found rather than turned into someone else's report.
 */
const TYPED_CODE = /^LPR[\s-]*(\d{4})[\s-]*(\d+)$/;

/** The stored form of a typed code, or the input unchanged (trimmed, upper-cased) when it is not one. */
export function normalizeReportCode(value: string): string {
  const typed = value.trim().toUpperCase();
  const match = TYPED_CODE.exec(typed);
  return match ? `LPR-${match[1]}-${match[2]}` : typed;
}

/** For DTOs: `@Transform(toReportCode) @Matches(REPORT_CODE)`; arrays are normalised element-wise. */
export const toReportCode = ({ value }: { value: unknown }): unknown => {
  if (typeof value === 'string') return normalizeReportCode(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? normalizeReportCode(v) : v));
  return value;
};
