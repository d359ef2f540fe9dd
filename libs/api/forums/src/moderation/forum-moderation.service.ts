import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { UserDirectory } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  NotFoundDomainException,
  RequestMeta,
} from '@walikota/api-platform';
import { FORUM_MODERATION_LOG_ACTIONS } from '@walikota/shared-contracts';
import type { AuditAction, ForumContentType, ForumFlagReason, ForumModerationLogAction } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ContentSummary, ContentTargets } from './content-targets';
import { ForumModerationLog } from './forum-moderation-log';
import {
  ForumContentActionDto,
  ForumModerationActionDto,
  ForumModerationStatsDto,
  ForumQueueDto,
  ForumQueueItemDto,
  ForumThreadActionDto,
} from './moderation.dto';
import { ForumPostTarget } from '../threads/forum-post-target';

const QUEUE_MAX = 200;
/** Acts on a subject's content or account that the subject may appeal. */
export const APPEALABLE_ACTIONS: readonly ForumModerationLogAction[] = ['hide', 'auto_hide', 'reject', 'warn', 'mute', 'ban', 'lock'];

interface FlagGroup {
  target_type: ForumContentType;
  target_id: string;
  readers: string;
  watched: string;
  since: Date;
  reasons: { reason: ForumFlagReason | null; details: string }[];
}

/**
 * The moderators' side (docs/product.md, "Town-hall forums"): the queue (flagged items by flag
 * count and age, and held posts), acts on posts, questions and threads, the log authors see and
 * appeal from, and the public statistics. Every act resolves the item's open flags, is logged,
 * audited and told to the author.
 */
