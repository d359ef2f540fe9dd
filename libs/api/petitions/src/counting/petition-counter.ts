import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { DepartmentMembersService } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import { AppConfig } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { petitionLink } from '../petition-links';

/** One advisory lock key for the counting job (any 64-bit number no other lock uses). */
export const COUNT_LOCK_KEY = 7_405_120_001;

interface Counted {
  id: string;
  code: string;
  title: string;
  signature_count: number;
  department_id: string | null;
  creator_id: string;
}

/**
 * Folds new signatures into the public counts (docs/architecture.md, "Petitions: signing at a
 * viral moment"). Signing requests only insert (their signature and a count delta); this job,
 * every PETITION_COUNT_INTERVAL_MS on every instance, takes a transaction-scoped advisory lock
 * (one instance at a time; the others skip that round), deletes the deltas it can see and adds
 * their sum to each petition in the same statement — one snapshot, so nothing is counted twice
 * or missed. It then records the thresholds reached (once: the update only matches rows whose
 * time is still empty) and tells the people concerned. Every minute it also refreshes the
 * "trending" figure (signatures in the last hour) of petitions signed in that hour.
 */
@Injectable()
export class PetitionCounter {
  private readonly logger = new Logger(PetitionCounter.name);
  private lastTrending = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly members: DepartmentMembersService,
    private readonly audit: AuditService,
  ) {}

  /** One round; returns the petitions whose count changed (empty when another instance holds the lock). */
  async run(now = new Date()): Promise<string[]> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [COUNT_LOCK_KEY]);
      if (!locked) return null;
      // UPDATE … RETURNING through TypeORM answers [rows, affected].
      const [rows]: [Counted[], number] = await manager.query(
        `WITH folded AS (DELETE FROM petition_count_delta RETURNING petition_id, delta),
              sums AS (SELECT petition_id, sum(delta)::int AS n FROM folded GROUP BY petition_id)
         UPDATE petition p SET signature_count = p.signature_count + sums.n
           FROM sums WHERE p.id = sums.petition_id
         RETURNING p.id, p.code, p.title, p.signature_count, p.department_id, p.creator_id`,
      );
      await this.thresholds(manager, rows.map((r) => r.id), now);
      if (now.getTime() - this.lastTrending >= 60_000) {
        await this.trending(manager);
        this.lastTrending = now.getTime();
      }
      return rows.map((r) => r.id);
    });
    return changed ?? [];
  }

  /**
   * Recounts one petition from its rows (after an invalidation): its pending deltas are dropped
   * and the count set to its valid signatures, in one statement (one snapshot), under the lock.
   */
  async recount(manager: EntityManager, petitionId: string): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [COUNT_LOCK_KEY]);
    const [[row]]: [{ signature_count: number }[], number] = await manager.query(
      `WITH dropped AS (DELETE FROM petition_count_delta WHERE petition_id = $1 RETURNING 1)
       UPDATE petition SET signature_count =
         (SELECT count(*)::int FROM petition_signature WHERE petition_id = $1 AND invalidated_at IS NULL)
        WHERE id = $1 RETURNING signature_count`,
      [petitionId],
    );
    return row?.signature_count ?? 0;
  }

  private async thresholds(manager: EntityManager, ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    const { responseThreshold, agendaThreshold, responseDays } = this.config.petitions;
    const due = new Date(now.getTime() + responseDays * 86_400_000);
    const [response]: [Counted[], number] = await manager.query(
      `UPDATE petition SET response_threshold_at = $2, response_due_at = $3
        WHERE id = ANY($1) AND response_threshold_at IS NULL AND signature_count >= $4 AND state IN ('open', 'closed')
        RETURNING id, code, title, signature_count, department_id, creator_id`,
      [ids, now, due, responseThreshold],
    );
    for (const p of response) {
      const officials = p.department_id ? await this.members.officials(p.department_id, manager) : [];
      const params = { code: p.code, title: p.title, count: String(responseThreshold), link: petitionLink(p.code) };
      await this.notifications.notify(officials, 'petition.response_due', { ...params, days: String(responseDays) }, manager);
      await this.notifications.notify([p.creator_id], 'petition.threshold_response', params, manager);
      await this.audit.record(
        null,
        null,
        { action: 'petition.threshold_response', targetType: 'petition', targetId: p.id, after: { signatures: p.signature_count, responseDueAt: due.toISOString() } },
        manager,
      );
    }
    const [agenda]: [Counted[], number] = await manager.query(
      `UPDATE petition SET agenda_threshold_at = $2
        WHERE id = ANY($1) AND agenda_threshold_at IS NULL AND signature_count >= $3 AND state IN ('open', 'closed')
        RETURNING id, code, title, signature_count, department_id, creator_id`,
      [ids, now, agendaThreshold],
    );
    for (const p of agenda) {
      const officials = p.department_id ? await this.members.officials(p.department_id, manager) : [];
      const params = { code: p.code, title: p.title, count: String(agendaThreshold), link: petitionLink(p.code) };
      await this.notifications.notify([...new Set([...officials, p.creator_id])], 'petition.threshold_agenda', params, manager);
      await this.audit.record(
        null,
        null,
        { action: 'petition.threshold_agenda', targetType: 'petition', targetId: p.id, after: { signatures: p.signature_count } },
        manager,
      );
    }
  }

  /** Signatures in the last hour, for open petitions and those still showing a figure (each counted on its index). */
  private async trending(manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE petition p SET trending_count = r.n
         FROM (SELECT id FROM petition WHERE state = 'open' OR trending_count > 0) t
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS n FROM petition_signature s
            WHERE s.petition_id = t.id AND s.created_at > now() - interval '1 hour' AND s.invalidated_at IS NULL) r
        WHERE p.id = t.id AND p.trending_count <> r.n`,
    );
  }

  /**
   * Closes open petitions whose time is up. Idempotent and safe with several instances: the
   * update matches only rows still open, so each is closed (and its people told) once.
   */
  async closeDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [closed]: [{ id: string; code: string; title: string; creator_id: string }[], number] = await manager.query(
        `UPDATE petition SET state = 'closed', closed_at = $1
          WHERE id IN (SELECT id FROM petition WHERE state = 'open' AND closes_at <= $1 ORDER BY closes_at LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id, code, title, creator_id`,
        [now],
      );
      for (const p of closed) {
        await this.notifications.notify([p.creator_id], 'petition.closed', { code: p.code, title: p.title, link: petitionLink(p.code) }, manager);
        await this.audit.record(null, null, { action: 'petition.closed', targetType: 'petition', targetId: p.id, after: { state: 'closed' } }, manager);
      }
      if (closed.length) this.logger.log(`closed ${closed.length} petition(s)`);
      return closed.length;
    });
  }
}
