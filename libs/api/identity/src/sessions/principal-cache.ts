import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig, Broadcast, Language, Role } from '@walikota/api-platform';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/** What a session's caller is made of, as PrincipalService reads it (one row of app_user). */
export interface PrincipalRow {
  id: string;
  status: string;
  language: Language;
  home_area_id: string | null;
  email_domain: string | null;
  roles: Role[];
  department_ids: string[];
}

/** The broadcast channel; messages are `user:<id>` or `session:<family id>`. */
export const PRINCIPAL_CHANGED = 'identity.principal-changed';
/**
 * How long an instance trusts its copy of a session's principal. Changes are broadcast, so this
 * only bounds how long a lost broadcast could leave a copy stale.
 */
export const PRINCIPAL_CACHE_TTL_MS = 10_000;
/** Sessions kept per instance at most (the oldest go first); an entry is a few hundred bytes. */
const MAX_ENTRIES = 20_000;

interface Entry {
  userId: string;
  row: PrincipalRow;
  expires: number;
}

/**
 * Each instance's short-lived memory of who a session is (roles, departments, status, language,
 * and that the session is not revoked), so that an authenticated request needs no query for it.
 *
 * A change is told to every instance at once: `userChanged` (roles, departments, status,
 * language, all sessions ended) and `sessionEnded` (logout, refresh-token reuse) drop the copy
 * here before they return and broadcast it (Redis pub/sub with REDIS_URL, otherwise this process
 * only). Called with a transaction's manager they wait for its commit: told earlier, a request
 * in between would read the old rows and cache them again. A load that was under way when any
 * change arrived is not kept (it may have read the rows before the commit). While the broadcast
 * cannot be heard (Redis subscriber down) nothing is kept and every request reads the database.
 */
@Injectable()
export class PrincipalCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('PrincipalCache');
  /** By session (refresh-token family): a family belongs to one user. */
  private readonly entries = new Map<string, Entry>();
  /** The families cached for each user, for `userChanged`. */
  private readonly familiesByUser = new Map<string, Set<string>>();
  /** Moves on with every change heard: a load that started before a change is not kept. */
  private epoch = 0;
  /** The broadcast's listenGeneration when this cache last looked: a reconnection may have missed changes. */
  private generation = 0;
  /** Changes made inside a transaction, told once it commits. */
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();
  private readonly subscriber: EntitySubscriberInterface = {
    afterTransactionCommit: ({ queryRunner }) => this.committed(queryRunner),
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
    },
  };

  /**
   * How long a copy is kept (0: not at all). Off in tests unless a spec turns it on (as
   * principal-cache.spec does): specs and fixtures change roles and statuses in the tables
   * directly, which no service broadcasts.
   */
  ttlMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broadcast: Broadcast,
    config: AppConfig,
  ) {
    this.ttlMs = config.nodeEnv === 'test' ? 0 : PRINCIPAL_CACHE_TTL_MS;
  }

  async onModuleInit(): Promise<void> {
    this.dataSource.subscribers.push(this.subscriber);
    await this.broadcast.on(PRINCIPAL_CHANGED, (message) => this.drop(message));
  }

  onModuleDestroy(): void {
    const at = this.dataSource.subscribers.indexOf(this.subscriber);
    if (at >= 0) this.dataSource.subscribers.splice(at, 1);
  }

  /** The session's principal from memory, or from `load` (kept for `ttlMs` unless a change came meanwhile). */
  async get(userId: string, familyId: string, load: () => Promise<PrincipalRow | undefined>): Promise<PrincipalRow | undefined> {
    this.hearsEveryChange();
    const hit = this.entries.get(familyId);
    if (hit) {
      if (hit.userId === userId && hit.expires > Date.now()) return hit.row;
      this.remove(familyId, hit);
    }
    const epoch = this.epoch;
    const row = await load();
    // Not kept: revoked sessions and unknown users (nothing to serve fast), and rows read before a change.
    if (row && row.id === userId && this.ttlMs > 0 && this.hearsEveryChange() && epoch === this.epoch) this.store(familyId, row);
    return row;
  }

  /**
   * Whether every change since this cache last looked has reached it. If not (deaf now, or
   * reconnected since: changes may have been sent meanwhile), it forgets everything, and what is
   * being loaded is not kept either.
   */
  private hearsEveryChange(): boolean {
    const generation = this.broadcast.listenGeneration;
    if (this.broadcast.listening && generation === this.generation) return true;
    this.generation = generation;
    this.epoch++;
    this.clear();
    return false;
  }

  /** The user's roles, departments, status or language changed, or all their sessions ended. */
  userChanged(userId: string, manager?: EntityManager): Promise<void> {
    return this.changed(`user:${userId}`, manager);
  }

  /** One session was revoked. */
  sessionEnded(familyId: string, manager?: EntityManager): Promise<void> {
    return this.changed(`session:${familyId}`, manager);
  }

  private async changed(message: string, manager?: EntityManager): Promise<void> {
    const runner = manager?.queryRunner;
    if (runner?.isTransactionActive) {
      const messages = this.pending.get(runner) ?? new Set<string>();
      messages.add(message);
      this.pending.set(runner, messages);
      return;
    }
    await this.tell(message);
  }

  private async committed(runner: QueryRunner): Promise<void> {
    const messages = this.pending.get(runner);
    // A savepoint released: the outer transaction has not committed yet.
    if (!messages || runner.isTransactionActive) return;
    this.pending.delete(runner);
    await Promise.all([...messages].map((message) => this.tell(message)));
  }

  /** This instance forgets at once (the answer to the change goes out after), then every instance is told. */
  private async tell(message: string): Promise<void> {
    try {
      this.drop(message);
      await this.broadcast.publish(PRINCIPAL_CHANGED, message);
    } catch (error) {
      // Never fails the change itself (it may run inside a commit hook); copies expire on their own.
      this.logger.error(`${message}: not broadcast: ${(error as Error).message}`);
    }
  }

  private drop(message: string): void {
    this.epoch++;
    const split = message.indexOf(':');
    const kind = message.slice(0, split);
    const id = message.slice(split + 1);
    if (kind === 'user') {
      for (const familyId of this.familiesByUser.get(id) ?? []) this.entries.delete(familyId);
      this.familiesByUser.delete(id);
    } else if (kind === 'session') {
      const entry = this.entries.get(id);
      if (entry) this.remove(id, entry);
    } else {
      this.clear();
    }
  }

  private store(familyId: string, row: PrincipalRow): void {
    this.entries.set(familyId, { userId: row.id, row, expires: Date.now() + this.ttlMs });
    const families = this.familiesByUser.get(row.id) ?? new Set<string>();
    families.add(familyId);
    this.familiesByUser.set(row.id, families);
    if (this.entries.size > MAX_ENTRIES) {
      const [oldestFamily, oldest] = this.entries.entries().next().value as [string, Entry];
      this.remove(oldestFamily, oldest);
    }
  }

  private remove(familyId: string, entry: Entry): void {
    this.entries.delete(familyId);
    const families = this.familiesByUser.get(entry.userId);
    families?.delete(familyId);
    if (families?.size === 0) this.familiesByUser.delete(entry.userId);
  }

  private clear(): void {
    this.entries.clear();
    this.familiesByUser.clear();
  }
}
