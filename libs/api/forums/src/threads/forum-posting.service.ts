import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  ForbiddenDomainException,
  Language,
  NotFoundDomainException,
  PerUserRateLimiter,
  RateLimitedException,
  RequestMeta,
  markdownToText,
  renderMarkdown,
} from '@walikota/api-platform';
import type { ForumPostApproval, ForumReaction } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { UserDirectory } from '@walikota/api-identity';
import { ForumFlags } from '../moderation/forum-flags.service';
import { ForumSanctions } from '../moderation/forum-sanctions.service';
import { ForumWatchedWords, WatchedVerdict } from '../moderation/forum-watched-words.service';
import { ForumCategoriesService } from './forum-categories.service';
import { SEARCH_VECTOR, followForumThread, insertForumPost, insertForumThread } from './forum-store';
import { ForumPostCreatedDto, ForumPostEditDto, ForumReplyInputDto, ForumRevisionDto, ForumThreadInputDto } from './forum.dto';
import { ForumReader, ThreadRow } from './forum-reader.service';
import { canEditPost, isForumModerator, postFacts, postStateFor, readsThreadText, threadTakesReplies } from './forum-rules';

/** Staff write in their own name; the new-account rules are for the public. */
const isStaff = (user: AuthUser) => user.roles.some((role) => role !== 'citizen');

/**
 * Writing in the forums (docs/product.md, "Town-hall forums"): threads, replies with quotes,
 * edits within the edit window (earlier versions kept for moderators), deleting one's own post,
 * reactions and following. A reply locks its thread's row: replies are numbered without gaps
 * or duplicates, slow mode is checked against the writer's last post in the same transaction,
 * and followers are told in it.
 */
