/**
 * The life of a report (docs/product.md, "The report workflow"; after SP4N-LAPOR!): which action may move a report from
 * which status, by whom, and what it needs. Pure, so that every rule is unit-tested here and the
 * service only applies it.
 */
import { REPORT_ACTION_FIELDS, REPORT_STATUSES } from '@walikota/shared-contracts';
import type { RejectReason, ReportAction, ReportActionField, ReportPrivacy, ReportStatus, ReportType } from '@walikota/shared-contracts';

// The workflow's words are shared with the web app (libs/shared/contracts report-vocabulary.ts).
export { REJECT_REASONS, REPORT_ACTIONS, REPORT_PRIVACIES, REPORT_STATUSES, REPORT_TYPES } from '@walikota/shared-contracts';
export type { RejectReason, ReportAction, ReportPrivacy, ReportStatus, ReportType };

/**
 * Who may act: `moderator` (moderators and admins), `handler` (officials of the department the
 * report was dispatched to, and admins once it is dispatched), `reporter` (the citizen who filed it).
 */
export type ActorKind = 'moderator' | 'handler' | 'reporter';

export interface ActionRule {
  /**
   * The statuses each kind of actor may take the action from; a kind not named may not take it
   * at all. `on_hold` is further split by who put the report on hold (see `holder`).
   */
  by: Partial<Record<ActorKind, readonly ReportStatus[]>>;
  /** The new status; `held_from` returns to the status the report had before `on_hold`; null keeps the status. */
  to: ReportStatus | 'held_from' | null;
}

/** Body fields each action requires: one table with the staff's forms (shared contracts, REPORT_ACTION_FIELDS). */
export function requiredFields(action: ReportAction): readonly ReportActionField[] {
  return REPORT_ACTION_FIELDS[action].required;
}

/** What a department works on once a report is dispatched to it. */
export const HANDLING: readonly ReportStatus[] = ['dispatched', 'in_progress'];
const OPEN: readonly ReportStatus[] = ['submitted', 'verified', 'dispatched', 'in_progress', 'on_hold'];

export const ACTION_RULES: Record<ReportAction, ActionRule> = {
  verify: { by: { moderator: ['submitted'] }, to: 'verified' },
  reject: { by: { moderator: ['submitted', 'verified'] }, to: 'rejected' },
  dispatch: { by: { moderator: ['verified', 'not_our_authority'] }, to: 'dispatched' },
  start: { by: { handler: ['dispatched'] }, to: 'in_progress' },
  resolve: { by: { handler: HANDLING }, to: 'resolved' },
  // Moderators hold what is not yet dispatched (waiting for the reporter, say); departments what they handle.
  hold: { by: { moderator: ['verified'], handler: HANDLING }, to: 'on_hold' },
  // Each resumes only its own holds (`holder`).
  resume: { by: { moderator: ['on_hold'], handler: ['on_hold'] }, to: 'held_from' },
  not_our_authority: { by: { handler: HANDLING }, to: 'not_our_authority' },
  mark_duplicate: { by: { moderator: OPEN }, to: 'duplicate' },
  close: { by: { moderator: ['not_our_authority'] }, to: 'closed' },
  // "Sudah selesai?" yes: closes, with an optional rating and comment.
  confirm: { by: { reporter: ['resolved'] }, to: 'closed' },
  // "Sudah selesai?" no: back to the department, with the reason.
  reopen: { by: { reporter: ['resolved', 'closed'] }, to: 'in_progress' },
  // A rating after the fact, e.g. for a report that closed on its own.
  rate: { by: { reporter: ['resolved', 'closed'] }, to: null },
  note: { by: { moderator: REPORT_STATUSES, handler: REPORT_STATUSES }, to: null },
};

/** Who put a report on hold, by the status it was held from: a department holds what it handles. */
export function holder(heldFromStatus: ReportStatus | null): ActorKind {
  return heldFromStatus !== null && HANDLING.includes(heldFromStatus) ? 'handler' : 'moderator';
}

export interface WorkflowState {
  status: ReportStatus;
  heldFromStatus: ReportStatus | null;
  resolvedAt: Date | null;
  reopenCount: number;
  rating: number | null;
}

export type WorkflowRefusal =
  | { kind: 'forbidden' }
  | { kind: 'illegal'; from: ReportStatus }
  | { kind: 'already_rated' }
  | { kind: 'reopen_used' }
  | { kind: 'not_resolved' };

/**
 * The status after `action`, or why it may not happen. `actors` are the kinds the caller counts
 * as for this report.
 */
export function nextStatus(state: WorkflowState, action: ReportAction, actors: readonly ActorKind[]): ReportStatus | WorkflowRefusal {
  const rule = ACTION_RULES[action];
  const mine = actors.filter((actor) => rule.by[actor] !== undefined);
  if (mine.length === 0) return { kind: 'forbidden' };
  if (!mine.some((actor) => rule.by[actor]?.includes(state.status))) return { kind: 'illegal', from: state.status };
  if (action === 'resume' && !actors.includes(holder(state.heldFromStatus))) return { kind: 'forbidden' };
  // A closed report counts as handled only if it was resolved first (not rejected, redirected…).
  if ((action === 'reopen' || action === 'rate') && !state.resolvedAt) return { kind: 'not_resolved' };
  if (action === 'reopen' && state.reopenCount >= 1) return { kind: 'reopen_used' };
  if (action === 'rate' && state.rating !== null) return { kind: 'already_rated' };
  if (rule.to === null) return state.status;
  if (rule.to === 'held_from') return state.heldFromStatus ?? 'verified';
  return rule.to;
}

/** Open311 knows two statuses. */
export function open311Status(status: ReportStatus): 'open' | 'closed' {
  return ['resolved', 'closed', 'rejected', 'not_our_authority', 'duplicate'].includes(status) ? 'closed' : 'open';
}
