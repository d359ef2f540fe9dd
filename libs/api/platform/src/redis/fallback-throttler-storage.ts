import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { RateCount, RateRecord, RedisRateCounters } from './redis-rate-counters';

/** After a failed or timed-out Redis call, how long counting stays in memory before Redis is tried again. */
export const REDIS_RETRY_AFTER_MS = 5_000;

/**
 * Rate-limit counters in Redis, shared by every API instance, falling back to this instance's
 * memory while Redis is down or does not answer: a limit counted per instance for a while is
 * better than refusing every request (or holding it) because the counter store is away. Every
 * guard counting in the `ThrottlerStorage` (the global limit and the per-user ones) gets this.
 * The fall-back and the return are logged once each, not per request. `incrementMany` makes
 * several counts in one round trip (PerUserRateLimiter.consumeAll).
 */
export class FallbackThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly shared: RedisRateCounters;
  private readonly memory = new ThrottlerStorageService();
  private readonly logger = new Logger('RateLimit');
  /** Until when Redis is not tried again (after a failure; a down connection is skipped anyway). */
  private skipUntil = 0;
  private inMemory = false;

  constructor(
    private readonly redis: Redis,
    private readonly retryAfterMs = REDIS_RETRY_AFTER_MS,
  ) {
    this.shared = new RedisRateCounters(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateRecord> {
    const [record] = await this.incrementMany([{ key, name: throttlerName, ttl, limit, blockDuration }]);
    return record as RateRecord;
  }

  async incrementMany(counts: readonly RateCount[]): Promise<RateRecord[]> {
    if (this.redis.status !== 'ready') {
      this.fallBack(`connection ${this.redis.status}`);
    } else if (Date.now() >= this.skipUntil) {
      try {
        const records = await this.shared.incrementMany(counts);
        if (this.inMemory) {
          this.inMemory = false;
          this.logger.log('Redis answers again: rate-limit counters are shared by every instance again');
        }
        return records;
      } catch (error) {
        this.skipUntil = Date.now() + this.retryAfterMs;
        this.fallBack((error as Error).message);
      }
    }
    return Promise.all(counts.map((c) => this.memory.increment(c.key, c.ttl, c.limit, c.blockDuration, c.name)));
  }

  onApplicationShutdown(): void {
    this.memory.onApplicationShutdown();
  }

  private fallBack(reason: string): void {
    if (this.inMemory) return;
    this.inMemory = true;
    this.logger.warn(`Redis unavailable (${reason}): counting rate limits in this instance's memory until it answers`);
  }
}
