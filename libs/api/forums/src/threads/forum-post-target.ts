import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@walikota/api-notifications';
import type { ForumFlagReason } from '@walikota/shared-contracts';
import { EntityManager } from 'typeorm';
import type { ContentSummary, ContentTarget, LockedContent } from '../moderation/content-targets';

interface PostRow {
  id: string;
  number: number;
  author_id: string;
  approval: string;
  hidden_at: Date | null;
  hidden_by_flags: boolean;
  deleted_at: Date | null;
  thread_id: string;
  thread_number: number;
  title: string;
  thread_hidden_at: Date | null;
  thread_hidden_by_flags: boolean;
}

const SELECT = `SELECT p.id, p.number, p.author_id, p.approval, p.hidden_at, p.hidden_by_flags, p.deleted_at, p.created_at,
    left(p.body_text, 300) AS excerpt, p.thread_id, t.number AS thread_number, t.title,
    t.hidden_at AS thread_hidden_at, t.hidden_by_flags AS thread_hidden_by_flags, t.deleted_at AS thread_deleted_at
  FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id`;

/**
 * Forum posts as moderation sees them (docs/product.md, "Town-hall forums"). A thread is moderated
 * through its first post: hiding post 1 hides the thread (title and all), so that a hateful title
 * does not stay up while its text is hidden.
 */
@Injectable()
export class ForumPostTarget implements ContentTarget {
  readonly type = 'post' as const;

  constructor(private readonly notifications: NotificationsService) {}

  async lock(id: string, manager: EntityManager): Promise<LockedContent | null> {
    // The thread first, then the post: the order every writer of a thread takes its locks in.
    const [found]: { thread_id: string }[] = await manager.query(`SELECT thread_id FROM forum_post WHERE id = $1`, [id]);
    if (!found) return null;
    await manager.query(`SELECT 1 FROM forum_thread WHERE id = $1 FOR UPDATE`, [found.thread_id]);
    const [row]: PostRow[] = await manager.query(`${SELECT} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
    const first = row.number === 1;
    const hiddenAt = first ? row.thread_hidden_at : row.hidden_at;
    return {
      authorId: row.author_id,
      shown: row.approval === 'published' && !row.deleted_at && !row.hidden_at && !row.thread_hidden_at,
      hiddenAt,
      hiddenByFlags: first ? row.thread_hidden_by_flags : row.hidden_by_flags,
      pending: row.approval === 'pending',
      link: `/forum/t/${row.thread_number}#${row.number}`,
      context: row.title,
    };
  }

  async hide(id: string, reason: ForumFlagReason, details: string | null, byFlags: boolean, manager: EntityManager): Promise<void> {
    const { table, key } = await this.place(id, manager);
    await manager.query(
      `UPDATE ${table} SET hidden_at = coalesce(hidden_at, now()), hidden_code = $2, hidden_details = $3, hidden_by_flags = $4 WHERE id = $1`,
      [key, reason, details, byFlags],
    );
  }

  async unhide(id: string, manager: EntityManager): Promise<void> {
    const { table, key } = await this.place(id, manager);
    await manager.query(
      `UPDATE ${table} SET hidden_at = NULL, hidden_code = NULL, hidden_details = NULL, hidden_by_flags = false WHERE id = $1`,
      [key],
    );
  }

  /** A held post published (`published`) or refused (`rejected`); a published reply bumps its thread and tells its followers. */
  async decide(id: string, approval: 'published' | 'rejected', manager: EntityManager): Promise<void> {
    // An UPDATE answers [rows, count].
    const [[row]]: [{ number: number; thread_id: string; author_id: string; thread_number: number; title: string }[], number] =
      await manager.query(
        `UPDATE forum_post p SET approval = $2 FROM forum_thread t WHERE p.id = $1 AND t.id = p.thread_id
       RETURNING p.number, p.thread_id, p.author_id, t.number AS thread_number, t.title`,
        [id, approval],
      );
    if (approval !== 'published' || row.number === 1) return;
    await manager.query(`UPDATE forum_thread SET last_posted_at = greatest(last_posted_at, $2) WHERE id = $1`, [row.thread_id, new Date()]);
    const followers: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM forum_follow WHERE thread_id = $1 AND user_id <> $2`,
      [row.thread_id, row.author_id],
    );
    if (followers.length)
      await this.notifications.notify(
        followers.map((f) => f.user_id),
        'forum.reply',
        { title: row.title, number: String(row.thread_number), link: `/forum/t/${row.thread_number}#${row.number}` },
        manager,
      );
  }

  async describe(ids: string[], manager: EntityManager): Promise<ContentSummary[]> {
    if (ids.length === 0) return [];
    const rows: (PostRow & { excerpt: string; created_at: Date; thread_deleted_at: Date | null })[] = await manager.query(
      `${SELECT} WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => {
      const first = row.number === 1;
      const hidden = first ? row.thread_hidden_at : row.hidden_at;
      const deleted = row.deleted_at ?? (first ? row.thread_deleted_at : null);
      return {
        type: 'post' as const,
        id: row.id,
        authorId: row.author_id,
        context: row.title,
        excerpt: row.excerpt,
        link: `/forum/t/${row.thread_number}#${row.number}`,
        state: deleted ? 'deleted' : row.approval !== 'published' ? row.approval : hidden ? 'hidden' : 'visible',
        hiddenByFlags: first ? row.thread_hidden_by_flags : row.hidden_by_flags,
        createdAt: row.created_at,
      };
    });
  }

  /** Where a post's hidden state lives: the thread's row for a first post, its own otherwise. */
  private async place(id: string, manager: EntityManager): Promise<{ table: 'forum_thread' | 'forum_post'; key: string }> {
    const [row]: { number: number; thread_id: string }[] = await manager.query(`SELECT number, thread_id FROM forum_post WHERE id = $1`, [
      id,
    ]);
    return row.number === 1 ? { table: 'forum_thread', key: row.thread_id } : { table: 'forum_post', key: id };
  }
}
