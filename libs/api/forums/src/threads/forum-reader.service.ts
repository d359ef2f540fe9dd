import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@walikota/api-identity';
import { AuthUser, FieldDomainException, Language, NotFoundDomainException, searchWords, translate } from '@walikota/api-platform';
import { FORUM_LIMITS, FORUM_REACTIONS } from '@walikota/shared-contracts';
import type { ForumFlagReason, ForumPostApproval, ForumReaction } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import {
  ForumHiddenDto,
  ForumPostDto,
  ForumPostListQueryDto,
  ForumPostPageDto,
  ForumQuoteDto,
  ForumReactionCountsDto,
  ForumSearchPageDto,
  ForumSearchQueryDto,
  ForumThreadDetailDto,
  ForumThreadListQueryDto,
  ForumThreadPageDto,
  ForumThreadSummaryDto,
} from './forum.dto';
import {
  ThreadFacts,
  postFacts,
  canEditPost,
  canOpenThread,
  isForumModerator,
  postStateFor,
  readsPostText,
  readsThreadText,
  threadTakesReplies,
} from './forum-rules';
import { decodeRankCursor, decodeTimeCursor, encodeRankCursor, encodeTimeCursor } from './forum-cursors';

/** A thread as the rules and the pages read it. */
export interface ThreadRow extends ThreadFacts {
  id: string;
  number: number;
  title: string;
  categoryId: string;
  categorySlug: string;
  categoryNameId: string;
  categoryNameEn: string;
  createdAt: Date;
  lastPostedAt: Date;
  pinnedAt: Date | null;
  lockReason: string | null;
  slowModeMinutes: number;
  hiddenCode: ForumFlagReason | null;
  hiddenDetails: string | null;
  hiddenByFlags: boolean;
}

interface PostRow {
  id: string;
  number: number;
  author_id: string;
  body_html: string;
  quote_post_id: string | null;
  approval: ForumPostApproval;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_code: ForumFlagReason | null;
  hidden_details: string | null;
  hidden_by_flags: boolean;
  deleted_at: Date | null;
  created_at: Date;
}

const THREAD_SELECT = `
  SELECT t.id, t.number, t.title, t.category_id AS "categoryId", c.slug AS "categorySlug", c.name_id AS "categoryNameId",
         c.name_en AS "categoryNameEn", t.author_id AS "authorId", t.created_at AS "createdAt", t.last_posted_at AS "lastPostedAt",
         t.pinned_at AS "pinnedAt", t.locked_at AS "lockedAt", t.lock_reason AS "lockReason", t.slow_mode_minutes AS "slowModeMinutes",
         t.hidden_at AS "hiddenAt", t.hidden_code AS "hiddenCode", t.hidden_details AS "hiddenDetails", t.hidden_by_flags AS "hiddenByFlags",
         t.deleted_at AS "deletedAt", (op.approval = 'published') AS opened
  FROM forum_thread t
  JOIN forum_category c ON c.id = t.category_id
  JOIN forum_post op ON op.thread_id = t.id AND op.number = 1`;

const POST_COLUMNS = `id, number, author_id, body_html, quote_post_id, approval, edited_at, hidden_at, hidden_code, hidden_details,
  hidden_by_flags, deleted_at, created_at`;

/** Published replies that show (for counts a visitor may see). */
const SHOWN_REPLIES = `SELECT count(*) FROM forum_post r WHERE r.thread_id = t.id AND r.number > 1 AND r.approval = 'published'
  AND r.deleted_at IS NULL AND r.hidden_at IS NULL`;

/**
 * Reading the forums (docs/product.md, "Town-hall forums"): thread lists (keyset, pinned first),
 * a thread's posts (keyset on the post number), single posts and full-text search. Every query
 * applies the visibility rules of forum-rules.ts: search and lists never return hidden, deleted
 * or held content; a thread's page shows placeholders in their place.
 */
