import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  NotFoundDomainException,
  PerUserRateLimiter,
  RequestMeta,
} from '@walikota/api-platform';
import type { ForumContentType, ForumFlagReason } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ContentTargets } from './content-targets';
import { ForumModerationLog } from './forum-moderation-log';
import { ForumSanctions } from './forum-sanctions.service';
import { ForumFlagInputDto } from './moderation.dto';

/** Flags one reader may raise per hour. */
const FLAGS_PER_HOUR = 30;

/**
 * Flags (docs/product.md, "Town-hall forums"): anyone signed in flags a shown post or question
 * once, with a reason. When FORUM_FLAGS_TO_HIDE distinct readers have flagged it, it is hidden
 * until a moderator reviews it. Each flag locks its item's row, so the threshold is met once
 * under any concurrency; watched words raise flags of their own (no reader, not counted).
 */
@Injectable()
export class ForumFlags {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly targets: ContentTargets,
    private readonly sanctions: ForumSanctions,
    private readonly log: ForumModerationLog,
    private readonly notifications: NotificationsService,
    private readonly limiter: PerUserRateLimiter,
  ) {}

  async flag(user: AuthUser, meta: RequestMeta, dto: ForumFlagInputDto): Promise<{ hidden: boolean }> {
    await this.sanctions.assertMayWrite(user.id);
    await this.limiter.consumeAll([
      { name: 'forum_flag', id: user.id, limit: FLAGS_PER_HOUR, windowMs: 3_600_000 },
      { name: 'forum_flag_ip', id: meta.ip, limit: FLAGS_PER_HOUR * 20, windowMs: 3_600_000 },
    ]);
    const target = this.targets.get(dto.targetType);
    if (!target) throw new NotFoundDomainException('forum_content_not_found');
    return this.dataSource.transaction(async (manager) => {
      const item = await target.lock(dto.targetId, manager);
      if (!item || !item.shown) throw new NotFoundDomainException('forum_content_not_found');
      if (item.authorId === user.id) throw new ConflictDomainException('forum_own_content_flag');
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO forum_flag (target_type, target_id, user_id, reason, details) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (target_type, target_id, user_id) DO NOTHING RETURNING id`,
        [dto.targetType, dto.targetId, user.id, dto.reason, dto.details ?? ''],
      );
      if (inserted.length === 0) throw new ConflictDomainException('forum_already_flagged');
      return { hidden: await this.hideIfThresholdMet(manager, dto.targetType, dto.targetId, item.authorId, item.link) };
    });
  }

  /** A watched word's flag: the item goes to the queue, published. Call inside the writing transaction. */
  async flagForWatchedWord(manager: EntityManager, type: ForumContentType, id: string, details: string): Promise<void> {
    await manager.query(`INSERT INTO forum_flag (target_type, target_id, user_id, reason, details) VALUES ($1, $2, NULL, NULL, $3)`, [
      type,
      id,
      details,
    ]);
  }

  /** Hides the item when its open flags by distinct readers reach the threshold (the caller holds its row lock). */
  private async hideIfThresholdMet(
    manager: EntityManager,
    type: ForumContentType,
    id: string,
    authorId: string,
    link: string,
  ): Promise<boolean> {
    const [open]: { readers: string; first: Date; reason: ForumFlagReason }[] = await manager.query(
      `SELECT count(*) AS readers, min(created_at) AS first, mode() WITHIN GROUP (ORDER BY reason) AS reason
       FROM forum_flag WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL AND user_id IS NOT NULL`,
      [type, id],
    );
    if (Number(open.readers) < this.config.forums.flagsToHide) return false;
    const target = this.targets.get(type);
    if (!target) return false;
    const item = await target.lock(id, manager);
    if (!item || item.hiddenAt) return false;
    await target.hide(id, open.reason, null, true, manager);
    const actionId = await this.log.record(manager, {
      action: 'auto_hide',
      targetType: type,
      targetId: id,
      subjectUserId: authorId,
      moderatorId: null,
      reason: open.reason,
      flaggedAt: open.first,
    });
    await this.notifications.notify([authorId], 'forum.content_hidden', { reason: open.reason, link, actionId }, manager);
    return true;
  }
}
