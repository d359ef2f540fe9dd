import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { REDIS } from './redis.token';
import { Broadcast } from './broadcast';
import { closeRedis, failFastRedisOptions, redisReady, watchRedis } from './redis-connection';
import { SharedCache } from './shared-cache';

export { REDIS } from './redis.token';
export * from './redis-connection';

/** How long the API waits for Redis at start before serving without it (it connects later on its own). */
const STARTUP_WAIT_MS = 5_000;

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedis(this.redis);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<Redis | null> => {
        if (!config.redisUrl) return null;
        // Everything on this connection has a fallback (memory counters, computing here,
        // telling this instance only): it fails fast rather than holding requests. Commands
        // issued in the same turn of the event loop (many requests' rate-limit counts under
        // load) go to Redis in one write (auto-pipelining), each with its own answer.
        const redis = new Redis(config.redisUrl, {
          keyPrefix: config.redisKeyPrefix,
          enableAutoPipelining: true,
          ...failFastRedisOptions(),
        });
        watchRedis(redis, 'Redis');
        if (!(await redisReady(redis, STARTUP_WAIT_MS)))
          new Logger('Redis').warn(`Redis did not answer within ${STARTUP_WAIT_MS} ms of start; serving without it until it does`);
        return redis;
      },
    },
    RedisLifecycle,
    SharedCache,
    Broadcast,
  ],
  exports: [REDIS, SharedCache, Broadcast],
})
export class RedisModule {}
