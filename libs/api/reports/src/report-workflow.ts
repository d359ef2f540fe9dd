/**
 * The life of a report (DESIGN.md §1, after SP4N-LAPOR!): which action may move a report from
 * which status, by whom, and what it needs. Pure, so that every rule is unit-tested here and the
 * service only applies it.
 */
import { REPORT_STATUSES } from '@walikota/shared-contracts';
import type { RejectReason, ReportAction, ReportPrivacy, ReportStatus, ReportType } from '@walikota/shared-contracts';

// The workflow's words are shared with the web app (libs/shared/contracts report-vocabulary.ts).
export { REJECT_REASONS, REPORT_ACTIONS, REPORT_PRIVACIES, REPORT_STATUSES, REPORT_TYPES } from '@walikota/shared-contracts';
export type { RejectReason, ReportAction, ReportPrivacy, ReportStatus, ReportType };

/**
 * Who may act: `moderator` (moderators and admins), `handler` (officials of the department the
 * report is dispatched to, and admins; moderators too, so that nothing gets stuck),
 * `reporter` (the citizen who filed it).
 */
export type ActorKind = 'moderator' | 'handler' | 'reporter';

export interface ActionRule {
  actors: readonly ActorKind[];
  from: readonly ReportStatus[];
  /** The new status; `held_from` returns to the status the report had before `on_hold`; null keeps the status. */
  to: ReportStatus | 'held_from' | null;
  /** Body fields the action requires. */
  requires: readonly ('note' | 'reasonCode' | 'departmentId' | 'duplicateOf' | 'rating')[];
}

const HANDLING: readonly ReportStatus[] = ['dispatched', 'in_progress'];
const OPEN: readonly ReportStatus[] = ['submitted', 'verified', 'dispatched', 'in_progress', 'on_hold'];

export const ACTION_RULES: Record<ReportAction, ActionRule> = {
  verify: { actors: ['moderator'], from: ['submitted'], to: 'verified', requires: [] },
  reject: { actors: ['moderator'], from: ['submitted', 'verified'], to: 'rejected', requires: ['reasonCode', 'note'] },
  dispatch: { actors: ['moderator'], from: ['verified', 'not_our_authority'], to: 'dispatched', requires: [] },
  start: { actors: ['handler'], from: ['dispatched'], to: 'in_progress', requires: [] },
  resolve: { actors: ['handler'], from: HANDLING, to: 'resolved', requires: ['note'] },
  hold: { actors: ['handler', 'moderator'], from: ['verified', ...HANDLING], to: 'on_hold', requires: ['note'] },
  resume: { actors: ['handler', 'moderator'], from: ['on_hold'], to: 'held_from', requires: [] },
  not_our_authority: { actors: ['handler'], from: HANDLING, to: 'not_our_authority', requires: ['note'] },
  mark_duplicate: { actors: ['moderator'], from: OPEN, to: 'duplicate', requires: ['duplicateOf'] },
  close: { actors: ['moderator'], from: ['not_our_authority'], to: 'closed', requires: ['note'] },
  confirm: { actors: ['reporter'], from: ['resolved'], to: 'closed', requires: [] },
  reopen: { actors: ['reporter'], from: ['resolved', 'closed'], to: 'in_progress', requires: ['note'] },
  rate: { actors: ['reporter'], from: ['resolved', 'closed'], to: null, requires: ['rating'] },
  note: { actors: ['moderator', 'handler'], from: REPORT_STATUSES, to: null, requires: ['note'] },
};

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
  if (!rule.actors.some((actor) => actors.includes(actor))) return { kind: 'forbidden' };
  if (!rule.from.includes(state.status)) return { kind: 'illegal', from: state.status };
  // A closed report counts as handled only if it was resolved first (not rejected, redirected…).
  if ((action === 'reopen' || action === 'rate') && !state.resolvedAt) return { kind: 'not_resolved' };
  if (action === 'reopen' && state.reopenCount >= 1) return { kind: 'reopen_used' };
  if (action === 'rate' && state.rating !== null) return { kind: 'already_rated' };
  if (rule.to === null) return state.status;
  if (rule.to === 'held_from') return state.heldFromStatus ?? 'verified';
  return rule.to;
}

/** Shown in public lists: not confidential, and past the moderators' first look. */
export function isListed(privacy: ReportPrivacy, status: ReportStatus): boolean {
  return privacy !== 'confidential' && !['submitted', 'rejected', 'duplicate'].includes(status);
}

/** Open311 knows two statuses. */
export function open311Status(status: ReportStatus): 'open' | 'closed' {
  return ['resolved', 'closed', 'rejected', 'not_our_authority', 'duplicate'].includes(status) ? 'closed' : 'open';
}
