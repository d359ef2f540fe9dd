import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Uploads a minute per user, on top of the global per-client limit. */
export const UPLOADS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

/**
 * Counts uploads per signed-in user (not per address: many citizens share a carrier's NAT),
 * in the same store as the global limit, so every API instance shares the counters.
 * A route guard, so it runs after the global guard has identified the user.
 */
@Injectable()
export class UploadRateLimitGuard implements CanActivate {
  constructor(@Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const userId = http.getRequest<FastifyRequest>().user?.id;
    if (!userId) return true;
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `uploads:${userId}`,
      WINDOW_MS,
      UPLOADS_PER_MINUTE,
      WINDOW_MS,
      'uploads',
    );
    if (isBlocked) {
      void http.getResponse<FastifyReply>().header('Retry-After', timeToBlockExpire);
      throw new ThrottlerException();
    }
    return true;
  }
}
