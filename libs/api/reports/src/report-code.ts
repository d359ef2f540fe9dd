import { normalizeReportCode } from '@walikota/shared-contracts';

/** A report's tracking code as stored, and how a typed one is read: one rule with the web app's. */
export { REPORT_CODE_PATTERN as REPORT_CODE, normalizeReportCode } from '@walikota/shared-contracts';

/** For DTOs: `@Transform(toReportCode) @Matches(REPORT_CODE)`; arrays are normalised element-wise. */
export const toReportCode = ({ value }: { value: unknown }): unknown => {
  if (typeof value === 'string') return normalizeReportCode(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? normalizeReportCode(v) : v));
  return value;
};