@Injectable()
export class ForumPostingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly categories: ForumCategoriesService,
    private readonly reader: ForumReader,
    private readonly notifications: NotificationsService,
    private readonly limiter: PerUserRateLimiter,
    private readonly sanctions: ForumSanctions,
    private readonly watched: ForumWatchedWords,
    private readonly flags: ForumFlags,
    private readonly directory: UserDirectory,
  ) {}

  async createThread(user: AuthUser, meta: RequestMeta, dto: ForumThreadInputDto, language: Language): Promise<ForumPostCreatedDto> {
    const young = await this.admit(user, meta, true);
    const verdict = await this.screen({ title: dto.title, body: dto.body });
    const { number, postId } = await this.dataSource.transaction(async (manager) => {
      const approval = await this.approvalFor(user, young, verdict, manager);
      await this.categories.requireActive(dto.categoryId, manager);
      const at = new Date();
      const thread = await insertForumThread(manager, { categoryId: dto.categoryId, authorId: user.id, title: dto.title, at });
      const id = await insertForumPost(manager, {
        threadId: thread.id,
        number: 1,
        authorId: user.id,
        body: dto.body,
        title: dto.title,
        quotePostId: null,
        approval,
        at,
      });
      await this.flagIfWatched(manager, id, verdict);
      await followForumThread(manager, thread.id, user.id);
      return { number: thread.number, postId: id };
    });
    return { threadNumber: number, post: (await this.reader.post(user, postId, language)).post };
  }

  async reply(
    user: AuthUser,
    meta: RequestMeta,
    threadNumber: number,
    dto: ForumReplyInputDto,
    language: Language,
  ): Promise<ForumPostCreatedDto> {
    const young = await this.admit(user, meta, false);
    const verdict = await this.screen({ body: dto.body });
    const postId = await this.dataSource.transaction(async (manager) => {
      const thread = await this.reader.thread(user, threadNumber, manager, true);
      this.assertTakesReplies(thread, user);
      const approval = await this.approvalFor(user, young, verdict, manager);
      const at = new Date();
      await this.checkSlowMode(manager, thread, user, at);
      if (dto.quotePostId) await this.checkQuote(manager, thread.id, dto.quotePostId);
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM forum_post WHERE thread_id = $1`,
        [thread.id],
      );
      const id = await insertForumPost(manager, {
        threadId: thread.id,
        number: next,
        authorId: user.id,
        body: dto.body,
        title: null,
        quotePostId: dto.quotePostId ?? null,
        approval,
        at,
      });
      await this.flagIfWatched(manager, id, verdict);
      // A held reply bumps its thread and reaches the followers when a moderator publishes it.
      if (approval === 'published') {
        await manager.query(`UPDATE forum_thread SET last_posted_at = $2 WHERE id = $1`, [thread.id, at]);
        await this.tellFollowers(manager, thread, user.id, next);
      }
      await followForumThread(manager, thread.id, user.id);
      return id;
    });
    return { threadNumber, post: (await this.reader.post(user, postId, language)).post };
  }

  /** The author's edit, within the edit window; the version it replaces is kept. */
  async edit(user: AuthUser, postId: string, dto: ForumPostEditDto, language: Language): Promise<ForumPostCreatedDto> {
    await this.sanctions.assertMayWrite(user.id);
    const verdict = await this.screen({ title: dto.title, body: dto.body });
    const threadNumber = await this.dataSource.transaction(async (manager) => {
      const { thread, post } = await this.lockPost(manager, user, postId);
      if (post.author_id !== user.id) throw new ForbiddenDomainException('forum_not_your_post');
      const facts = postFacts(post);
      if (!canEditPost(facts, thread, user, new Date())) throw new ConflictDomainException('forum_post_not_editable', { minutes: 15 });
      if (dto.title !== undefined && post.number !== 1) throw new FieldDomainException('title', 'forum_title_first_post_only');
      const [{ version }]: { version: number }[] = await manager.query(
        `SELECT coalesce(max(version), 0) + 1 AS version FROM forum_post_revision WHERE post_id = $1`,
        [postId],
      );
      await manager.query(`INSERT INTO forum_post_revision (post_id, version, title, body, written_at) VALUES ($1, $2, $3, $4, $5)`, [
        postId,
        version,
        post.number === 1 ? thread.title : null,
        post.body,
        post.edited_at ?? post.created_at,
      ]);
      const title = post.number === 1 ? (dto.title ?? thread.title) : '';
      await manager.query(
        `UPDATE forum_post SET body = $2, body_html = $3, body_text = $4, edited_at = $5, search_vector = ${SEARCH_VECTOR('$6', '$4')} WHERE id = $1`,
        [postId, dto.body, renderMarkdown(dto.body), markdownToText(dto.body), new Date(), title],
      );
      // An edit is screened like a new post: a "hold" word sends it back to the moderators.
      if (verdict?.action === 'hold' && !isForumModerator(user))
        await manager.query(`UPDATE forum_post SET approval = 'pending' WHERE id = $1`, [postId]);
      await this.flagIfWatched(manager, postId, verdict);
      if (post.number === 1 && dto.title !== undefined)
        await manager.query(`UPDATE forum_thread SET title = $2, updated_at = now() WHERE id = $1`, [thread.id, dto.title]);
      return thread.number;
    });
    return { threadNumber, post: (await this.reader.post(user, postId, language)).post };
  }

  /** The author deletes their post (its place stays, as a placeholder); the first post takes the thread with it. */
  async remove(user: AuthUser, postId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { thread, post } = await this.lockPost(manager, user, postId);
      if (post.author_id !== user.id) throw new ForbiddenDomainException('forum_not_your_post');
      if (post.deleted_at) return;
      if (thread.lockedAt) throw new ConflictDomainException('forum_thread_locked');
      await manager.query(`UPDATE forum_post SET deleted_at = now() WHERE id = $1`, [postId]);
      if (post.number === 1)
        await manager.query(`UPDATE forum_thread SET deleted_at = now(), updated_at = now() WHERE id = $1`, [thread.id]);
    });
  }

  /** Earlier versions of a post, oldest first, then the current one (moderators). */
  async revisions(user: AuthUser, postId: string): Promise<ForumRevisionDto[]> {
    const { thread, post } = await this.lockPost(this.dataSource.manager, user, postId, false);
    const rows: { version: number; title: string | null; body: string; written_at: Date }[] = await this.dataSource.query(
      `SELECT version, title, body, written_at FROM forum_post_revision WHERE post_id = $1 ORDER BY version`,
      [postId],
    );
    return [
      ...rows.map((r) => ({ version: r.version, title: r.title, body: r.body, writtenAt: r.written_at })),
      {
        version: rows.length + 1,
        title: post.number === 1 ? thread.title : null,
        body: post.body,
        writtenAt: post.edited_at ?? post.created_at,
      },
    ];
  }

  /** Adds (`on`) or takes back one reaction of the caller to someone else's shown post; idempotent. */
  async react(user: AuthUser, postId: string, kind: ForumReaction, on: boolean): Promise<void> {
    const { post } = await this.lockPost(this.dataSource.manager, user, postId, false);
    const facts = postFacts(post);
    if (postStateFor(facts, undefined) !== 'visible') throw new ConflictDomainException('forum_post_not_shown');
    if (post.author_id === user.id) throw new ConflictDomainException('forum_own_post_reaction');
    if (on)
      await this.dataSource.query(
        `INSERT INTO forum_reaction (post_id, kind, user_id) VALUES ($1, $2, $3) ON CONFLICT (post_id, kind, user_id) DO NOTHING`,
        [postId, kind, user.id],
      );
    else
      await this.dataSource.query(`DELETE FROM forum_reaction WHERE post_id = $1 AND kind = $2 AND user_id = $3`, [postId, kind, user.id]);
  }

  /** Follows (`on`) or unfollows a thread the caller can read; idempotent. */
  async setFollowing(user: AuthUser, threadNumber: number, on: boolean): Promise<void> {
    const thread = await this.reader.thread(user, threadNumber);
    if (!readsThreadText(thread, user)) throw new NotFoundDomainException('forum_thread_not_found');
    if (on) await followForumThread(this.dataSource.manager, thread.id, user.id);
    else await this.dataSource.query(`DELETE FROM forum_follow WHERE thread_id = $1 AND user_id = $2`, [thread.id, user.id]);
  }

  // ------------------------------------------------------------ rules on the way in

  /**
   * Whether the writer may post now: not muted or banned, within the limits (stricter for a new
   * account). Answers whether the account is new.
   */
  private async admit(user: AuthUser, meta: RequestMeta, thread: boolean): Promise<boolean> {
    await this.sanctions.assertMayWrite(user.id);
    const limits = this.config.forums;
    const createdAt = await this.directory.createdAt(user.id);
    const young = !isStaff(user) && !!createdAt && Date.now() - createdAt.getTime() < limits.newAccountDays * 86_400_000;
    await this.limiter.consumeAll([
      { name: 'forum_post', id: user.id, limit: young ? limits.newAccountPostsPerHour : limits.postsPerHour, windowMs: 3_600_000 },
      { name: 'forum_post_ip', id: meta.ip, limit: limits.postsPerIpPerHour, windowMs: 3_600_000 },
      ...(thread ? [{ name: 'forum_thread', id: user.id, limit: limits.threadsPerDay, windowMs: 86_400_000 }] : []),
    ]);
    return young;
  }

  /** The watched words' verdict on a text; `block` refuses it here, naming the field, the list and the words. */
  private async screen(texts: { title?: string; body: string }): Promise<WatchedVerdict | null> {
    const [title, body] = await Promise.all([texts.title ? this.watched.check(texts.title) : null, this.watched.check(texts.body)]);
    for (const [field, verdict] of [
      ['title', title],
      ['body', body],
    ] as const)
      if (verdict?.action === 'block')
        throw new FieldDomainException(field, 'forum_watched_word_blocked', { list: verdict.list, found: verdict.found });
    const order = ['hold', 'flag'];
    return (
      [title, body].filter((v): v is WatchedVerdict => !!v).sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action))[0] ?? null
    );
  }

  /** Held for a moderator: a "hold" word, or one of a new account's first posts. Moderators' posts never wait. */
  private async approvalFor(
    user: AuthUser,
    young: boolean,
    verdict: WatchedVerdict | null,
    manager: EntityManager,
  ): Promise<ForumPostApproval> {
    if (isForumModerator(user)) return 'published';
    if (verdict?.action === 'hold') return 'pending';
    if (!young || this.config.forums.newAccountHeldPosts === 0) return 'published';
    const [{ n }]: { n: string }[] = await manager.query(`SELECT count(*) AS n FROM forum_post WHERE author_id = $1`, [user.id]);
    return Number(n) < this.config.forums.newAccountHeldPosts ? 'pending' : 'published';
  }

  private async flagIfWatched(manager: EntityManager, postId: string, verdict: WatchedVerdict | null): Promise<void> {
    if (verdict?.action === 'flag') await this.flags.flagForWatchedWord(manager, 'post', postId, `${verdict.list}: ${verdict.found}`);
  }

  private assertTakesReplies(thread: ThreadRow, user: AuthUser): void {
    if (!readsThreadText(thread, user)) throw new NotFoundDomainException('forum_thread_not_found');
    if (thread.lockedAt) throw new ConflictDomainException('forum_thread_locked');
    if (!threadTakesReplies(thread)) throw new ConflictDomainException('forum_thread_closed');
  }

  /** Slow mode: one post per N minutes per writer in this thread (moderators are not slowed). */
  private async checkSlowMode(manager: EntityManager, thread: ThreadRow, user: AuthUser, at: Date): Promise<void> {
    if (thread.slowModeMinutes <= 0 || isForumModerator(user)) return;
    const [{ last }]: { last: Date | null }[] = await manager.query(
      `SELECT max(created_at) AS last FROM forum_post WHERE thread_id = $1 AND author_id = $2 AND deleted_at IS NULL`,
      [thread.id, user.id],
    );
    if (!last) return;
    const wait = last.getTime() + thread.slowModeMinutes * 60_000 - at.getTime();
    if (wait > 0) throw new RateLimitedException(Math.ceil(wait / 1000));
  }

  /** A reply quotes a shown post of the same thread. */
  private async checkQuote(manager: EntityManager, threadId: string, quotePostId: string): Promise<void> {
    const [quoted]: { thread_id: string; approval: string; hidden_at: Date | null; deleted_at: Date | null }[] = await manager.query(
      `SELECT thread_id, approval, hidden_at, deleted_at FROM forum_post WHERE id = $1`,
      [quotePostId],
    );
    if (!quoted || quoted.thread_id !== threadId || quoted.approval !== 'published' || quoted.hidden_at || quoted.deleted_at)
      throw new FieldDomainException('quotePostId', 'forum_quote_not_found');
  }

  // ------------------------------------------------------------ storage

  /** Followers but the writer are told of a reply, in the reply's transaction (one INSERT for all). */
  private async tellFollowers(manager: EntityManager, thread: ThreadRow, writerId: string, number: number): Promise<void> {
    const rows: { user_id: string }[] = await manager.query(`SELECT user_id FROM forum_follow WHERE thread_id = $1 AND user_id <> $2`, [
      thread.id,
      writerId,
    ]);
    if (rows.length === 0) return;
    await this.notifications.notify(
      rows.map((r) => r.user_id),
      'forum.reply',
      { title: thread.title, number: String(thread.number), link: `/forum/t/${thread.number}#${number}` },
      manager,
    );
  }

  /** The post (locked with its thread when `lock`) and its thread, as the caller may see them; 404 otherwise. */
  private async lockPost(
    manager: EntityManager,
    user: AuthUser,
    postId: string,
    lock = true,
  ): Promise<{
    thread: ThreadRow;
    post: {
      number: number;
      author_id: string;
      body: string;
      approval: ForumPostApproval;
      hidden_at: Date | null;
      deleted_at: Date | null;
      created_at: Date;
      edited_at: Date | null;
    };
  }> {
    const [found]: { thread_number: number }[] = await manager.query(
      `SELECT t.number AS thread_number FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = $1`,
      [postId],
    );
    if (!found) throw new NotFoundDomainException('forum_post_not_found');
    const thread = await this.reader.thread(user, found.thread_number, manager, lock).catch(() => {
      throw new NotFoundDomainException('forum_post_not_found');
    });
    const [post] = await manager.query(
      `SELECT number, author_id, body, approval, hidden_at, deleted_at, created_at, edited_at FROM forum_post WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [postId],
    );
    const facts = postFacts(post);
    if (!readsThreadText(thread, user) || !postStateFor(facts, user)) throw new NotFoundDomainException('forum_post_not_found');
    return { thread, post };
  }
}
