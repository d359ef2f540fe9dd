/**
 * A tracking code as people type, paste or read it out (`lpr 2026 000042`, `LPR 2026-000042`,
 * extra spaces, typographic dashes): any case, the three parts separated by hyphens, dashes or
 * white space, or not at all. The same rule as the API's, so that the address shows the code
 * as stored.
 */
const TYPED_CODE = /^LPR[\s\u2010-\u2015-]*(\d{4})[\s\u2010-\u2015-]*(\d+)$/;

/**
 * The stored form `LPR-2026-000042` of a typed code. The digits are kept as typed (a short
 * sequence is not padded, so a misread code is not found rather than turned into someone else's);
 * anything else comes back trimmed and upper-cased.
 */
export function normalizeReportCode(typed: string): string {
  const code = typed.trim().toUpperCase();
  const match = TYPED_CODE.exec(code);
  return match ? `LPR-${match[1]}-${match[2]}` : code;
}
