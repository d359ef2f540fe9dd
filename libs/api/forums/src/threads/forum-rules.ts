import type { AuthUser } from '@walikota/api-platform';
import { hasRole } from '@walikota/api-platform';
import { FORUM_LIMITS } from '@walikota/shared-contracts';
import type { ForumPostApproval } from '@walikota/shared-contracts';
import type { ForumPostState } from './forum.dto';

/** What the rules read of a thread (docs/product.md, "Town-hall forums"). */
export interface ThreadFacts {
  authorId: string;
  lockedAt: Date | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  /** Whether its first post is published (a held first post keeps the whole thread back). */
  opened: boolean;
}

/** What the rules read of a post. */
export interface PostFacts {
  authorId: string;
  approval: ForumPostApproval;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
}

/** A post row's columns as the rules read them. */
export function postFacts(row: {
  author_id: string;
  approval: ForumPostApproval;
  hidden_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
}): PostFacts {
  return { authorId: row.author_id, approval: row.approval, hiddenAt: row.hidden_at, deletedAt: row.deleted_at, createdAt: row.created_at };
}

/** Moderators (and admins) see behind placeholders and act on everything. */
export function isForumModerator(user: AuthUser | undefined): boolean {
  return hasRole(user, 'moderator');
}

/**
 * Whether the caller may open a thread's page at all. Deleted threads are gone for everyone but
 * moderators; a thread whose first post waits for approval is its author's and the moderators';
 * a hidden thread still opens, as a placeholder with the reason.
 */
export function canOpenThread(thread: ThreadFacts, user: AuthUser | undefined): boolean {
  if (isForumModerator(user)) return true;
  if (thread.deletedAt) return false;
  return thread.opened || thread.authorId === user?.id;
}

/** Whether the caller reads the thread's title and posts, rather than a "hidden" placeholder. */
export function readsThreadText(thread: ThreadFacts, user: AuthUser | undefined): boolean {
  return !thread.hiddenAt || isForumModerator(user) || thread.authorId === user?.id;
}

/**
 * How a post shows to the caller, or null when it does not show at all. Held (`pending`) and
 * `rejected` posts are their author's and the moderators' only; hidden and deleted posts keep
 * their place in the conversation as placeholders.
 */
export function postStateFor(post: PostFacts, user: AuthUser | undefined): ForumPostState | null {
  const privileged = isForumModerator(user) || post.authorId === user?.id;
  if (post.approval !== 'published') return privileged ? post.approval : null;
  if (post.deletedAt) return 'deleted';
  if (post.hiddenAt) return 'hidden';
  return 'visible';
}

/** Whether the caller reads the text behind the post's state (its author and moderators read hidden ones). */
export function readsPostText(state: ForumPostState, post: PostFacts, user: AuthUser | undefined): boolean {
  if (state === 'visible' || state === 'pending' || state === 'rejected') return true;
  if (state === 'hidden') return isForumModerator(user) || post.authorId === user?.id;
  return isForumModerator(user);
}

/** Whether a thread takes replies: open (not locked, hidden or deleted) and published. */
export function threadTakesReplies(thread: ThreadFacts): boolean {
  return thread.opened && !thread.lockedAt && !thread.hiddenAt && !thread.deletedAt;
}

/** The end of a post's edit window. */
export function editWindowEnd(post: Pick<PostFacts, 'createdAt'>): Date {
  return new Date(post.createdAt.getTime() + FORUM_LIMITS.editWindowMinutes * 60_000);
}

/**
 * Whether `user` may edit `post` at `now`: its author, within the edit window, while neither the
 * post nor its thread is hidden, deleted or locked. Moderators hide; they do not rewrite.
 */
export function canEditPost(post: PostFacts, thread: ThreadFacts, user: AuthUser | undefined, now: Date): boolean {
  if (!user || post.authorId !== user.id) return false;
  if (post.deletedAt || post.hiddenAt || post.approval === 'rejected') return false;
  if (thread.lockedAt || thread.hiddenAt || thread.deletedAt) return false;
  return now.getTime() < editWindowEnd(post).getTime();
}
