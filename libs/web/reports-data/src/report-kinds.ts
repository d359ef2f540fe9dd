import type { ReportSummaryDto } from '@walikota/shared-contracts';

export type ReportType = ReportSummaryDto['type'];
export type ReportStatus = ReportSummaryDto['status'];
export type ReportPrivacy = ReportSummaryDto['privacy'];

export const REPORT_TYPES: readonly ReportType[] = ['aspiration', 'complaint', 'information_request'];
export const REPORT_PRIVACIES: readonly ReportPrivacy[] = ['public', 'anonymous', 'confidential'];

/** In workflow order (libs/api/reports report-workflow.ts), then the side states. */
export const REPORT_STATUSES: readonly ReportStatus[] = [
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
];

/** The timeline's event kinds that have a label; the API may add others (shown with a fallback). */
export const REPORT_EVENT_KINDS = [
  'filed',
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
  'auto_close',
  'merged',
] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

export function isReportStatus(value: string | null | undefined): value is ReportStatus {
  return (REPORT_STATUSES as readonly (string | null | undefined)[]).includes(value);
}

export function isReportEventKind(kind: string): kind is ReportEventKind {
  return (REPORT_EVENT_KINDS as readonly string[]).includes(kind);
}
