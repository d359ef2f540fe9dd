import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { redisReady } from './redis-connection';
import { RedisRateCounters } from './redis-rate-counters';

const REDIS_URL = process.env['REDIS_URL'] || undefined;

// The counters are a Lua script: only a real Redis runs it (CI sets REDIS_URL). Without one the
// API counts in memory (FallbackThrottlerStorage, tested with and without Redis).
(REDIS_URL ? describe : describe.skip)('rate-limit counters in Redis', () => {
  let redis: Redis;
  let counters: RedisRateCounters;
  const prefix = `test:${randomBytes(6).toString('hex')}:`;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL as string, { keyPrefix: prefix, enableAutoPipelining: true });
    expect(await redisReady(redis, 5_000)).toBe(true);
    counters = new RedisRateCounters(redis);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
    await redis.quit();
  });

  it('makes several counts in one call, each with its own limit, and blocks above it', async () => {
    const count = () =>
      counters.incrementMany([
        { key: 'petition_sign:user-1', name: 'petition_sign', ttl: 3_600_000, limit: 2, blockDuration: 3_600_000 },
        { key: 'petition_sign_ip:203.0.113.5', name: 'petition_sign_ip', ttl: 60_000, limit: 3, blockDuration: 60_000 },
      ]);
    expect(await count()).toEqual([
      { totalHits: 1, timeToExpire: 3600, isBlocked: false, timeToBlockExpire: 0 },
      { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 },
    ]);
    await count();
    const [account, address] = await count();
    expect(account).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 3600 });
    expect(address).toMatchObject({ totalHits: 3, isBlocked: false });
    expect((await count())[1]).toMatchObject({ totalHits: 4, isBlocked: true });
    // Under the deployment's key prefix, in the throttler's key shape.
    expect(await redis.pttl('{petition_sign:user-1:petition_sign}:blocked')).toBeGreaterThan(3_500_000);
  });

  it('never loses a count under concurrency', async () => {
    const one = { key: 'default:198.51.100.7', name: 'default', ttl: 60_000, limit: 1_000, blockDuration: 60_000 };
    const records = await Promise.all(Array.from({ length: 200 }, () => counters.increment(one)));
    expect(records.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('sends the script again when Redis has forgotten it (a restart)', async () => {
    await redis.script('FLUSH');
    const record = await counters.increment({ key: 'after-flush', name: 'default', ttl: 1_000, limit: 5, blockDuration: 1_000 });
    expect(record).toEqual({ totalHits: 1, timeToExpire: 1, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('a window starts again once it has expired', async () => {
    const short = { key: 'short', name: 'default', ttl: 50, limit: 1, blockDuration: 50 };
    await counters.increment(short);
    expect(await counters.increment(short)).toMatchObject({ totalHits: 2, isBlocked: true });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await counters.increment(short)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
