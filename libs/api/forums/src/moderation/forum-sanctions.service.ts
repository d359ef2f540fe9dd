import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { UserDirectory } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  ForbiddenDomainException,
  NotFoundDomainException,
  RequestMeta,
} from '@walikota/api-platform';
import type { ForumSanctionKind } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ForumSanctionDto, ForumSanctionInputDto } from './moderation.dto';
import { ForumModerationLog } from './forum-moderation-log';

interface SanctionRow {
  id: string;
  user_id: string;
  kind: ForumSanctionKind;
  reason: string;
  ends_at: Date | null;
  created_at: Date;
  lifted_at: Date | null;
  action_id: string;
}

const ACTIVE = `lifted_at IS NULL AND kind IN ('mute', 'ban') AND (ends_at IS NULL OR ends_at > now())`;

/**
 * Sanctions on accounts (docs/product.md, "Town-hall forums"): warn, mute for N days, ban for N
 * days or until lifted. Each is logged, audited and told to its subject, who may appeal it once.
 * They end on their own: whether one is in force is read against the clock when it matters.
 */
@Injectable()
export class ForumSanctions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectory,
    private readonly log: ForumModerationLog,
  ) {}

  /** Refuses a muted or banned account: posting, replying, flagging and asking questions. */
  async assertMayWrite(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const [row]: SanctionRow[] = await manager.query(
      `SELECT kind, ends_at FROM forum_sanction WHERE user_id = $1 AND ${ACTIVE}
       ORDER BY (kind = 'ban') DESC, ends_at DESC NULLS FIRST LIMIT 1`,
      [userId],
    );
    if (!row) return;
    if (row.kind === 'ban' && !row.ends_at) throw new ForbiddenDomainException('forum_banned_permanently');
    throw new ForbiddenDomainException(row.kind === 'ban' ? 'forum_banned' : 'forum_muted', { until: this.cityTime(row.ends_at as Date) });
  }

  async impose(moderator: AuthUser, meta: RequestMeta, dto: ForumSanctionInputDto): Promise<ForumSanctionDto> {
    if (dto.userId === moderator.id) throw new ConflictDomainException('forum_sanction_self');
    if (!(await this.directory.createdAt(dto.userId))) throw new FieldDomainException('userId', 'forum_user_not_found');
    if (dto.kind === 'mute' && !dto.days) throw new FieldDomainException('days', 'forum_sanction_days_required');
    if (dto.kind === 'warn' && dto.days) throw new FieldDomainException('days', 'forum_sanction_no_days');
    const id = await this.dataSource.transaction(async (manager) => {
      const endsAt = dto.days ? new Date(Date.now() + dto.days * 86_400_000) : null;
      const actionId = await this.log.record(manager, {
        action: dto.kind,
        targetType: 'user',
        targetId: dto.userId,
        subjectUserId: dto.userId,
        moderatorId: moderator.id,
        details: dto.reason,
      });
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO forum_sanction (user_id, kind, reason, ends_at, created_by, action_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.userId, dto.kind, dto.reason, endsAt, moderator.id, actionId],
      );
      await this.audit.record(
        moderator,
        meta,
        {
          action: `user.forum_${dto.kind}`,
          targetType: 'user',
          targetId: dto.userId,
          after: { sanction: row.id, endsAt },
          reason: dto.reason,
        },
        manager,
      );
      await this.notifications.notify(
        [dto.userId],
        `forum.sanction_${dto.kind}`,
        { reason: dto.reason, until: endsAt ? this.cityTime(endsAt) : '', link: '/forum/moderasi-saya' },
        manager,
      );
      return row.id;
    });
    return this.one(id);
  }

  /** Ends a sanction before its time (or a ban without one). */
  async lift(moderator: AuthUser, meta: RequestMeta, id: string, manager?: EntityManager): Promise<ForumSanctionDto> {
    const run = async (m: EntityManager) => {
      const [row]: SanctionRow[] = await m.query(`SELECT * FROM forum_sanction WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundDomainException('forum_sanction_not_found');
      if (row.lifted_at || row.kind === 'warn' || (row.ends_at && row.ends_at.getTime() <= Date.now()))
        throw new ConflictDomainException('forum_sanction_not_active');
      await m.query(`UPDATE forum_sanction SET lifted_at = now(), lifted_by = $2 WHERE id = $1`, [id, moderator.id]);
      await this.log.record(m, {
        action: 'lift_sanction',
        targetType: 'user',
        targetId: row.user_id,
        subjectUserId: row.user_id,
        moderatorId: moderator.id,
      });
      await this.audit.record(
        moderator,
        meta,
        { action: 'user.forum_sanction_lifted', targetType: 'user', targetId: row.user_id, before: { sanction: id, kind: row.kind } },
        m,
      );
      await this.notifications.notify([row.user_id], 'forum.sanction_lifted', { link: '/forum/moderasi-saya' }, m);
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
    return this.one(id, manager);
  }

  /** Sanctions in force (`active`), or every sanction of one account, newest first (moderators). */
  async list(query: { userId?: string; active?: boolean }): Promise<ForumSanctionDto[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.userId) {
      params.push(query.userId);
      conditions.push(`user_id = $${params.length}`);
    }
    if (query.active) conditions.push(ACTIVE);
    const rows: SanctionRow[] = await this.dataSource.query(
      `SELECT * FROM forum_sanction ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY created_at DESC LIMIT 200`,
      params,
    );
    return this.toDtos(rows);
  }

  /** The caller's own sanctions. */
  async mine(user: AuthUser): Promise<ForumSanctionDto[]> {
    return this.list({ userId: user.id });
  }

  private async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<ForumSanctionDto> {
    const rows: SanctionRow[] = await manager.query(`SELECT * FROM forum_sanction WHERE id = $1`, [id]);
    return (await this.toDtos(rows))[0];
  }

  private async toDtos(rows: SanctionRow[]): Promise<ForumSanctionDto[]> {
    const names = await this.directory.names(rows.map((r) => r.user_id));
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? null,
      kind: r.kind,
      reason: r.reason,
      endsAt: r.ends_at,
      createdAt: r.created_at,
      liftedAt: r.lifted_at,
      actionId: r.action_id,
      active: r.kind !== 'warn' && !r.lifted_at && (!r.ends_at || r.ends_at.getTime() > now),
    }));
  }

  /** `2026-12-05 17:30` in the city's time zone: how a date shows inside a message. */
  private cityTime(at: Date): string {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.config.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  }
}
