import type { ReportActionDto, ReportDetailDto, ReportEventDto, ReportSummaryDto } from '@walikota/shared-contracts';
import type { WkTone } from '@walikota/web-ui';

export type ReportAction = ReportActionDto['action'];
export type RejectReason = NonNullable<ReportActionDto['reasonCode']>;
export type { ReportDetailDto, ReportEventDto, ReportSummaryDto };

export { REJECT_REASONS } from '@walikota/shared-contracts';

/** What staff do on this page, in the order the panel offers them; the reporter's own actions live on the tracking page. */
export const STAFF_ACTIONS: readonly ReportAction[] = [
  'verify',
  'dispatch',
  'start',
  'resolve',
  'resume',
  'hold',
  'not_our_authority',
  'mark_duplicate',
  'reject',
  'close',
  'note',
];

/** Tracking codes as the API accepts them (one rule with the API's). */
export { REPORT_CODE_PATTERN } from '@walikota/shared-contracts';

export function isStaffAction(action: string): action is ReportAction {
  return (STAFF_ACTIONS as readonly string[]).includes(action);
}

/** The staff actions the API allows the caller now, in the panel's order. */
export function staffActions(report: Pick<ReportDetailDto, 'allowedActions'>): ReportAction[] {
  return STAFF_ACTIONS.filter((action) => report.allowedActions.includes(action));
}

/** An event's timeline tone: closing steps green, refusals red, internal notes muted. */
export function eventTone(event: Pick<ReportEventDto, 'kind' | 'public'>): WkTone {
  if (!event.public) return 'neutral';
  switch (event.kind) {
    case 'resolve':
    case 'confirm':
    case 'close':
    case 'auto_close':
      return 'success';
    case 'reject':
    case 'not_our_authority':
      return 'danger';
    case 'hold':
    case 'reopen':
      return 'warning';
    default:
      return 'info';
  }
}
