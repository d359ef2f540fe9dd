import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { FallbackThrottlerStorage } from '../redis/fallback-throttler-storage';
import { REDIS } from '../redis/redis.module';

/**
 * A global per-client rate limit. Counters live in memory on one instance and in Redis when
 * REDIS_URL is set, so every replica shares them (in memory again while Redis is down: see
 * FallbackThrottlerStorage). Stricter limits are set per route.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis | null) => ({
        throttlers: [{ name: 'default', ttl: config.rateLimitTtlSeconds * 1000, limit: config.rateLimitMax }],
        storage: redis ? new FallbackThrottlerStorage(redis) : undefined,
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
