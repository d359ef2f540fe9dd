import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { UserDirectory } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import { AuthUser, ConflictDomainException, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import type { ForumAppealDecision, ForumContentType, ForumModerationLogAction } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ForumPostTarget } from '../threads/forum-post-target';
import { ContentTargets } from './content-targets';
import { ForumModerationLog } from './forum-moderation-log';
import { APPEALABLE_ACTIONS, ForumModeration } from './forum-moderation.service';
import { ForumSanctions } from './forum-sanctions.service';
import { ForumAppealDecisionDto, ForumAppealDto, ForumAppealInputDto } from './moderation.dto';

interface AppealRow {
  id: string;
  action_id: string;
  user_id: string;
  text: string;
  created_at: Date;
  decision: ForumAppealDecision | null;
  note: string | null;
  decided_at: Date | null;
  action: ForumModerationLogAction;
  target_type: string;
  target_id: string;
  moderator_id: string | null;
  details: string | null;
}

const SELECT = `SELECT ap.id, ap.action_id, ap.user_id, ap.text, ap.created_at, ap.decision, ap.note, ap.decided_at,
    a.action, a.target_type, a.target_id, a.moderator_id, a.details
  FROM forum_appeal ap JOIN forum_moderation_action a ON a.id = ap.action_id`;

/**
 * Appeals (docs/product.md, "Town-hall forums"): the subject of a moderation act (a hidden or
 * refused post, a locked thread, a sanction) may appeal it once; another moderator decides. An
 * overturned act is undone: the content shown again, the post published, the sanction lifted,
 * the thread unlocked.
 */
@Injectable()
export class ForumAppeals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: ContentTargets,
    private readonly posts: ForumPostTarget,
    private readonly sanctions: ForumSanctions,
    private readonly moderation: ForumModeration,
    private readonly log: ForumModerationLog,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectory,
  ) {}

  async appeal(user: AuthUser, dto: ForumAppealInputDto): Promise<ForumAppealDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [act]: { action: ForumModerationLogAction; subject_user_id: string | null }[] = await manager.query(
        `SELECT action, subject_user_id FROM forum_moderation_action WHERE id = $1`,
        [dto.actionId],
      );
      if (!act || act.subject_user_id !== user.id || !APPEALABLE_ACTIONS.includes(act.action))
        throw new NotFoundDomainException('forum_action_not_found');
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO forum_appeal (action_id, user_id, text) VALUES ($1, $2, $3) ON CONFLICT (action_id) DO NOTHING RETURNING id`,
        [dto.actionId, user.id, dto.text],
      );
      if (rows.length === 0) throw new ConflictDomainException('forum_already_appealed');
      return rows[0].id;
    });
    return this.one(id);
  }

  /** Open appeals first (oldest first), then the last decided ones (moderators). */
  async list(): Promise<ForumAppealDto[]> {
    const rows: AppealRow[] = await this.dataSource.query(
      `(${SELECT} WHERE ap.decided_at IS NULL ORDER BY ap.created_at LIMIT 200)
       UNION ALL (${SELECT} WHERE ap.decided_at IS NOT NULL ORDER BY ap.decided_at DESC LIMIT 50)`,
    );
    return this.toDtos(rows);
  }

  async decide(moderator: AuthUser, meta: RequestMeta, id: string, dto: ForumAppealDecisionDto): Promise<ForumAppealDto> {
    await this.dataSource.transaction(async (manager) => {
      const [row]: AppealRow[] = await manager.query(`${SELECT} WHERE ap.id = $1 FOR UPDATE OF ap`, [id]);
      if (!row) throw new NotFoundDomainException('forum_appeal_not_found');
      if (row.decided_at) throw new ConflictDomainException('forum_appeal_decided');
      // Someone else looks again: the moderator who acted does not judge their own act (admins may).
      if (row.moderator_id === moderator.id && !moderator.roles.includes('admin'))
        throw new ConflictDomainException('forum_appeal_own_action');
      if (dto.decision === 'overturned') await this.undo(moderator, meta, row, manager);
      await manager.query(`UPDATE forum_appeal SET decision = $2, note = $3, decided_at = now(), decided_by = $4 WHERE id = $1`, [
        id,
        dto.decision,
        dto.note ?? null,
        moderator.id,
      ]);
      await this.log.record(manager, {
        action: dto.decision === 'overturned' ? 'appeal_overturned' : 'appeal_upheld',
        targetType: row.target_type as ForumContentType | 'thread' | 'user',
        targetId: row.target_id,
        subjectUserId: row.user_id,
        moderatorId: moderator.id,
        details: dto.note ?? null,
        flaggedAt: row.created_at,
      });
      await this.audit.record(
        moderator,
        meta,
        { action: 'forum_appeal.decided', targetType: 'forum_appeal', targetId: id, after: { decision: dto.decision } },
        manager,
      );
      const link = (await this.moderation.action(row.action_id, manager)).link ?? '/forum/moderasi-saya';
      await this.notifications.notify([row.user_id], `forum.appeal_${dto.decision}`, { note: dto.note ?? '', link }, manager);
    });
    return this.one(id);
  }

  /** Undoes the act an appeal overturned, as far as it still stands. */
  private async undo(moderator: AuthUser, meta: RequestMeta, row: AppealRow, manager: EntityManager): Promise<void> {
    switch (row.action) {
      case 'hide':
      case 'auto_hide': {
        const target = this.targets.get(row.target_type as ForumContentType);
        const item = target ? await target.lock(row.target_id, manager) : null;
        if (target && item?.hiddenAt) await target.unhide(row.target_id, manager);
        break;
      }
      case 'reject':
        await this.posts.decide(row.target_id, 'published', manager);
        break;
      case 'lock':
        await manager.query(`UPDATE forum_thread SET locked_at = NULL, lock_reason = NULL, updated_at = now() WHERE id = $1`, [
          row.target_id,
        ]);
        break;
      case 'mute':
      case 'ban': {
        const [sanction]: { id: string; lifted_at: Date | null; ends_at: Date | null }[] = await manager.query(
          `SELECT id, lifted_at, ends_at FROM forum_sanction WHERE action_id = $1`,
          [row.action_id],
        );
        if (sanction && !sanction.lifted_at && (!sanction.ends_at || sanction.ends_at.getTime() > Date.now()))
          await this.sanctions.lift(moderator, meta, sanction.id, manager);
        break;
      }
      default:
        // A warning overturned is withdrawn: the decision on record is all there is to undo.
        break;
    }
  }

  private async one(id: string): Promise<ForumAppealDto> {
    const rows: AppealRow[] = await this.dataSource.query(`${SELECT} WHERE ap.id = $1`, [id]);
    return (await this.toDtos(rows))[0];
  }

  private async toDtos(rows: AppealRow[]): Promise<ForumAppealDto[]> {
    const names = await this.directory.names(rows.map((r) => r.user_id));
    const acts = new Map((await this.moderation.actions(rows.map((r) => r.action_id))).map((a) => [a.id, a]));
    return rows.map((r) => ({
      id: r.id,
      actionId: r.action_id,
      action: r.action,
      actionDetails: r.details,
      link: acts.get(r.action_id)?.link ?? null,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? null,
      text: r.text,
      createdAt: r.created_at,
      decision: r.decision,
      note: r.note,
      decidedAt: r.decided_at,
    }));
  }
}
