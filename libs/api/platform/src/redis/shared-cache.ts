import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from './redis.token';

export interface CacheOptions {
  /** How long an answer is kept, in milliseconds. */
  ttlMs: number;
  /** How many answers this instance keeps in memory at most (the oldest go first). */
  maxEntries: number;
}

interface LocalEntry {
  expires: number;
  value: Promise<unknown>;
}

/**
 * Answers that are costly to compute and may be a little old, kept for `ttlMs`. Every instance
 * keeps them in memory (callers waiting for the same key share one computation); with Redis
 * (REDIS_URL) they are also shared, so that all API replicas give the same answer for the same
 * period and compute it about once between them. Values must survive JSON. Redis being down
 * never fails a request: the value is computed here instead.
 */
export class CacheNamespace {
  private readonly local = new Map<string, LocalEntry>();
  private readonly logger = new Logger('Cache');

  constructor(
    private readonly redis: Redis | null,
    readonly name: string,
    private readonly options: CacheOptions,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.local.get(key);
    if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
    const entry: LocalEntry = { expires: Date.now() + this.options.ttlMs, value: Promise.resolve() };
    const value = this.load(key, compute, entry);
    entry.value = value;
    this.local.delete(key); // re-inserted last: the oldest entries come first
    this.local.set(key, entry);
    if (this.local.size > this.options.maxEntries) this.local.delete(this.local.keys().next().value ?? '');
    // Errors are not kept.
    value.catch(() => this.local.get(key) === entry && this.local.delete(key));
    return value;
  }

  /** Forgets every answer, here and in Redis (for tests and for data changed behind its back). */
  async clear(): Promise<void> {
    this.local.clear();
    if (!this.redis) return;
    const redis = this.redis;
    const prefix = redis.options.keyPrefix ?? '';
    const pattern = `${prefix}${this.redisKey('*')}`;
    let cursor = '0';
    try {
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        // SCAN answers with the prefix that every command adds again: strip it.
        const own = keys.map((k) => k.slice(prefix.length));
        if (own.length > 0) await redis.del(...own);
      } while (cursor !== '0');
    } catch (error) {
      // The shared copies then expire on their own, within ttlMs.
      this.logger.warn(`${this.name}: Redis copies not cleared: ${(error as Error).message}`);
    }
  }

  private async load<T>(key: string, compute: () => Promise<T>, entry: LocalEntry): Promise<T> {
    const redisKey = this.redisKey(key);
    // While the connection is down (the outage is logged once, by the connection) nothing is tried.
    const redis = this.redis?.status === 'ready' ? this.redis : null;
    if (redis) {
      try {
        const [[, raw], [, ttl]] = ((await redis.multi().get(redisKey).pttl(redisKey).exec()) ?? []) as [
          [Error | null, string | null],
          [Error | null, number],
        ];
        if (raw !== null && raw !== undefined) {
          // Expires here when it expires in Redis, so all instances move on together.
          if (ttl > 0) entry.expires = Date.now() + ttl;
          return JSON.parse(raw) as T;
        }
      } catch (error) {
        this.logger.warn(`${this.name}: Redis read failed, computing here: ${(error as Error).message}`);
      }
    }
    const value = await compute();
    if (redis) {
      await redis
        .set(redisKey, JSON.stringify(value), 'PX', this.options.ttlMs)
        .catch((error: Error) => this.logger.warn(`${this.name}: Redis write failed: ${error.message}`));
    }
    return value;
  }

  private redisKey(key: string): string {
    return `cache:${this.name}:${key}`;
  }
}

/** Hands out cache namespaces over the app's Redis connection (or none). */
@Injectable()
export class SharedCache {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  namespace(name: string, options: CacheOptions): CacheNamespace {
    return new CacheNamespace(this.redis, name, options);
  }
}
