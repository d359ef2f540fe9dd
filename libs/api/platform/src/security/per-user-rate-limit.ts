import { CanActivate, ExecutionContext, Inject, Injectable, Type, mixin } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { RateLimitedException } from '../errors/domain.exception';

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
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(`${name}:${userId}`, windowMs, limit, windowMs, name);
    if (isBlocked) throw new RateLimitedException(timeToBlockExpire);
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
