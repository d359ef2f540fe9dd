/**
 * The words and numbers of the town-hall forums (docs/product.md, "Town-hall forums"), one list
 * each for the API (validation, CHECK constraints) and the web app (labels, limits).
 */

/** Reactions a reader may give a post, one of each kind per reader. */
export const FORUM_REACTIONS = ['like', 'agree', 'thanks'] as const;
export type ForumReaction = (typeof FORUM_REACTIONS)[number];

/** Thread lists: latest activity first (pinned threads always first), or newest thread first. */
export const FORUM_THREAD_SORTS = ['activity', 'newest'] as const;
export type ForumThreadSort = (typeof FORUM_THREAD_SORTS)[number];

/**
 * Whether a post is public: `published`, or `pending` a moderator's approval (a watched word's
 * "hold", or a new account's first posts), or `rejected` by the moderator who looked at it.
 * Pending and rejected posts are seen by their author and moderators only.
 */
export const FORUM_POST_APPROVALS = ['published', 'pending', 'rejected'] as const;
export type ForumPostApproval = (typeof FORUM_POST_APPROVALS)[number];

/**
 * Why something is flagged by a reader or hidden by a moderator (the public placeholder names
 * it). `sara`: hatred against a group by ethnicity, religion, race or between groups (SARA).
 */
export const FORUM_FLAG_REASONS = ['spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic'] as const;
export type ForumFlagReason = (typeof FORUM_FLAG_REASONS)[number];

export const FORUM_LIMITS = {
  titleMin: 8,
  titleMax: 150,
  bodyMin: 2,
  bodyMax: 20000,
  categorySlugMax: 60,
  categoryNameMax: 80,
  categoryDescriptionMax: 500,
  /** An author may edit a post for this long after posting it; moderators see every version. */
  editWindowMinutes: 15,
  /** How much of a quoted post a reply shows. */
  quoteExcerptMax: 300,
} as const;

/** A category's address: lower-case words joined by hyphens (`jalan-dan-drainase`). */
export const FORUM_CATEGORY_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What moderators act on: forum posts (a thread through its first post) and meeting questions. */
export const FORUM_CONTENT_TYPES = ['post', 'question'] as const;
export type ForumContentType = (typeof FORUM_CONTENT_TYPES)[number];

/** What moderators do to content and threads (`auto_hide`: readers' flags reached the threshold). */
export const FORUM_CONTENT_ACTIONS = ['hide', 'unhide', 'approve', 'reject', 'dismiss_flags'] as const;
export type ForumContentAction = (typeof FORUM_CONTENT_ACTIONS)[number];
export const FORUM_THREAD_ACTIONS = ['lock', 'unlock', 'pin', 'unpin', 'move', 'slow_mode'] as const;
export type ForumThreadAction = (typeof FORUM_THREAD_ACTIONS)[number];

/** Sanctions on an account: a warning, muting for N days, a ban (for N days, or until lifted). */
export const FORUM_SANCTION_KINDS = ['warn', 'mute', 'ban'] as const;
export type ForumSanctionKind = (typeof FORUM_SANCTION_KINDS)[number];

/** Every kind of entry in the moderation log (the public statistics count these per month). */
export const FORUM_MODERATION_LOG_ACTIONS = [
  ...FORUM_CONTENT_ACTIONS,
  'auto_hide',
  ...FORUM_THREAD_ACTIONS,
  ...FORUM_SANCTION_KINDS,
  'lift_sanction',
  'appeal_upheld',
  'appeal_overturned',
] as const;
export type ForumModerationLogAction = (typeof FORUM_MODERATION_LOG_ACTIONS)[number];

/** What a watched word does to a post that contains it; the strictest match wins. */
export const FORUM_WATCHED_ACTIONS = ['block', 'hold', 'flag'] as const;
export type ForumWatchedAction = (typeof FORUM_WATCHED_ACTIONS)[number];

/** A moderator's answer to an appeal: the decision stands, or it is undone. */
export const FORUM_APPEAL_DECISIONS = ['upheld', 'overturned'] as const;
export type ForumAppealDecision = (typeof FORUM_APPEAL_DECISIONS)[number];

export const FORUM_MODERATION_LIMITS = {
  flagDetailsMax: 1000,
  reasonDetailsMax: 1000,
  appealMax: 2000,
  watchedPatternMax: 100,
  watchedListMax: 40,
  sanctionDaysMax: 3650,
  slowModeMinutesMax: 1440,
} as const;
