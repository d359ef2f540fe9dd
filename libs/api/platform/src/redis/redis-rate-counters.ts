import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** One count to make: `limit` hits of `name` for `key` within `ttl` ms, then blocked for `blockDuration` ms. */
export interface RateCount {
  key: string;
  name: string;
  ttl: number;
  limit: number;
  blockDuration: number;
}

/** What a count found, in seconds (the shape @nestjs/throttler's storage returns). */
export interface RateRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * Fixed-window counters with a block, several per call: for each pair of keys (hits, blocked) and
 * triple of arguments (ttl, limit, block duration), four numbers back. Atomic per call, so two
 * instances counting the same key never lose a hit.
 */
const SCRIPT = `
local out = {}
for i = 1, #KEYS / 2 do
  local hitKey, blockKey = KEYS[2 * i - 1], KEYS[2 * i]
  local ttl, limit, blockDuration = tonumber(ARGV[3 * i - 2]), tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i])
  local hits = redis.call('INCR', hitKey)
  local expires = redis.call('PTTL', hitKey)
  if expires <= 0 then
    redis.call('PEXPIRE', hitKey, ttl)
    expires = ttl
  end
  local blocked = 0
  local blockExpires = redis.call('PTTL', blockKey)
  if blockExpires > 0 then
    blocked = 1
  elseif hits > limit then
    redis.call('SET', blockKey, 1, 'PX', blockDuration)
    blocked = 1
    blockExpires = blockDuration
  else
    blockExpires = 0
  end
  out[#out + 1] = hits
  out[#out + 1] = expires
  out[#out + 1] = blocked
  out[#out + 1] = blockExpires
end
return out`.trim();
const SHA = createHash('sha1').update(SCRIPT).digest('hex');

/**
 * Rate-limit counters in Redis. The script is sent by its SHA-1 (EVALSHA: a few bytes per call
 * rather than the script's text, which Redis would hash again each time), and as text only when
 * Redis does not have it yet (after a restart). Several counters go in one round trip: a signing
 * request counts its account and its address together. Keys are those of the throttler's own
 * Redis storage, `{<key>:<name>}:hits` and `…:blocked`, so a count means the same wherever it is made.
 */
export class RedisRateCounters {
  constructor(private readonly redis: Redis) {}

  async increment(count: RateCount): Promise<RateRecord> {
    const [record] = await this.incrementMany([count]);
    return record as RateRecord;
  }

  async incrementMany(counts: readonly RateCount[]): Promise<RateRecord[]> {
    if (counts.length === 0) return [];
    const keys = counts.flatMap((c) => [`{${c.key}:${c.name}}:hits`, `{${c.key}:${c.name}}:blocked`]);
    const args = counts.flatMap((c) => [c.ttl, c.limit, c.blockDuration]);
    let reply: unknown;
    try {
      reply = await this.redis.call('evalsha', SHA, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
      reply = await this.redis.call('eval', SCRIPT, keys.length, ...keys, ...args);
    }
    if (!Array.isArray(reply) || reply.length !== counts.length * 4 || reply.some((n) => typeof n !== 'number'))
      throw new TypeError(`Unexpected rate-limit counter reply: ${JSON.stringify(reply)}`);
    const numbers = reply as number[];
    return counts.map((_, i) => ({
      totalHits: numbers[4 * i] as number,
      timeToExpire: Math.ceil((numbers[4 * i + 1] as number) / 1000),
      isBlocked: numbers[4 * i + 2] === 1,
      timeToBlockExpire: Math.ceil((numbers[4 * i + 3] as number) / 1000),
    }));
  }
}
