import { REPORT_ACTIONS } from './report-vocabulary';
import type { ReportAction } from './report-vocabulary';

/**
 * The audit log's words: every action code the API records and every kind of target, one list
 * for the API (what `AuditService.record` accepts, the list's `action` filter) and the web app
 * (labels, the filter's options). An action missing here does not compile where it is recorded.
 */

/** What accounts and the working calendar record (identity, reference). */
const ACCOUNT_AND_CALENDAR_ACTIONS = [
  'user.admin_created',
  'user.roles_changed',
  'user.departments_changed',
  'user.suspended',
  'user.reactivated',
  'user.deleted_self',
  'user.demo_account_removed',
  'user.verification_email_sent',
  'api_key.created',
  'api_key.revoked',
  'holiday.set',
  'holiday.deleted',
] as const;

/** Each report action as `report.<action>`, and what the system closes on its own. */
export type ReportAuditAction = `report.${ReportAction}` | 'report.auto_close';

export type AuditAction = (typeof ACCOUNT_AND_CALENDAR_ACTIONS)[number] | ReportAuditAction;

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...ACCOUNT_AND_CALENDAR_ACTIONS,
  ...REPORT_ACTIONS.map((action): ReportAuditAction => `report.${action}`),
  'report.auto_close',
];

export const AUDIT_TARGET_TYPES = ['user', 'api_key', 'holiday', 'report'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
