import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { FallbackThrottlerStorage } from './fallback-throttler-storage';

/**
 * A Redis client whose state and answers the test sets: `status` as ioredis reports it, and the
 * counting script's reply (RedisRateCounters runs it with `call('evalsha', …)`).
 */
function scriptedRedis(status: Redis['status'], reply: () => Promise<unknown>): { redis: Redis; calls: () => number } {
  // Never connects (lazyConnect, and no command goes through): a real instance, as the Redis storage requires.
  const redis = new Redis({ lazyConnect: true });
  Object.defineProperty(redis, 'status', { value: status });
  const call = jest.spyOn(redis, 'call').mockImplementation(reply as unknown as Redis['call']);
  return { redis, calls: () => call.mock.calls.length };
}

const increment = (storage: FallbackThrottlerStorage, key = 'ip:203.0.113.7') => storage.increment(key, 60_000, 2, 60_000, 'default');

describe(FallbackThrottlerStorage.name, () => {
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;
  const storages: FallbackThrottlerStorage[] = [];
  const storage = (redis: Redis, retryAfterMs?: number) => {
    const created = new FallbackThrottlerStorage(redis, retryAfterMs);
    storages.push(created);
    return created;
  };
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    for (const s of storages.splice(0)) s.onApplicationShutdown();
    jest.restoreAllMocks();
  });

  it('counts in Redis while it answers', async () => {
    let hits = 0;
    const { redis, calls } = scriptedRedis('ready', async () => [++hits, 60_000, 0, 0]);
    const limits = storage(redis);
    expect(await increment(limits)).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    expect(await increment(limits)).toMatchObject({ totalHits: 2 });
    expect(calls()).toBe(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it('counts in memory while the connection is down, without sending anything, and still blocks above the limit', async () => {
    const { redis, calls } = scriptedRedis('reconnecting', () => new Promise(() => undefined));
    const limits = storage(redis);
    expect(await increment(limits)).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await increment(limits)).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await increment(limits)).toMatchObject({ isBlocked: true });
    // Another client has its own counter.
    expect(await increment(limits, 'ip:198.51.100.9')).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(calls()).toBe(0);
    // One line for the outage, not one per request.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/counting rate limits in this instance's memory/);
  });

  it('falls back when Redis fails or times out, leaves it alone for a while, then returns to it', async () => {
    let failing = true;
    const { redis, calls } = scriptedRedis('ready', async () => {
      if (failing) throw new Error('Command timed out');
      return [7, 60_000, 0, 0];
    });
    const limits = storage(redis, 100);
    expect(await increment(limits)).toMatchObject({ totalHits: 1 });
    // Within the pause: memory, no new attempt (no request waits for a stuck Redis again).
    expect(await increment(limits)).toMatchObject({ totalHits: 2 });
    expect(calls()).toBe(1);
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await increment(limits)).toMatchObject({ totalHits: 7 });
    expect(calls()).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/Command timed out/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/shared by every instance again/));
  });
});
