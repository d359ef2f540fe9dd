import { markdownToText, renderMarkdown } from '@walikota/api-platform';
import type { ForumPostApproval } from '@walikota/shared-contracts';
import { EntityManager } from 'typeorm';

/**
 * How a thread and a post are written: the rendered, sanitised HTML, the plain text and the search
 * vector in the same statement as the Markdown (docs/architecture.md, "Forums: threads and
 * replies"). Used by posting and by the demo seed, so the two cannot drift apart.
 */
export interface NewPost {
  threadId: string;
  number: number;
  authorId: string;
  body: string;
  /** The thread's title, searched with its first post. */
  title: string | null;
  quotePostId: string | null;
  approval: ForumPostApproval;
  at: Date;
}

/** The search vector of a post: the thread title (first posts) weighs most, then the text. */
export const SEARCH_VECTOR = (title: string, text: string) =>
  `setweight(to_tsvector('indonesian', ${title}), 'A') || setweight(to_tsvector('indonesian', ${text}), 'B')`;

/** A new thread row with the next number; its text is then its first post. */
export async function insertForumThread(
  manager: EntityManager,
  thread: { categoryId: string; authorId: string; title: string; at: Date },
): Promise<{ id: string; number: number }> {
  const [row]: { id: string; number: number }[] = await manager.query(
    `INSERT INTO forum_thread (number, category_id, author_id, title, last_posted_at, created_at, updated_at)
     VALUES (nextval('forum_thread_number_seq'), $1, $2, $3, $4, $4, $4) RETURNING id, number`,
    [thread.categoryId, thread.authorId, thread.title, thread.at],
  );
  return row;
}

export async function insertForumPost(manager: EntityManager, post: NewPost): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO forum_post (thread_id, number, author_id, body, body_html, body_text, quote_post_id, approval, created_at, search_vector)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${SEARCH_VECTOR('$10', '$6')}) RETURNING id`,
    [
      post.threadId,
      post.number,
      post.authorId,
      post.body,
      renderMarkdown(post.body),
      markdownToText(post.body),
      post.quotePostId,
      post.approval,
      post.at,
      post.title ?? '',
    ],
  );
  return row.id;
}

/** The writer follows the thread (idempotent). */
export async function followForumThread(manager: EntityManager, threadId: string, userId: string): Promise<void> {
  await manager.query(`INSERT INTO forum_follow (thread_id, user_id) VALUES ($1, $2) ON CONFLICT (thread_id, user_id) DO NOTHING`, [
    threadId,
    userId,
  ]);
}
