import type { ReportAction } from './report-vocabulary';

/**
 * Rules of the report workflow that the API enforces and the web app explains, written once
 * (docs/product.md, "Deadlines" and "The report workflow").
 */

/** Working days (weekends and the city's holidays do not count). */
export const REPORT_DEADLINES = {
  /** A moderator verifies (or rejects) a new report within this many working days of filing. */
  verify: 3,
  /** The department follows a dispatched (or reopened) report up within this many working days. */
  followUp: 5,
  /** A resolved report the reporter does not answer closes on its own after this many working days. */
  autoClose: 10,
} as const;

/** The deadlines as message parameters: `{verifyDays}`, `{followUpDays}`, `{autoCloseDays}` in every catalog. */
export const DEADLINE_PARAMS = {
  verifyDays: REPORT_DEADLINES.verify,
  followUpDays: REPORT_DEADLINES.followUp,
  autoCloseDays: REPORT_DEADLINES.autoClose,
} as const;

/** Fields of an action's body besides `action` itself. */
export type ReportActionField = 'note' | 'reasonCode' | 'departmentId' | 'duplicateOf' | 'externalAgency' | 'rating';

/**
 * What each action asks for: `required` fields the API refuses the action without (400 naming
 * the field), `optional` ones a form offers. The API's workflow and the staff's action forms both
 * read this table.
 */
export const REPORT_ACTION_FIELDS: Record<
  ReportAction,
  { required: readonly ReportActionField[]; optional: readonly ReportActionField[] }
> = {
  verify: { required: [], optional: ['note'] },
  reject: { required: ['reasonCode', 'note'], optional: [] },
  dispatch: { required: [], optional: ['departmentId', 'note'] },
  start: { required: [], optional: ['note'] },
  resolve: { required: ['note'], optional: [] },
  hold: { required: ['note'], optional: [] },
  resume: { required: [], optional: ['note'] },
  not_our_authority: { required: ['note'], optional: ['externalAgency'] },
  mark_duplicate: { required: ['duplicateOf'], optional: ['note'] },
  close: { required: ['note'], optional: [] },
  confirm: { required: [], optional: ['rating', 'note'] },
  reopen: { required: ['note'], optional: [] },
  rate: { required: ['rating'], optional: ['note'] },
  note: { required: ['note'], optional: [] },
};

/** A report's tracking code as stored: `LPR-<year>-<sequence, at least 6 digits>`. */
export const REPORT_CODE_PATTERN = /^LPR-\d{4}-\d{6,}$/;

/**
 * A tracking code as people type, paste or read it out (`lpr 2026 000042`, `LPR 2026-000042`,
 * extra spaces, typographic dashes): any case, the three parts separated by hyphens, dashes or
 * white space, or not at all.
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
