import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthUser, RequestMeta } from '@walikota/api-platform';
import type { AuditAction, AuditTargetType } from '@walikota/shared-contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuditAnchorStore, AuditChainHead } from './audit-anchor';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  action: AuditAction;
  targetType: AuditTargetType;
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

// Why a verification failed: one list with the web app's labels (shared contracts).
export { AUDIT_CHAIN_BREAKS } from '@walikota/shared-contracts';
export type { AuditChainBreak } from '@walikota/shared-contracts';
import type { AuditChainBreak } from '@walikota/shared-contracts';

export interface AuditVerification {
  ok: boolean;
  /** Entries checked and found intact (before the first broken one). */
  checked: number;
  firstBrokenId: string | null;
  firstBrokenAt: Date | null;
  firstBrokenSeq: number | null;
  reason: AuditChainBreak | null;
  /** The places of deleted entries (`entries_missing`, `truncated`). */
  missing: { fromSeq: number; toSeq: number } | null;
  /** The newest entry in the table; record it elsewhere to detect later truncation. */
  headSeq: number | null;
  headHash: string | null;
  /** The head the previous successful verification recorded, which this one compared with. */
  anchor: AuditChainHead | null;
}

export interface VerifyOptions {
  /** Rows read per query (the table is walked in keyset batches, never loaded at once). */
  batchSize?: number;
  /** Compare with, and advance, the anchor kept outside the database (default true). */
  anchor?: boolean;
}

/** What the first entry's `prev_hash` holds. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * A fixed entry and its hash, computed when the chain was introduced. The stored `hash` is wrong
 * on purpose and the id is not in the table: a function replaced to echo stored hashes, or
 * changed at all, no longer gives this result. A tripwire, not a proof.
 */
const HASH_FUNCTION_PROBE = {
  entry: {
    seq: 7,
    prev_hash: 'a'.repeat(64),
    id: '00000000-0000-4000-8000-00000000a0d1',
    occurred_at: '2026-01-02T03:04:05.123456Z',
    actor_id: null,
    actor_roles: ['admin'],
    action: 'user.roles_changed',
    target_type: 'user',
    target_id: '',
    before: null,
    after: { roles: ['citizen', 'official'] },
    reason: 'uji "tripwire"',
    request_id: null,
    ip: '127.0.0.1',
    hash: 'f'.repeat(64),
  },
  hash: 'c286c3e1397bcf1e4dffb63485e18dc1c03ffc466fc85bef9402e80adccff94a',
};

interface ChainRow {
  id: string;
  seq: string;
  occurred_at: Date;
  prev_hash: string;
  hash: string;
  computed: string;
}

/** The append-only record every module writes for privileged actions. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>,
    private readonly anchors: AuditAnchorStore,
  ) {}

  /**
   * Records an action; pass the transaction's manager so the entry commits with the change.
   * Appends are serialised until commit (see the migration `audit-hash-chain`): make the entry
   * the last write of the transaction.
   */
  async record(actor: AuthUser | null, meta: RequestMeta | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntity) : this.entries;
    // A plain INSERT (no id, so nothing to look up; no transaction of its own, no reading back):
    // the trigger fills in the chain.
    const row = repository.create({
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
    });
    await repository.save(row, { reload: false, transaction: false });
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

  /**
   * Walks the chain oldest first, in batches, and names the first entry that does not check out:
   * a changed entry (its hash), a deleted one (a gap in `seq`), an inserted or moved one (its
   * `prev_hash`). Then compares with the anchor kept outside the database, which shows removed
   * newest entries and a rewritten history, and moves the anchor to the head when all is well.
   */
  async verify({ batchSize = 1000, anchor: useAnchor = true }: VerifyOptions = {}): Promise<AuditVerification> {
    const anchor = useAnchor ? await this.anchors.read() : null;
    const result: AuditVerification = {
      ok: true,
      checked: 0,
      firstBrokenId: null,
      firstBrokenAt: null,
      firstBrokenSeq: null,
      reason: null,
      missing: null,
      headSeq: null,
      headHash: null,
      anchor,
    };
    const broken = (reason: AuditChainBreak, row: ChainRow | null, seq: number, missing: AuditVerification['missing'] = null) =>
      Object.assign(result, {
        ok: false,
        reason,
        firstBrokenId: row?.id ?? null,
        firstBrokenAt: row?.occurred_at ?? null,
        firstBrokenSeq: seq,
        missing,
      });

    if (!(await this.hashFunctionIntact())) {
      broken('hash_function_changed', null, 1);
      return this.withHead(result);
    }
    let expectedSeq = 1;
    let previousHash = AUDIT_GENESIS_HASH;
    let lastSeq: string | null = null;
    for (;;) {
      const rows = await this.chainBatch(lastSeq, batchSize);
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq > expectedSeq) broken('entries_missing', row, seq, { fromSeq: expectedSeq, toSeq: seq - 1 });
        else if (seq < expectedSeq) broken('out_of_sequence', row, seq);
        else if (row.prev_hash !== previousHash) broken('link_broken', row, seq);
        else if (row.computed !== row.hash) broken('hash_mismatch', row, seq);
        else if (anchor && anchor.seq === seq && anchor.hash !== row.hash) broken('anchor_mismatch', row, seq);
        if (!result.ok) return this.withHead(result);
        result.checked += 1;
        previousHash = row.hash;
        expectedSeq += 1;
        result.headSeq = seq;
        result.headHash = row.hash;
      }
      if (rows.length < batchSize) break;
      lastSeq = rows[rows.length - 1].seq;
    }
    const headSeq = result.headSeq ?? 0;
    if (anchor && headSeq < anchor.seq) {
      broken('truncated', null, headSeq + 1, { fromSeq: headSeq + 1, toSeq: anchor.seq });
      return result;
    }
    if (useAnchor && result.headSeq !== null && result.headHash !== null)
      await this.anchors.advance({ seq: result.headSeq, hash: result.headHash });
    return result;
  }

  /** Forgets the anchor, so that the next verification anchors at the head it finds. */
  resetAnchor(): Promise<void> {
    return this.anchors.reset();
  }

  /** The next batch after `afterSeq`, with each row's hash as `audit_log_entry_hash` computes it now. */
  private chainBatch(afterSeq: string | null, limit: number): Promise<ChainRow[]> {
    const columns = 'a.id, a.seq, a.occurred_at, a.prev_hash, a.hash, audit_log_entry_hash(a) AS computed';
    return afterSeq === null
      ? this.entries.query(`SELECT ${columns} FROM audit_log a ORDER BY a.seq LIMIT $1`, [limit])
      : this.entries.query(`SELECT ${columns} FROM audit_log a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`, [afterSeq, limit]);
  }

  /** Fills in the table's newest entry when the walk stopped before it. */
  private async withHead(result: AuditVerification): Promise<AuditVerification> {
    const [head] = await this.entries.query<{ seq: string; hash: string }[]>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    result.headSeq = head ? Number(head.seq) : null;
    result.headHash = head?.hash ?? null;
    return result;
  }

  private async hashFunctionIntact(): Promise<boolean> {
    const [{ hash }] = await this.entries.query<{ hash: string }[]>(
      'SELECT audit_log_entry_hash(jsonb_populate_record(NULL::audit_log, $1::jsonb)) AS hash',
      [JSON.stringify(HASH_FUNCTION_PROBE.entry)],
    );
    return hash === HASH_FUNCTION_PROBE.hash;
  }
}
