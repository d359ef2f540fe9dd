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
