import type { ReportActionDto, ReportSummaryDto } from './api.generated';

/**
 * The words of the report workflow (docs/product.md, "The report workflow"), one list each for the API (validation, the
 * workflow's rule table) and the web app (filters, labels). Written here once; the checks at the
 * end fail the type check when a list and the API's published types (api.generated.ts, from
 * openapi.json) disagree, e.g. after a status is added on one side only.
 */

/** In workflow order, then the side states. */
export const REPORT_STATUSES = [
  'submitted',
  'verified',
  'dispatched',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
  'on_hold',
  'not_our_authority',
  'duplicate',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TYPES = ['aspiration', 'complaint', 'information_request'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_PRIVACIES = ['public', 'anonymous', 'confidential'] as const;
export type ReportPrivacy = (typeof REPORT_PRIVACIES)[number];

export const REJECT_REASONS = ['unclear', 'insufficient_information', 'not_a_report', 'offensive', 'spam', 'personal_data'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REPORT_ACTIONS = [
  'verify',
  'reject',
  'dispatch',
  'start',
  'resolve',
  'hold',
  'resume',
  'not_our_authority',
  'mark_duplicate',
  'close',
  'confirm',
  'reopen',
  'rate',
  'note',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** What a timeline event records: the filing, an action, or what the system did on its own. */
export const REPORT_EVENT_KINDS = ['filed', ...REPORT_ACTIONS, 'auto_close', 'merged'] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

export function isReportStatus(value: string | null | undefined): value is ReportStatus {
  return (REPORT_STATUSES as readonly (string | null | undefined)[]).includes(value);
}

export function isReportEventKind(kind: string): kind is ReportEventKind {
  return (REPORT_EVENT_KINDS as readonly string[]).includes(kind);
}

/** `true` only when A and B are the same set of strings. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
// Each line fails to compile when the list above and the published API type differ.
export type _VocabularyAgreesWithTheApi = [
  Assert<Same<ReportStatus, ReportSummaryDto['status']>>,
  Assert<Same<ReportType, ReportSummaryDto['type']>>,
  Assert<Same<ReportPrivacy, ReportSummaryDto['privacy']>>,
  Assert<Same<ReportAction, ReportActionDto['action']>>,
  Assert<Same<RejectReason, NonNullable<ReportActionDto['reasonCode']>>>,
];
