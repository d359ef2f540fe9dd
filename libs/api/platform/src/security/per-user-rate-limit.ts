import { CanActivate, ExecutionContext, Inject, Injectable, Type, mixin } from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';

/**
 * A route guard counting one kind of request per signed-in user (not per address: many citizens
 * share a carrier's NAT), in the global limit's store, so every API instance shares the counters
 * (Redis when REDIS_URL is set). It runs after the global guards, which identify the user;
 * visitors are left to the global per-client limit. Above the limit: 429 with Retry-After.
 *
 *   @UseGuards(PerUserRateLimit('reports', (config) => config.reportsPerHour, 3_600_000))
 */
export function PerUserRateLimit(name: string, limitOf: (config: AppConfig) => number, windowMs: number): Type<CanActivate> {
  @Injectable()
  class PerUserRateLimitGuard implements CanActivate {
    constructor(
      @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
      private readonly config: AppConfig,
    ) {}

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const http = context.switchToHttp();
      const userId = http.getRequest<FastifyRequest>().user?.id;
      if (!userId) return true;
      const { isBlocked, timeToBlockExpire } = await this.storage.increment(
        `${name}:${userId}`,
        windowMs,
        limitOf(this.config),
        windowMs,
        name,
      );
      if (isBlocked) {
        void http.getResponse<FastifyReply>().header('Retry-After', timeToBlockExpire);
        throw new ThrottlerException();
      }
      return true;
    }
  }
  return mixin(PerUserRateLimitGuard);
}
