import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisReady } from './redis-connection';
import { CacheNamespace } from './shared-cache';

const REDIS_URL = process.env['REDIS_URL'] || undefined;

/** Redis as the cache uses it (GET+PTTL, SET PX, SCAN, DEL), for runs without REDIS_URL. */
function memoryRedis(): Redis {
  const store = new Map<string, { value: string; expires: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expires <= Date.now()) store.delete(key);
    return store.get(key);
  };
  const fake = {
    status: 'ready',
    options: { keyPrefix: '' },
    multi: () => {
      const replies: [null, unknown][] = [];
      const chain = {
        get: (key: string) => (replies.push([null, live(key)?.value ?? null]), chain),
        pttl: (key: string) => (replies.push([null, live(key) ? (live(key)?.expires ?? 0) - Date.now() : -2]), chain),
        exec: async () => replies,
      };
      return chain;
    },
    set: async (key: string, value: string, _px: 'PX', ms: number) => (store.set(key, { value, expires: Date.now() + ms }), 'OK'),
    scan: async (_cursor: string, _match: 'MATCH', pattern: string) => {
      const prefix = pattern.replace(/\*$/, '');
      return ['0', [...store.keys()].filter((key) => key.startsWith(prefix))];
    },
    del: async (...keys: string[]) => keys.filter((key) => store.delete(key)).length,
  };
  return fake as unknown as Redis;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`shared cache (${REDIS_URL ? 'Redis' : 'in-memory stand-in for Redis'})`, () => {
  let redis: Redis;
  let runs: number;
  const compute = (value: unknown) => async () => {
    runs++;
    await sleep(5);
    return value;
  };

  beforeEach(async () => {
    runs = 0;
    // A fresh prefix per test, as each API deployment has its own (REDIS_KEY_PREFIX).
    redis = REDIS_URL ? new Redis(REDIS_URL, { keyPrefix: `test:${randomBytes(6).toString('hex')}:` }) : memoryRedis();
    // The cache uses a connection once it is ready (the app's waits for it at start).
    if (REDIS_URL) expect(await redisReady(redis, 5_000)).toBe(true);
  });
  afterEach(async () => {
    if (REDIS_URL) await redis.quit();
  });

  it('computes once for all instances: the second replica reads the first one’s answer', async () => {
    const a = new CacheNamespace(redis, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    const b = new CacheNamespace(redis, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    expect(await a.get('2026', compute({ received: 1 }))).toEqual({ received: 1 });
    expect(await b.get('2026', compute({ received: 2 }))).toEqual({ received: 1 });
    expect(runs).toBe(1);
    // Other keys and other namespaces are their own.
    expect(await b.get('2025', compute({ received: 3 }))).toEqual({ received: 3 });
    expect(await new CacheNamespace(redis, 'other', { ttlMs: 60_000, maxEntries: 10 }).get('2026', compute('x'))).toBe('x');
    expect(runs).toBe(3);
  });

  it('shares one computation between callers of one instance', async () => {
    const a = new CacheNamespace(redis, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    const answers = await Promise.all([1, 2, 3].map(() => a.get('2026', compute('sama'))));
    expect(answers).toEqual(['sama', 'sama', 'sama']);
    expect(runs).toBe(1);
  });

  it('computes again once an answer expires, and keeps no errors', async () => {
    const a = new CacheNamespace(redis, 'stats', { ttlMs: 100, maxEntries: 10 });
    await a.get('k', compute(1));
    expect(await a.get('k', compute(2))).toBe(1);
    await sleep(150);
    expect(await a.get('k', compute(3))).toBe(3);
    await expect(a.get('bad', () => Promise.reject(new Error('department_not_found')))).rejects.toThrow('department_not_found');
    expect(await a.get('bad', compute('ok'))).toBe('ok');
  });

  it('forgets every answer, here and for the other instances', async () => {
    const a = new CacheNamespace(redis, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    const b = new CacheNamespace(redis, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    await a.get('k', compute('lama'));
    await a.clear();
    expect(await b.get('k', compute('baru'))).toBe('baru');
    expect(await a.get('k', compute('lain'))).toBe('baru');
  });

  it('keeps at most maxEntries answers in memory, the oldest leaving first', async () => {
    const a = new CacheNamespace(null, 'stats', { ttlMs: 60_000, maxEntries: 2 });
    await a.get('1', compute(1));
    await a.get('2', compute(2));
    await a.get('3', compute(3));
    expect(await a.get('1', compute('1 again'))).toBe('1 again');
    expect(await a.get('3', compute('3 again'))).toBe(3);
  });

  it('answers from this instance when Redis is down', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => undefined);
    const a = new CacheNamespace(down, 'stats', { ttlMs: 60_000, maxEntries: 10 });
    expect(await a.get('k', compute('lokal'))).toBe('lokal');
    expect(await a.get('k', compute('lagi'))).toBe('lokal');
    down.disconnect();
  });
});