@Injectable()
export class ForumReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  /** The thread by its number, or 404 when there is none or the caller may not open it. */
  async thread(
    user: AuthUser | undefined,
    number: number,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ThreadRow> {
    const [row]: ThreadRow[] = await manager.query(`${THREAD_SELECT} WHERE t.number = $1${lock ? ' FOR UPDATE OF t' : ''}`, [number]);
    if (!row || !canOpenThread(row, user)) throw new NotFoundDomainException('forum_thread_not_found');
    return row;
  }

  async threadDetail(user: AuthUser | undefined, number: number, language: Language): Promise<ForumThreadDetailDto> {
    const thread = await this.thread(user, number);
    const moderator = isForumModerator(user);
    const [[counts], follows] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*) AS posts FROM forum_post WHERE thread_id = $1 AND (approval = 'published' OR author_id = $2 OR $3)`,
        [thread.id, user?.id ?? null, moderator],
      ) as Promise<{ posts: string }[]>,
      user
        ? (this.dataSource.query(`SELECT 1 FROM forum_follow WHERE thread_id = $1 AND user_id = $2`, [thread.id, user.id]) as Promise<
            unknown[]
          >)
        : [],
    ]);
    const [replies]: { n: string }[] = await this.dataSource.query(`SELECT (${SHOWN_REPLIES}) AS n FROM forum_thread t WHERE t.id = $1`, [
      thread.id,
    ]);
    const names = await this.directory.names([thread.authorId]);
    return {
      ...this.summary(thread, user, language, names, Number(replies.n)),
      categoryId: thread.categoryId,
      lockReason: thread.lockReason,
      slowModeMinutes: thread.slowModeMinutes,
      postCount: Number(counts.posts),
      following: follows.length > 0,
      canReply: !!user && threadTakesReplies(thread),
    };
  }

  /** Threads of one category or of all, by latest activity or newest; pinned ones on the first page, apart. */
  async threads(user: AuthUser | undefined, query: ForumThreadListQueryDto, language: Language): Promise<ForumThreadPageDto> {
    const limit = query.limit ?? 20;
    const sortColumn = query.sort === 'newest' ? 't.created_at' : 't.last_posted_at';
    const cursor = decodeTimeCursor(query.after);
    const params: unknown[] = [isForumModerator(user)];
    let where = `t.deleted_at IS NULL AND op.approval = 'published' AND (t.hidden_at IS NULL OR $1)`;
    if (query.category) {
      const [category]: { id: string }[] = await this.dataSource.query(`SELECT id FROM forum_category WHERE slug = $1`, [query.category]);
      if (!category) throw new NotFoundDomainException('forum_category_not_found');
      params.push(category.id);
      where += ` AND t.category_id = $${params.length}`;
    }
    const listSql = (extra: string, order: string, limitParam: string) =>
      `${THREAD_SELECT.replace('SELECT', `SELECT (${SHOWN_REPLIES}) AS "replyCount",`)} WHERE ${where} ${extra} ORDER BY ${order} LIMIT ${limitParam}`;
    const pageParams = [...params];
    let extra = 'AND t.pinned_at IS NULL';
    if (cursor) {
      pageParams.push(cursor.at, cursor.id);
      extra += ` AND (${sortColumn}, t.id) < ($${pageParams.length - 1}, $${pageParams.length})`;
    }
    pageParams.push(limit + 1);
    const [rows, pinned] = await Promise.all([
      this.dataSource.query(listSql(extra, `${sortColumn} DESC, t.id DESC`, `$${pageParams.length}`), pageParams) as Promise<
        (ThreadRow & { replyCount: string })[]
      >,
      cursor
        ? Promise.resolve([] as (ThreadRow & { replyCount: string })[])
        : (this.dataSource.query(listSql('AND t.pinned_at IS NOT NULL', 't.pinned_at DESC, t.id DESC', '20'), params) as Promise<
            (ThreadRow & { replyCount: string })[]
          >),
    ]);
    const page = rows.slice(0, limit);
    const names = await this.directory.names([...page, ...pinned].map((t) => t.authorId));
    const last = page[page.length - 1];
    return {
      pinned: pinned.map((t) => this.summary(t, user, language, names, Number(t.replyCount))),
      items: page.map((t) => this.summary(t, user, language, names, Number(t.replyCount))),
      nextCursor:
        rows.length > limit && last ? encodeTimeCursor(query.sort === 'newest' ? last.createdAt : last.lastPostedAt, last.id) : null,
    };
  }

  /** A thread's posts after `after` (a post number), in order, with placeholders where posts are hidden or deleted. */
  async posts(user: AuthUser | undefined, number: number, query: ForumPostListQueryDto, language: Language): Promise<ForumPostPageDto> {
    const thread = await this.thread(user, number);
    const limit = query.limit ?? 30;
    if (!readsThreadText(thread, user)) return { items: [], nextAfter: null };
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT ${POST_COLUMNS} FROM forum_post
       WHERE thread_id = $1 AND number > $2 AND (approval = 'published' OR author_id = $3 OR $4)
       ORDER BY number LIMIT $5`,
      [thread.id, query.after ?? 0, user?.id ?? null, isForumModerator(user), limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      items: await this.toPosts(user, thread, page, language),
      nextAfter: rows.length > limit ? page[page.length - 1].number : null,
    };
  }

  /** One post as the caller sees it (404 when they may not). */
  async post(
    user: AuthUser | undefined,
    postId: string,
    language: Language,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ thread: ThreadRow; post: ForumPostDto }> {
    const [row]: (PostRow & { thread_number: number })[] = await manager.query(
      `SELECT ${POST_COLUMNS.replace(/(\w+)/g, 'p.$1')}, t.number AS thread_number FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = $1`,
      [postId],
    );
    if (!row) throw new NotFoundDomainException('forum_post_not_found');
    const thread = await this.thread(user, row.thread_number, manager).catch(() => {
      throw new NotFoundDomainException('forum_post_not_found');
    });
    if (!readsThreadText(thread, user)) throw new NotFoundDomainException('forum_post_not_found');
    const [post] = await this.toPosts(user, thread, [row], language, manager);
    if (!post) throw new NotFoundDomainException('forum_post_not_found');
    return { thread, post };
  }

  /** Indonesian full-text search over published, shown posts of readable threads (titles weigh most). */
  async search(query: ForumSearchQueryDto): Promise<ForumSearchPageDto> {
    const words = searchWords(query.q);
    if (!words) throw new FieldDomainException('q', 'forum_search_words');
    const limit = query.limit ?? 20;
    const cursor = decodeRankCursor(query.after);
    const params: unknown[] = [words, limit + 1];
    let after = '';
    if (cursor) {
      params.push(cursor.rank, cursor.id);
      after = `AND (ts_rank(p.search_vector, q.query)::real, p.id) < ($3::real, $4::uuid)`;
    }
    const rows: {
      id: string;
      number: number;
      author_id: string;
      excerpt: string;
      created_at: Date;
      thread_number: number;
      title: string;
      slug: string;
      rank: number;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.number, p.author_id, left(p.body_text, ${FORUM_LIMITS.quoteExcerptMax}) AS excerpt, p.created_at,
              t.number AS thread_number, t.title, c.slug, ts_rank(p.search_vector, q.query)::real AS rank
       FROM websearch_to_tsquery('indonesian', $1) q(query)
       JOIN forum_post p ON p.search_vector @@ q.query
       JOIN forum_thread t ON t.id = p.thread_id
       JOIN forum_category c ON c.id = t.category_id
       WHERE p.approval = 'published' AND p.deleted_at IS NULL AND p.hidden_at IS NULL
         AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         AND EXISTS (SELECT 1 FROM forum_post op WHERE op.thread_id = t.id AND op.number = 1 AND op.approval = 'published')
         ${after}
       ORDER BY rank DESC, p.id DESC
       LIMIT $2`,
      params,
    );
    const page = rows.slice(0, limit);
    const names = await this.directory.names(page.map((r) => r.author_id));
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        threadNumber: r.thread_number,
        threadTitle: r.title,
        postNumber: r.number,
        categorySlug: r.slug,
        authorName: names.get(r.author_id) ?? null,
        excerpt: r.excerpt,
        createdAt: r.created_at,
      })),
      nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank, last.id) : null,
    };
  }

  // ------------------------------------------------------------ shaping

  summary(
    thread: ThreadRow,
    user: AuthUser | undefined,
    language: Language,
    names: Map<string, string>,
    replyCount: number,
  ): ForumThreadSummaryDto {
    const readable = readsThreadText(thread, user);
    return {
      number: thread.number,
      title: readable ? thread.title : null,
      categorySlug: thread.categorySlug,
      categoryName: language === 'en' ? thread.categoryNameEn : thread.categoryNameId,
      authorName: readable ? (names.get(thread.authorId) ?? null) : null,
      replyCount,
      createdAt: thread.createdAt,
      lastPostedAt: thread.lastPostedAt,
      pinned: !!thread.pinnedAt,
      locked: !!thread.lockedAt,
      hidden: thread.hiddenAt ? this.hidden(thread.hiddenCode, thread.hiddenDetails, thread.hiddenByFlags, language) : null,
    };
  }

  private hidden(code: ForumFlagReason | null, details: string | null, byFlags: boolean, language: Language): ForumHiddenDto {
    const reason = code ?? 'offensive';
    return { code: reason, label: translate(language, `forum.reason.${reason}`), details, byFlags };
  }

  /** Posts as the caller sees them: names, quotes, reaction counts and the caller's reactions in four queries for the page. */
  private async toPosts(
    user: AuthUser | undefined,
    thread: ThreadRow,
    rows: PostRow[],
    language: Language,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumPostDto[]> {
    const shown = rows.flatMap((row) => {
      const facts = postFacts(row);
      const state = postStateFor(facts, user);
      return state ? [{ row, facts, state, text: readsPostText(state, facts, user) }] : [];
    });
    if (shown.length === 0) return [];
    const ids = shown.map((s) => s.row.id);
    const quoteIds = [...new Set(shown.map((s) => s.row.quote_post_id).filter((id): id is string => !!id))];
    const [reactionRows, mine, quoted] = await Promise.all([
      manager.query(`SELECT post_id, kind, count(*) AS n FROM forum_reaction WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, kind`, [
        ids,
      ]) as Promise<{ post_id: string; kind: ForumReaction; n: string }[]>,
      user
        ? (manager.query(`SELECT post_id, kind FROM forum_reaction WHERE post_id = ANY($1::uuid[]) AND user_id = $2`, [
            ids,
            user.id,
          ]) as Promise<{ post_id: string; kind: ForumReaction }[]>)
        : Promise.resolve([]),
      quoteIds.length
        ? (manager.query(
            `SELECT id, number, author_id, approval, hidden_at, deleted_at, left(body_text, ${FORUM_LIMITS.quoteExcerptMax}) AS excerpt
             FROM forum_post WHERE id = ANY($1::uuid[])`,
            [quoteIds],
          ) as Promise<
            {
              id: string;
              number: number;
              author_id: string;
              approval: ForumPostApproval;
              hidden_at: Date | null;
              deleted_at: Date | null;
              excerpt: string;
            }[]
          >)
        : Promise.resolve([]),
    ]);
    const names = await this.directory.names([...shown.map((s) => s.row.author_id), ...quoted.map((q) => q.author_id)]);
    const quotes = new Map(
      quoted.map((q): [string, ForumQuoteDto] => {
        const showsText = q.approval === 'published' && !q.hidden_at && !q.deleted_at;
        return [
          q.id,
          {
            postId: q.id,
            number: q.number,
            authorName: showsText ? (names.get(q.author_id) ?? null) : null,
            excerpt: showsText ? q.excerpt : null,
          },
        ];
      }),
    );
    const now = new Date();
    return shown.map(({ row, facts, state, text }) => {
      const reactions = Object.fromEntries(FORUM_REACTIONS.map((k) => [k, 0])) as unknown as ForumReactionCountsDto;
      for (const r of reactionRows) if (r.post_id === row.id) reactions[r.kind] = Number(r.n);
      return {
        id: row.id,
        number: row.number,
        state,
        authorName: text ? (names.get(row.author_id) ?? null) : null,
        mine: row.author_id === user?.id,
        bodyHtml: text ? row.body_html : null,
        quote: text && row.quote_post_id ? (quotes.get(row.quote_post_id) ?? null) : null,
        hidden: row.hidden_at ? this.hidden(row.hidden_code, row.hidden_details, row.hidden_by_flags, language) : null,
        reactions,
        myReactions: mine.filter((m) => m.post_id === row.id).map((m) => m.kind),
        createdAt: row.created_at,
        editedAt: row.edited_at,
        canEdit: canEditPost(facts, thread, user, now),
      };
    });
  }
}
