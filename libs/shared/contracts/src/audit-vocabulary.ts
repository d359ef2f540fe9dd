import type { AuditVerificationDto } from './api.generated';
import type { Assert, Same } from './report-vocabulary';
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

/** What petitions record (docs/product.md, "Petitions"). */
const PETITION_ACTIONS = [
  'petition.created',
  'petition.updated',
  'petition.sponsors_requested',
  'petition.sponsored',
  'petition.submitted',
  'petition.publish',
  'petition.reject',
  'petition.hide',
  'petition.closed',
  'petition.responded',
  'petition.threshold_response',
  'petition.threshold_agenda',
  'petition.signatures_invalidated',
  'petition.reason_saved',
  'petition.domain_blocked',
  'petition.domain_unblocked',
] as const;

/** What the forums record (docs/product.md, "Town-hall forums"). */
const FORUM_ACTIONS = [
  'forum_category.created',
  'forum_category.updated',
  'forum_post.hide',
  'forum_post.unhide',
  'forum_post.approve',
  'forum_post.reject',
  'forum_post.dismiss_flags',
  'forum_question.hide',
  'forum_question.unhide',
  'forum_question.dismiss_flags',
  'forum_thread.lock',
  'forum_thread.unlock',
  'forum_thread.pin',
  'forum_thread.unpin',
  'forum_thread.move',
  'forum_thread.slow_mode',
  'user.forum_warn',
  'user.forum_mute',
  'user.forum_ban',
  'user.forum_sanction_lifted',
  'forum_appeal.decided',
  'forum_watched_word.added',
  'forum_watched_word.removed',
] as const;

/** What town-hall meetings record (docs/product.md, "Town-hall meetings"); the target is the meeting. */
const MEETING_ACTIONS = [
  'meeting.created',
  'meeting.updated',
  'meeting.agenda_petition_added',
  'meeting.start',
  'meeting.cancel',
  'meeting.conclude',
  'meeting.check_in',
  'meeting.question_answered',
  'meeting.question_merged',
  'meeting.commitment_status_changed',
] as const;

/** Each report action as `report.<action>`, and what the system closes on its own. */
export type ReportAuditAction = `report.${ReportAction}` | 'report.auto_close';

export type AuditAction =
  | (typeof ACCOUNT_AND_CALENDAR_ACTIONS)[number]
  | ReportAuditAction
  | (typeof PETITION_ACTIONS)[number]
  | (typeof FORUM_ACTIONS)[number]
  | (typeof MEETING_ACTIONS)[number];

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...ACCOUNT_AND_CALENDAR_ACTIONS,
  ...REPORT_ACTIONS.map((action): ReportAuditAction => `report.${action}`),
  'report.auto_close',
  ...PETITION_ACTIONS,
  ...FORUM_ACTIONS,
  ...MEETING_ACTIONS,
];

export const AUDIT_TARGET_TYPES = [
  'user',
  'api_key',
  'holiday',
  'report',
  'petition',
  'petition_reason',
  'petition_domain',
  'forum_category',
  'forum_post',
  'forum_question',
  'forum_thread',
  'forum_appeal',
  'forum_watched_word',
  'meeting',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Why a verification failed, for the first entry (or the anchor) that does not check out. */
export const AUDIT_CHAIN_BREAKS = [
  /** The entry's hash is not the hash of its columns: it was changed, or forged with a made-up hash. */
  'hash_mismatch',
  /** The entry was not chained to the one before it: an entry was inserted or moved. */
  'link_broken',
  /** Entries are missing before this one (`missing` says which places): they were deleted. */
  'entries_missing',
  /** The entry's place is before the chain's start. */
  'out_of_sequence',
  /** The entry the last verification anchored has another hash now: history up to it was rewritten. */
  'anchor_mismatch',
  /** The chain ends before the entry the last verification anchored: its newest entries were removed. */
  'truncated',
  /** `audit_log_entry_hash` no longer computes what it did when the chain was written. */
  'hash_function_changed',
] as const;
export type AuditChainBreak = (typeof AUDIT_CHAIN_BREAKS)[number];

// Fails to compile when the list above and the published API type differ.
export type _ChainBreaksAgreeWithTheApi = Assert<Same<AuditChainBreak, NonNullable<AuditVerificationDto['reason']>>>;
