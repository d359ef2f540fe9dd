import { CanActivate, ExecutionContext, Inject, Injectable, Type, mixin } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { RateLimitedException } from '../errors/domain.exception';
import type { RateCount, RateRecord } from '../redis/redis-rate-counters';

/** One count for `consumeAll`: a `name` action of `id` (a user, or an address), at most `limit` within `windowMs`. */
export interface RateLimitCount {
  name: string;
  id: string;
  limit: number;
  windowMs: number;
}

/** A store that makes several counts in one round trip (FallbackThrottlerStorage). */
interface ManyCountsStorage {
  incrementMany(counts: readonly RateCount[]): Promise<RateRecord[]>;
}

/**
 * Counts one kind of action per signed-in user (not per address: many citizens share a carrier's
 * NAT), in the global limit's store, so every API instance shares the counters (Redis when
 * REDIS_URL is set). For a limit that belongs to an action rather than to a route (filing a
 * report, whichever route files it), a service calls `consume`; add the class to the module's
 * providers (the store is global). Above the limit: RateLimitedException, a 429 with Retry-After.
 */
@Injectable()
export class PerUserRateLimiter {
  constructor(@Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage) {}

  /** Counts one `name` action of `userId`; throws when it is more than `limit` within `windowMs`. */
  async consume(name: string, userId: string, limit: number, windowMs: number): Promise<void> {
    await this.consumeAll([{ name, id: userId, limit, windowMs }]);
  }

  /**
   * Counts several actions at once, in one round trip to the shared store when it can (a signing
   * request counts its account and its address); every count is made, then the longest block wins.
   */
  async consumeAll(counts: readonly RateLimitCount[]): Promise<void> {
    const wanted: RateCount[] = counts.map((c) => ({
      key: `${c.name}:${c.id}`,
      name: c.name,
      ttl: c.windowMs,
      limit: c.limit,
      blockDuration: c.windowMs,
    }));
    const storage = this.storage as ThrottlerStorage & Partial<ManyCountsStorage>;
    const records = storage.incrementMany
      ? await storage.incrementMany(wanted)
      : await Promise.all(wanted.map((c) => this.storage.increment(c.key, c.ttl, c.limit, c.blockDuration, c.name)));
    const blocked = records.filter((r) => r.isBlocked);
    if (blocked.length > 0) throw new RateLimitedException(Math.max(...blocked.map((r) => r.timeToBlockExpire)));
  }
}

/**
 * The same count as a route guard. It runs after the global guards, which identify the user;
 * visitors are left to the global per-client limit.
 *
 *   @UseGuards(PerUserRateLimit('uploads', () => 30, 60_000))
 */
export function PerUserRateLimit(name: string, limitOf: (config: AppConfig) => number, windowMs: number): Type<CanActivate> {
  @Injectable()
  class PerUserRateLimitGuard implements CanActivate {
    private readonly limiter: PerUserRateLimiter;

    constructor(
      @Inject(ThrottlerStorage) storage: ThrottlerStorage,
      private readonly config: AppConfig,
    ) {
      this.limiter = new PerUserRateLimiter(storage);
    }

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const userId = context.switchToHttp().getRequest<FastifyRequest>().user?.id;
      if (userId) await this.limiter.consume(name, userId, limitOf(this.config), windowMs);
      return true;
    }
  }
  return mixin(PerUserRateLimitGuard);
}
