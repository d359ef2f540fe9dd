import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthUser, RequestMeta } from '@walikota/api-platform';
import { EntityManager, Repository } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditQuery {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
  /** Keyset cursor: entries strictly older than this one. */
  before?: { occurredAt: Date; id: string };
  limit: number;
}

/** The append-only record every module writes for privileged actions. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>) {}

  /** Records an action; pass the transaction's manager so the entry commits with the change. */
  async record(actor: AuthUser | null, meta: RequestMeta | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntity) : this.entries;
    await repository.save(
      repository.create({
        actorId: actor?.id ?? null,
        actorRoles: actor?.roles ?? [],
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
        reason: entry.reason ?? null,
        requestId: meta?.requestId ?? null,
        ip: meta?.ip ?? null,
      }),
    );
  }

  /** Newest first, keyset-paginated on (occurred_at, id). */
  async list(query: AuditQuery): Promise<AuditLogEntity[]> {
    // Cursors carry JavaScript's millisecond precision, so order and compare at that precision.
    const at = "date_trunc('milliseconds', a.occurred_at)";
    const qb = this.entries.createQueryBuilder('a').orderBy(at, 'DESC').addOrderBy('a.id', 'DESC').limit(query.limit);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.before) qb.andWhere(`(${at}, a.id) < (:at, :id)`, { at: query.before.occurredAt, id: query.before.id });
    return qb.getMany();
  }
}
