import { Logger } from '@nestjs/common';
import type { Redis, RedisOptions } from 'ioredis';

/**
 * How long one Redis command may take on a connection the request path uses. Past it the caller
 * falls back (memory counters, computing here, running jobs from the database sweep): Redis
 * answers in a millisecond or two, so a second means it is stuck, not slow.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/**
 * On disconnect ioredis waits this long for the socket to close; when the last connection
 * attempt failed it never does, and the default 2 s would hold a stopping process for nothing.
 */
export const SHORT_DISCONNECT = { disconnectTimeout: 200 } satisfies RedisOptions;

/**
 * Options for a connection whose callers can do without Redis: a command fails at once while the
 * connection is down (no offline queue, which would hold it until Redis returns, with the
 * request waiting on it), and after REDIS_COMMAND_TIMEOUT_MS when Redis does not answer.
 * ioredis still reconnects on its own, every 2 seconds at most.
 */
export function failFastRedisOptions(): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    ...SHORT_DISCONNECT,
  };
}

/**
 * Logs a connection's outage once, and its return, rather than an error at every reconnection
 * attempt (and gives ioredis the `error` listener it wants).
 */
export function watchRedis(redis: Redis, name: string, logger: Pick<Logger, 'warn' | 'log'> = new Logger('Redis')): void {
  let down = false;
  const lost = (reason: string) => {
    if (down) return;
    down = true;
    logger.warn(`${name}: unavailable (${reason}); carrying on without it until it answers`);
  };
  redis.on('error', (error: Error) => lost(error.message));
  redis.on('reconnecting', () => lost('connection lost'));
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log(`${name}: available again`);
  });
}

/** True once `redis` is ready; false when it is not within `ms`. */
export function redisReady(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    redis.on('ready', onReady);
  });
}

/** Closes a connection in whatever state it is: QUIT when it is up, otherwise stop reconnecting. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // Lost while quitting: disconnect below.
    }
  }
  redis.disconnect();
}