@Injectable()
export class ForumModeration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly targets: ContentTargets,
    private readonly posts: ForumPostTarget,
    private readonly log: ForumModerationLog,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectory,
  ) {}

  /** Flagged items (most flags first, then the longest waiting) and held posts (oldest first). */
  async queue(): Promise<ForumQueueDto> {
    const groups: FlagGroup[] = await this.dataSource.query(
      `SELECT target_type, target_id, count(user_id) AS readers, count(*) - count(user_id) AS watched, min(created_at) AS since,
              json_agg(json_build_object('reason', reason, 'details', details) ORDER BY created_at) AS reasons
       FROM forum_flag WHERE resolved_at IS NULL GROUP BY target_type, target_id`,
    );
    const held: { id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT id, created_at FROM forum_post WHERE approval = 'pending' AND deleted_at IS NULL ORDER BY created_at LIMIT ${QUEUE_MAX}`,
    );
    const byType = new Map<ForumContentType, string[]>();
    for (const g of groups) byType.set(g.target_type, [...(byType.get(g.target_type) ?? []), g.target_id]);
    byType.set('post', [...new Set([...(byType.get('post') ?? []), ...held.map((h) => h.id)])]);
    const summaries = new Map<string, ContentSummary>();
    for (const [type, ids] of byType)
      for (const s of (await this.targets.get(type)?.describe(ids, this.dataSource.manager)) ?? []) summaries.set(`${type}:${s.id}`, s);
    const flagged = new Map(groups.map((g) => [`${g.target_type}:${g.target_id}`, g]));
    const keys = [...new Set([...groups.map((g) => `${g.target_type}:${g.target_id}`), ...held.map((h) => `post:${h.id}`)])].filter((k) =>
      summaries.has(k),
    );
    const names = await this.directory.names([...summaries.values()].map((s) => s.authorId));
    const items: ForumQueueItemDto[] = keys.map((key) => {
      const s = summaries.get(key) as ContentSummary;
      const g = flagged.get(key);
      const counts = new Map<ForumFlagReason, number>();
      for (const r of g?.reasons ?? []) if (r.reason) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
      return {
        type: s.type,
        id: s.id,
        authorId: s.authorId,
        authorName: names.get(s.authorId) ?? null,
        context: s.context,
        excerpt: s.excerpt,
        link: s.link,
        state: s.state,
        hiddenByFlags: s.hiddenByFlags,
        flagCount: Number(g?.readers ?? 0),
        reasons: [...counts].map(([reason, count]) => ({ reason, count })),
        details: (g?.reasons ?? []).map((r) => r.details).filter(Boolean),
        watchedWord: Number(g?.watched ?? 0) > 0,
        since: g ? new Date(g.since) : s.createdAt,
      };
    });
    items.sort((a, b) => b.flagCount - a.flagCount || a.since.getTime() - b.since.getTime());
    return { items: items.slice(0, QUEUE_MAX), total: items.length };
  }

  /** Hide, unhide, approve or reject a held post, or dismiss the flags, on a post or question. */
  async actOnContent(
    moderator: AuthUser,
    meta: RequestMeta,
    type: ForumContentType,
    id: string,
    dto: ForumContentActionDto,
  ): Promise<ForumModerationActionDto> {
    const target = this.targets.get(type);
    if (!target) throw new NotFoundDomainException('forum_content_not_found');
    const actionId = await this.dataSource.transaction(async (manager) => {
      const item = await target.lock(id, manager);
      if (!item) throw new NotFoundDomainException('forum_content_not_found');
      const [open]: { since: Date | null }[] = await manager.query(
        `SELECT min(created_at) AS since FROM forum_flag WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
        [type, id],
      );
      switch (dto.action) {
        case 'hide':
          if (item.hiddenAt && !item.hiddenByFlags) throw new ConflictDomainException('forum_already_hidden');
          await target.hide(id, dto.reason as ForumFlagReason, dto.details ?? null, false, manager);
          break;
        case 'unhide':
          if (!item.hiddenAt) throw new ConflictDomainException('forum_not_hidden');
          await target.unhide(id, manager);
          break;
        case 'approve':
        case 'reject':
          if (type !== 'post' || !item.pending) throw new ConflictDomainException('forum_not_pending');
          await this.posts.decide(id, dto.action === 'approve' ? 'published' : 'rejected', manager);
          break;
        case 'dismiss_flags':
          if (!open.since) throw new ConflictDomainException('forum_no_open_flags');
          // Flags found wanting: what they hid comes back.
          if (item.hiddenByFlags) await target.unhide(id, manager);
          break;
      }
      await manager.query(`UPDATE forum_flag SET resolved_at = now() WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`, [
        type,
        id,
      ]);
      const flaggedAt = open.since ?? (dto.action === 'approve' || dto.action === 'reject' ? await this.postedAt(manager, id) : null);
      const logged = await this.log.record(manager, {
        action: dto.action,
        targetType: type,
        targetId: id,
        subjectUserId: item.authorId,
        moderatorId: moderator.id,
        reason: dto.reason ?? null,
        details: dto.details ?? null,
        flaggedAt,
      });
      await this.audit.record(
        moderator,
        meta,
        {
          action: `forum_${type}.${dto.action}` as AuditAction,
          targetType: `forum_${type}`,
          targetId: id,
          after: { reason: dto.reason ?? null },
          reason: dto.details ?? null,
        },
        manager,
      );
      const told = {
        hide: 'forum.content_hidden',
        reject: 'forum.post_rejected',
        approve: 'forum.post_approved',
        unhide: 'forum.content_restored',
      } as const;
      const type_ = dto.action === 'dismiss_flags' ? null : told[dto.action];
      if (type_)
        await this.notifications.notify(
          [item.authorId],
          type_,
          { reason: dto.reason ?? '', details: dto.details ?? '', link: item.link, actionId: logged },
          manager,
        );
      return logged;
    });
    return this.action(actionId);
  }

  /** Lock/unlock (with a reason), pin/unpin, move to a category, slow mode. */
  async actOnThread(moderator: AuthUser, meta: RequestMeta, number: number, dto: ForumThreadActionDto): Promise<ForumModerationActionDto> {
    const actionId = await this.dataSource.transaction(async (manager) => {
      const [thread]: {
        id: string;
        author_id: string;
        locked_at: Date | null;
        pinned_at: Date | null;
        category_id: string;
        deleted_at: Date | null;
      }[] = await manager.query(
        `SELECT id, author_id, locked_at, pinned_at, category_id, deleted_at FROM forum_thread WHERE number = $1 FOR UPDATE`,
        [number],
      );
      if (!thread || thread.deleted_at) throw new NotFoundDomainException('forum_thread_not_found');
      const set = (sql: string, params: unknown[] = []) =>
        manager.query(`UPDATE forum_thread SET ${sql}, updated_at = now() WHERE id = $1`, [thread.id, ...params]);
      switch (dto.action) {
        case 'lock':
          if (thread.locked_at) throw new ConflictDomainException('forum_thread_already_locked');
          await set('locked_at = now(), lock_reason = $2', [dto.reason]);
          break;
        case 'unlock':
          if (!thread.locked_at) throw new ConflictDomainException('forum_thread_not_locked');
          await set('locked_at = NULL, lock_reason = NULL');
          break;
        case 'pin':
          if (thread.pinned_at) throw new ConflictDomainException('forum_thread_already_pinned');
          await set('pinned_at = now()');
          break;
        case 'unpin':
          if (!thread.pinned_at) throw new ConflictDomainException('forum_thread_not_pinned');
          await set('pinned_at = NULL');
          break;
        case 'move': {
          const [category]: { active: boolean }[] = await manager.query(`SELECT active FROM forum_category WHERE id = $1`, [
            dto.categoryId,
          ]);
          if (!category?.active) throw new FieldDomainException('categoryId', 'forum_category_not_found');
          if (thread.category_id === dto.categoryId) throw new ConflictDomainException('forum_thread_same_category');
          await set('category_id = $2', [dto.categoryId]);
          break;
        }
        case 'slow_mode':
          await set('slow_mode_minutes = $2', [dto.minutes]);
          break;
      }
      const details = dto.action === 'lock' ? (dto.reason ?? null) : dto.action === 'slow_mode' ? String(dto.minutes) : null;
      const logged = await this.log.record(manager, {
        action: dto.action,
        targetType: 'thread',
        targetId: thread.id,
        subjectUserId: thread.author_id,
        moderatorId: moderator.id,
        details,
      });
      await this.audit.record(
        moderator,
        meta,
        {
          action: `forum_thread.${dto.action}`,
          targetType: 'forum_thread',
          targetId: thread.id,
          after: { number, categoryId: dto.categoryId ?? null, minutes: dto.minutes ?? null },
          reason: dto.reason ?? null,
        },
        manager,
      );
      if (dto.action === 'lock' || dto.action === 'move')
        await this.notifications.notify(
          [thread.author_id],
          `forum.thread_${dto.action === 'lock' ? 'locked' : 'moved'}`,
          { details: details ?? '', link: `/forum/t/${number}`, actionId: logged },
          manager,
        );
      return logged;
    });
    return this.action(actionId);
  }

  /** Acts on the caller's content and account, newest first, with whether each may still be appealed. */
  async mine(user: AuthUser): Promise<ForumModerationActionDto[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM forum_moderation_action WHERE subject_user_id = $1 AND action = ANY($2) ORDER BY created_at DESC LIMIT 100`,
      [user.id, APPEALABLE_ACTIONS],
    );
    return this.actions(rows.map((r) => r.id));
  }

  /** Public: acts per month by kind and the median time to review, over the last 12 months. */
  async stats(): Promise<ForumModerationStatsDto> {
    const zone = this.config.timeZone;
    const rows: { month: string; action: ForumModerationLogAction; n: string }[] = await this.dataSource.query(
      `SELECT to_char(created_at AT TIME ZONE $1, 'YYYY-MM') AS month, action, count(*) AS n
       FROM forum_moderation_action WHERE created_at > now() - interval '12 months' GROUP BY 1, 2`,
      [zone],
    );
    const medians: { month: string; minutes: number | null; n: string }[] = await this.dataSource.query(
      `SELECT to_char(created_at AT TIME ZONE $1, 'YYYY-MM') AS month,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - flagged_at) / 60) AS minutes, count(*) AS n
       FROM forum_moderation_action
       WHERE created_at > now() - interval '12 months' AND flagged_at IS NOT NULL AND moderator_id IS NOT NULL
       GROUP BY 1`,
      [zone],
    );
    const months = [...new Set([...rows.map((r) => r.month), ...medians.map((m) => m.month)])].sort().reverse();
    return {
      months: months.map((month) => {
        const median = medians.find((m) => m.month === month);
        const actions = Object.fromEntries(FORUM_MODERATION_LOG_ACTIONS.map((a) => [a, 0])) as Record<string, number>;
        for (const r of rows) if (r.month === month) actions[r.action] = Number(r.n);
        return {
          month,
          actions,
          medianReviewMinutes: median?.minutes == null ? null : Math.round(Number(median.minutes) * 10) / 10,
          reviewed: Number(median?.n ?? 0),
        };
      }),
    };
  }

  /** One log entry as its subject or a moderator reads it. */
  async action(id: string, manager: EntityManager = this.dataSource.manager): Promise<ForumModerationActionDto> {
    const [found] = await this.actions([id], manager);
    if (!found) throw new NotFoundDomainException('forum_action_not_found');
    return found;
  }

  /** Log entries by id, in that order, with where their content is read (a query per kind of target). */
  async actions(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ForumModerationActionDto[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: string;
      action: ForumModerationLogAction;
      target_type: string;
      target_id: string;
      reason: ForumFlagReason | null;
      details: string | null;
      created_at: Date;
      decision: string | null;
      appealed: boolean;
    }[] = await manager.query(
      `SELECT a.id, a.action, a.target_type, a.target_id, a.reason, a.details, a.created_at, ap.decision, ap.id IS NOT NULL AS appealed
       FROM forum_moderation_action a LEFT JOIN forum_appeal ap ON ap.action_id = a.id WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    const links = await this.links(
      rows.map((r) => ({ type: r.target_type, id: r.target_id })),
      manager,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          reason: row.reason,
          details: row.details,
          link: links.get(`${row.target_type}:${row.target_id}`) ?? null,
          createdAt: row.created_at,
          appealable: APPEALABLE_ACTIONS.includes(row.action) && !row.appealed,
          appeal: row.appealed ? ((row.decision as 'upheld' | 'overturned' | null) ?? 'pending') : null,
        },
      ];
    });
  }

  /** Where each target is read, keyed `type:id`: posts and questions through their targets, threads by number. */
  private async links(targets: { type: string; id: string }[], manager: EntityManager): Promise<Map<string, string>> {
    const links = new Map<string, string>();
    for (const target of this.targets.all()) {
      const ids = targets.filter((t) => t.type === target.type).map((t) => t.id);
      for (const s of await target.describe([...new Set(ids)], manager)) links.set(`${s.type}:${s.id}`, s.link);
    }
    const threadIds = targets.filter((t) => t.type === 'thread').map((t) => t.id);
    if (threadIds.length) {
      const threads: { id: string; number: number }[] = await manager.query(
        `SELECT id, number FROM forum_thread WHERE id = ANY($1::uuid[])`,
        [threadIds],
      );
      for (const t of threads) links.set(`thread:${t.id}`, `/forum/t/${t.number}`);
    }
    return links;
  }

  private async postedAt(manager: EntityManager, id: string): Promise<Date | null> {
    const [row]: { created_at: Date }[] = await manager.query(`SELECT created_at FROM forum_post WHERE id = $1`, [id]);
    return row?.created_at ?? null;
  }
}
