#!/usr/bin/env node
// Signing a petition at a viral moment: `npm run bench -- petition-sign [--connections 50]
// [--duration 30] [--warmup 2] [--users 50000] [--database-url postgres://…] [--cpu-prof DIR]
// [--api-node-flags="…"]`
// (bench/run.mjs hands this scenario to this script; `node bench/petition-sign.mjs [options]`
// runs it too, on an API built before). Unlike the other scenarios it needs real PostgreSQL
// with durable commits, Redis, two API instances and many signed-in citizens, so it has its own
// script. docs/architecture.md, "Petitions: signing at a viral moment".
//
// What it does, in order:
//  1. PostgreSQL: without --database-url (or BENCH_DATABASE_URL) it creates a fresh database
//     `bench_petitions_<random>` on postgres://postgres@127.0.0.1:5432 and drops it at the end;
//     with a URL it uses that database (migrating it, and loading the reference data when it has
//     none) and deletes what it added (its users and petitions) at the end. It refuses to run with synchronous_commit=off or fsync=off: the point is durable
//     commits. Redis: REDIS_URL (default redis://127.0.0.1:6379) with a key prefix of its own
//     (REDIS_KEY_PREFIX=bench-petition-sign:<random>:); every key under it is deleted at the end.
//  2. Two API processes (dist/api/apps/api/src/main.js, NODE_ENV=production, an AUTH_SECRET made
//     here, TRUST_PROXY=true, SERVER_RENDERING=false, LOG_LEVEL=warn, default pool and rate
//     limits) on two free ports, sharing the database and Redis. The first migrates and loads the
//     reference data (SEED_ON_START: kelurahan, categories; production never seeds demo
//     accounts), the second does neither. Both must answer /api/health/ready.
//  3. Seed, with set-based SQL (INSERT … SELECT generate_series): 50,000 (--users) verified citizens
//     (app_user with a home kelurahan and e-mail domains of a few providers, user_role
//     'citizen', one refresh_token row = one session family each), and open petitions in the
//     first petition category: PTS-2026-900001 (measured), PTS-2026-900002 (warm-up),
//     PTS-2026-900003… (the SQL limit). The sessions' access tokens are minted here as
//     SessionsService does (jsonwebtoken HS256 {sub: user, sid: family} under
//     createSecretKey(AUTH_SECRET)), and their CSRF tokens (HMAC-SHA-256 of `csrf:<family>`,
//     base64url): cookie `wk_access=<token>`, header `X-XSRF-TOKEN: <csrf>`.
//  4. Signing: one sign request through each API first (must be 201), a warm-up of --warmup
//     seconds on the warm-up petition, then --duration seconds on the measured one. Two
//     autocannon instances run in parallel, one per API port, each with half the connections
//     (round-robin over the two instances, as a load balancer would). Every request is
//     `POST /api/petitions/<code>/signatures` with body {} from the next user of ONE counter
//     shared by both instances (setupRequest; the warm-up takes the first users, the measured run
//     goes on from there), so consecutive requests come from different users and a user signs
//     again only after all 50,000 have had a turn (≈2,000/s × 30 s =
//     60,000 requests: the later ones are repeats, answered 200 "already signed", and counted
//     apart). X-Forwarded-For is taken from a pool of 5,000 carrier-grade-NAT addresses
//     (100.64.0.0/10), so the per-address limit (PETITION_SIGNS_PER_IP_PER_MINUTE) is spread as
//     for real phone users. At the end of the duration the clients stop signing but keep their
//     connections busy with GET /api/health/live until every sign request sent has its answer
//     (at most 15 s): so no request is cut off half way, and every row has the answer its
//     signer got. (A request that timed out has no answer: its row, if any, counts as lost.)
//  5. Checks: the user ids answered 201 against `SELECT user_id FROM petition_signature WHERE
//     petition_id = …`; then waits up to 10 s for the counting job (every second, one instance
//     at a time) until GET /api/petitions/<code>/count on both instances equals the rows.
//  6. The SQL limit, in the same run and with the APIs idle: `--connections` workers on a `pg`
//     Pool of as many connections, each sending `INSERT INTO petition_signature (petition_id,
//     user_id, area_id, ip, email_domain) VALUES (…) ON CONFLICT (petition_id, user_id) DO
//     NOTHING`, one row per statement and commit (autocommit), for --duration seconds, on the
//     limit petitions (never the measured one). Every statement inserts a fresh (petition,
//     user) pair: the users in order, then the next limit petition, so no statement is a cheap
//     no-op conflict.
//  7. Cleans up, also on failure and Ctrl-C: stops both APIs (their CPU profile is written then,
//     with --cpu-prof, of the first API only), drops the database (or deletes its rows), deletes
//     the Redis keys.
//
// It prints ONE JSON line on stdout (details go to stderr):
//   scenario, connections, durationSeconds
//   rps        2xx answers to sign requests (201 + 200) received within the duration ÷ duration,
//              both API instances together
//   p50/p95/p99  latency of the sign requests in ms (autocannon's, sent to answered)
//   errors     connection errors and timeouts (both instances)
//   non2xx     sign requests answered other than 200/201 (429, 5xx, …)
//   created    sign requests answered 201 (a new signature)
//   repeats    sign requests answered 200 (signed before: a user's second turn)
//   limitRps   the bare SQL limit: single-row durable INSERT … ON CONFLICT statements per second
//   ratio      rps ÷ limitRps
//   lost       201 answers without a row, plus rows without a 201 (must be 0)
//   countExact the public count (GET …/count on both instances) equalled the rows within 10 s
//   rows       signature rows of the measured petition after the run
//   publicCount the last public count read
// and, on stderr, a `petition-sign details:` line: createdRps, maxMs, statuses, the parts of
// `lost` (createdWithoutRow, rowsWithoutCreated), createdTwice (must be 0), unanswered,
// pgTransactionsPerSign (the database's commits per sign answer during the run: principal
// lookups, signature batches, counting), redisScriptsPerSign (rate-limit counters, one round
// trip each), the SQL limit's mean and p99 statement time, and the 1-minute load average sampled
// before, during and after (the machine is shared: read the ratio, measured in the same run).
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_JS = path.join(root, 'dist/api/apps/api/src/main.js');
// The API's own JWT library (a dependency of @nestjs/jwt), as the `me` baseline does.
const jwt = createRequire(createRequire(import.meta.url).resolve('@nestjs/jwt'))('jsonwebtoken');

const USERS = 50_000;
const ADDRESSES = 5_000;
const MAIN_CODE = 'PTS-2026-900001';
const WARMUP_CODE = 'PTS-2026-900002';
const FIRST_LIMIT_NUMBER = 900_003;
const USER_EMAIL_DOMAINS = ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'ymail.com', 'icloud.com'];
/** In the e-mail's local part (warga1.petisi-bench-<run>@gmail.com): this run's users, in a given database. */
const BENCH_EMAIL_MARK = '.petisi-bench-';
const DRAIN_LIMIT_MS = 15_000;
const COUNT_WAIT_MS = 10_000;

export async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '2' },
      // Signed-in citizens seeded (fewer make repeats come sooner, e.g. to try that path).
      users: { type: 'string', default: String(USERS) },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? '' },
      'cpu-prof': { type: 'string', default: '' },
      'api-node-flags': { type: 'string', default: '' },
    },
  });
  if (positionals.some((p) => p !== 'petition-sign')) {
    console.error(`petition-sign runs alone (got ${positionals.join(' ')})`);
    return 2;
  }
  const options = {
    connections: Number(values.connections),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    users: Number(values.users),
    databaseUrl: values['database-url'] || undefined,
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    apiNodeFlags: values['api-node-flags'].split(/\s+/).filter(Boolean),
  };
  if (!(options.connections >= 2) || !(options.duration > 0) || !(options.warmup >= 0) || !(options.users >= 100)) {
    console.error('petition-sign: --connections must be ≥ 2, --duration > 0, --warmup ≥ 0, --users ≥ 100');
    return 2;
  }

  const cleanup = new Cleanup();
  let interrupted = false;
  const onSignal = (signal) => {
    interrupted = true;
    console.error(`petition-sign: ${signal}, cleaning up…`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await bench(options, cleanup);
    return 0;
  } catch (error) {
    // Interrupted: the cleanup pulls the database from under the run; its errors are no news.
    if (interrupted) return 130;
    console.error('petition-sign failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  } finally {
    await cleanup.run();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function bench(options, cleanup) {
  const { connections, duration, warmup } = options;
  const load = [];
  const sampleLoad = () => load.push(round(loadavg()[0]));
  sampleLoad();
  const started = performance.now();
  const log = (message) => console.error(`petition-sign [${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

  if (!existsSync(MAIN_JS)) {
    log('building the API');
    const built = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) throw new Error('the API build failed');
  }

  // 1. PostgreSQL and Redis.
  const database = await openDatabase(options.databaseUrl, cleanup);
  log(`database ${database.name} (${database.owned ? 'created for this run' : 'given'}), synchronous_commit=${database.synchronousCommit}`);
  const redisPrefix = `bench-petition-sign:${randomBytes(4).toString('hex')}:`;
  await checkRedis(options.redisUrl);
  cleanup.add('Redis keys', () => deleteRedisKeys(options.redisUrl, redisPrefix));

  // 2. Two API instances.
  const secret = randomBytes(32).toString('hex');
  const ports = [await freePort(), await freePort()];
  const apiEnv = (port, first) => ({
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    AUTH_SECRET: secret,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    TRUST_PROXY: 'true',
    SERVER_RENDERING: 'false',
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: String(first),
    // Reference data (kelurahan, categories) on the first; in production never demo accounts.
    SEED_ON_START: String(first),
  });
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
  const api1 = startApi(
    apiEnv(ports[0], true),
    options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
    options,
    cleanup,
  );
  await waitForReady(api1, ports[0]);
  log(`API 1 ready on ${ports[0]} (migrated, reference data loaded)`);
  const api2 = startApi(apiEnv(ports[1], false), [], options, cleanup);

  // 3. Seed while the second instance starts.
  const seeded = await seed(database.url, cleanup, database.owned, options.users);
  log(`seeded ${seeded.users.length} citizens with sessions and ${seeded.petitions.size} open petitions`);
  const users = mintSessions(seeded.users, secret);
  log('minted their access and CSRF tokens');
  await waitForReady(api2, ports[1]);
  log(`API 2 ready on ${ports[1]}`);

  const ips = Array.from({ length: ADDRESSES }, (_, i) => `100.${64 + ((i >> 16) & 63)}.${(i >> 8) & 255}.${i & 255}`);
  let counter = 0;
  const nextUser = () => counter++;

  // 4. One request through each instance, then the warm-up and the measured run.
  for (const port of ports) await signOnce(port, WARMUP_CODE, users[nextUser() % users.length], ips[0]);
  if (warmup > 0) {
    const w = await drive({ code: WARMUP_CODE, seconds: warmup, connections: Math.min(connections, 10), ports, users, ips, nextUser });
    log(`warm-up: ${w.answered} answers (${w.created} created, ${w.non2xx} non-2xx${w.firstError ? `, e.g. ${w.firstError}` : ''})`);
  }
  sampleLoad();
  log(`signing ${MAIN_CODE} for ${duration} s with ${connections} connections (${connections / 2} per instance)`);
  const before = await roundTrips(database.url, options.redisUrl);
  const run = await drive({ code: MAIN_CODE, seconds: duration, connections, ports, users, ips, nextUser });
  const after = await roundTrips(database.url, options.redisUrl);
  sampleLoad();
  log(
    `signing done: ${run.answered} answers, drained in ${run.drainMs} ms, ${run.unanswered} unanswered` +
      (run.firstError ? `; first non-2xx: ${run.firstError}` : ''),
  );

  // 5. Rows against answers, then the public count.
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  let check;
  try {
    const mainId = seeded.petitions.get(MAIN_CODE);
    const { rows } = await db.query(`SELECT user_id FROM petition_signature WHERE petition_id = $1`, [mainId]);
    const rowUsers = new Set(rows.map((r) => r.user_id));
    const createdUsers = new Set(run.createdUsers.map((index) => users[index].id));
    let createdWithoutRow = 0;
    for (const id of createdUsers) if (!rowUsers.has(id)) createdWithoutRow++;
    let rowsWithoutCreated = 0;
    for (const id of rowUsers) if (!createdUsers.has(id)) rowsWithoutCreated++;
    check = {
      rows: rowUsers.size,
      createdWithoutRow,
      rowsWithoutCreated,
      createdTwice: run.createdUsers.length - createdUsers.size,
    };
  } finally {
    await db.end();
  }
  const counted = await waitForCount(ports, MAIN_CODE, check.rows);
  log(
    `rows ${check.rows}; public count ${counted.publicCount} (${counted.exact ? `exact after ${counted.waitedMs} ms` : 'NOT exact within 10 s'})`,
  );

  // 6. The bare SQL limit.
  sampleLoad();
  const limit = await sqlLimit(database.url, seeded, connections, duration, ips);
  sampleLoad();
  log(`SQL limit: ${limit.statements} single-row inserts in ${limit.seconds} s (${limit.rowsInserted} rows) = ${limit.rps}/s`);

  const rps = round(run.ok / duration);
  const result = {
    scenario: 'petition-sign',
    connections,
    durationSeconds: duration,
    rps,
    p50: run.p50,
    p95: run.p95,
    p99: run.p99,
    errors: run.errors,
    non2xx: run.non2xx,
    created: run.created,
    repeats: run.repeats,
    limitRps: limit.rps,
    ratio: limit.rps > 0 ? round(rps / limit.rps) : null,
    lost: check.createdWithoutRow + check.rowsWithoutCreated,
    countExact: counted.exact,
    rows: check.rows,
    publicCount: counted.publicCount,
  };
  console.error(
    `petition-sign details: ${JSON.stringify({
      createdRps: round(run.createdInWindow / duration),
      maxMs: run.maxMs,
      statuses: run.statuses,
      createdWithoutRow: check.createdWithoutRow,
      rowsWithoutCreated: check.rowsWithoutCreated,
      createdTwice: check.createdTwice,
      unanswered: run.unanswered,
      answeredAfterDuration: run.answered - run.answeredInWindow,
      countWaitedMs: counted.waitedMs,
      // Per sign answer during the run (both instances): PostgreSQL transactions of the database
      // (statements outside a transaction block count one each) and Redis script calls (the
      // rate-limit counters; the whole server's: approximate if anything else uses it).
      pgTransactionsPerSign: round((after.pg - before.pg) / Math.max(1, run.answered)),
      redisScriptsPerSign: round((after.redis - before.redis) / Math.max(1, run.answered)),
      limitMeanMs: limit.meanMs,
      limitP99: limit.p99,
      loadAverage1m: load,
      cpus: (await import('node:os')).cpus().length,
    })}`,
  );
  console.log(JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------------
// Signing with autocannon

/**
 * Signs `code` for `seconds` through both instances: one autocannon instance per port with half
 * the connections, the users from one shared counter. Then drains: no new sign request, the
 * clients idle on GET /api/health/live until every sign request sent is answered.
 */
async function drive({ code, seconds, connections, ports, users, ips, nextUser }) {
  const signPath = `/api/petitions/${code}/signatures`;
  const body = '{}';
  let signing = true;
  let windowOpen = true;
  const pending = new Set();
  const latencies = [];
  const stats = {
    ok: 0,
    created: 0,
    createdInWindow: 0,
    repeats: 0,
    non2xx: 0,
    answered: 0,
    answeredInWindow: 0,
    statuses: {},
    firstError: null,
  };
  const createdUsers = [];
  let lastAnswer = null;
  let resolveDrained;
  const drained = new Promise((resolve) => (resolveDrained = resolve));

  const request = {
    method: 'POST',
    path: signPath,
    setupRequest(req, context) {
      if (!signing) {
        context.kind = 'drain';
        return { ...req, method: 'GET', path: '/api/health/live', headers: {}, body: '' };
      }
      const n = nextUser();
      const index = n % users.length;
      const user = users[index];
      context.kind = 'sign';
      context.user = index;
      context.seq = n;
      pending.add(n);
      return {
        ...req,
        method: 'POST',
        path: signPath,
        headers: {
          'content-type': 'application/json',
          cookie: user.cookie,
          'x-xsrf-token': user.csrf,
          'x-forwarded-for': ips[n % ips.length],
        },
        body,
      };
    },
    onResponse(status, responseBody, context) {
      lastAnswer = context.kind === 'sign' ? context : null;
      if (context.kind !== 'sign') return;
      pending.delete(context.seq);
      stats.answered++;
      if (windowOpen) stats.answeredInWindow++;
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      if (status === 201) {
        stats.created++;
        if (windowOpen) stats.createdInWindow++;
        createdUsers.push(context.user);
      } else if (status === 200) {
        stats.repeats++;
      } else {
        stats.non2xx++;
        stats.firstError ??= `${status} ${String(responseBody).slice(0, 200)}`;
      }
      if ((status === 200 || status === 201) && windowOpen) stats.ok++;
      if (!signing && pending.size === 0) resolveDrained();
    },
  };

  const instances = ports.map((port, i) => {
    const share = Math.floor(connections / ports.length) + (i < connections % ports.length ? 1 : 0);
    let done;
    const finished = new Promise((resolve, reject) => {
      done = autocannon(
        // A safety net: the run is ended below, once drained.
        { url: `http://127.0.0.1:${port}`, connections: share, duration: seconds + DRAIN_LIMIT_MS / 1000 + 10, requests: [request] },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
    });
    done.on('response', (_client, _status, _bytes, ms) => {
      // Emitted right after onResponse for the same answer.
      if (lastAnswer) latencies.push(ms);
    });
    return { instance: done, finished };
  });

  await sleep(seconds * 1000);
  windowOpen = false;
  signing = false;
  const drainStarted = performance.now();
  if (pending.size === 0) resolveDrained();
  await Promise.race([drained, sleep(DRAIN_LIMIT_MS)]);
  const drainMs = Math.round(performance.now() - drainStarted);
  for (const { instance } of instances) instance.stop();
  const results = await Promise.all(instances.map((i) => i.finished));

  latencies.sort((a, b) => a - b);
  const pct = (p) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    ...stats,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    maxMs: round(latencies[latencies.length - 1] ?? 0),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    unanswered: pending.size,
    drainMs,
    createdUsers,
  };
}

/** Counters for round trips: the database's committed transactions, the Redis server's commands. */
async function roundTrips(databaseUrl, redisUrl) {
  const c = new pg.Client({ connectionString: databaseUrl });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  await c.connect();
  try {
    // Statistics reach the shared counters when a backend goes idle, at most a second late.
    await sleep(1100);
    await c.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await c.query(`SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()`);
    // Round trips: the rate-limit counters are Lua scripts (their inner GET/INCR/… are not).
    const info = await redis.info('commandstats');
    const calls = (name) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
    return { pg: Number(rows[0].n), redis: calls('eval') + calls('evalsha') };
  } finally {
    await c.end();
    redis.disconnect();
  }
}

async function signOnce(port, code, user, ip) {
  const res = await fetch(`http://127.0.0.1:${port}/api/petitions/${code}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: user.cookie, 'x-xsrf-token': user.csrf, 'x-forwarded-for': ip },
    body: '{}',
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`a first signature through port ${port} was answered ${res.status}: ${text.slice(0, 500)}`);
}

async function waitForCount(ports, code, rows) {
  const started = performance.now();
  let publicCount = null;
  for (;;) {
    const counts = await Promise.all(
      ports.map(async (port) => {
        const res = await fetch(`http://127.0.0.1:${port}/api/petitions/${code}/count`);
        return res.ok ? (await res.json()).signatureCount : null;
      }),
    );
    publicCount = counts[0];
    const waitedMs = Math.round(performance.now() - started);
    if (counts.every((c) => c === rows)) return { exact: true, publicCount, waitedMs };
    if (waitedMs >= COUNT_WAIT_MS) return { exact: false, publicCount, waitedMs };
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// The bare SQL limit

/**
 * `connections` workers, each sending one single-row INSERT … ON CONFLICT DO NOTHING at a time
 * (autocommit: one durable commit per row) for `seconds`; every statement a fresh pair on the
 * limit petitions.
 */
async function sqlLimit(databaseUrl, seeded, connections, seconds, ips) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  try {
    // Connections opened before the clock starts, as the API's pools are.
    const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    await Promise.all(clients.map((c) => c.query('SELECT 1')));
    clients.forEach((c) => c.release());
    const { users } = seeded;
    const capacity = users.length * seeded.limitPetitionIds.length;
    let next = 0;
    let statements = 0;
    let rowsInserted = 0;
    const latencies = [];
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline && next < capacity) {
        const k = next++;
        const user = users[k % users.length];
        const t0 = performance.now();
        const res = await pool.query(
          `INSERT INTO petition_signature (petition_id, user_id, area_id, ip, email_domain) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (petition_id, user_id) DO NOTHING`,
          [seeded.limitPetitionIds[Math.floor(k / users.length)], user.id, user.areaId, ips[k % ips.length], user.domain],
        );
        latencies.push(performance.now() - t0);
        statements++;
        rowsInserted += res.rowCount;
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    if (next >= capacity) console.error('petition-sign: the SQL limit ran out of fresh (petition, user) pairs before its time');
    latencies.sort((a, b) => a - b);
    return {
      statements,
      rowsInserted,
      seconds: round(elapsed),
      rps: round(statements / elapsed),
      meanMs: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      p99: round(latencies[Math.floor(0.99 * latencies.length)] ?? 0),
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Database, seed and sessions

async function openDatabase(givenUrl, cleanup) {
  let url = givenUrl;
  let owned = false;
  let name;
  if (!url) {
    name = `bench_petitions_${randomBytes(4).toString('hex')}`;
    const server = 'postgres://postgres@127.0.0.1:5432';
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    owned = true;
    url = `${server}/${name}`;
    cleanup.add(`database ${name}`, async () => {
      const c = new pg.Client({ connectionString: `${server}/postgres` });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    });
  } else {
    name = new URL(url).pathname.slice(1) || '(default)';
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync`);
    const { synchronous_commit: synchronousCommit, fsync } = rows[0];
    if (synchronousCommit === 'off' || fsync !== 'on') {
      throw new Error(`PostgreSQL must commit durably for this benchmark (synchronous_commit=${synchronousCommit}, fsync=${fsync})`);
    }
    return { url, name, owned, synchronousCommit };
  } finally {
    await c.end();
  }
}

/** 50,000 verified citizens with a kelurahan and a session each, and the open petitions. */
async function seed(databaseUrl, cleanup, owned, userCount) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    // Seeding only: the measured statements run on other connections, with the server's setting.
    await c.query(`SET synchronous_commit = off`);
    const { rows: kelurahan } = await c.query(`SELECT id FROM area WHERE level = 'kelurahan' ORDER BY code`);
    if (kelurahan.length === 0) throw new Error('no kelurahan in the database: the reference data did not load');
    const { rows: categories } = await c.query(
      `SELECT id, department_id FROM category WHERE module = 'petition' AND active ORDER BY sort_order, code LIMIT 1`,
    );
    if (categories.length === 0) throw new Error('no petition category in the database');
    const mark = `${BENCH_EMAIL_MARK}${randomBytes(3).toString('hex')}`;
    if (!owned) {
      cleanup.add('seeded rows', async () => {
        const d = new pg.Client({ connectionString: databaseUrl });
        await d.connect();
        try {
          const ours = `SELECT id FROM app_user WHERE email LIKE $1`;
          await d.query(`DELETE FROM petition WHERE creator_id IN (${ours})`, [`%${mark}@%`]);
          await d.query(`DELETE FROM app_user WHERE id IN (${ours})`, [`%${mark}@%`]);
        } finally {
          await d.end();
        }
      });
    }

    const { rows: users } = await c.query(
      `WITH u AS (
         INSERT INTO app_user (email, email_verified_at, name, home_area_id, language)
         SELECT 'warga' || i || $4 || '@' || ($3::text[])[1 + i % cardinality($3::text[])],
                now() - interval '30 days', 'Warga ' || i, ($1::uuid[])[1 + i % cardinality($1::uuid[])], 'id'
           FROM generate_series(1, $2::int) i
         RETURNING id, home_area_id, lower(split_part(email, '@', 2)) AS domain),
       r AS (INSERT INTO user_role (user_id, role) SELECT id, 'citizen' FROM u),
       t AS (
         INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
         SELECT id, gen_random_uuid(), encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), now() + interval '30 days' FROM u
         RETURNING user_id, family_id)
       SELECT u.id, u.home_area_id AS area_id, u.domain, t.family_id FROM u JOIN t ON t.user_id = u.id`,
      [kelurahan.map((k) => k.id), userCount, USER_EMAIL_DOMAINS, mark],
    );
    // Enough fresh (petition, user) pairs for the SQL limit: 400,000 with 50,000 users.
    const limitPetitions = Math.ceil(400_000 / userCount);
    const { rows: petitions } = await c.query(
      `INSERT INTO petition (code, state, title, background, category_id, department_id, creator_id, sponsor_token,
                             sponsors_requested_at, submitted_at, opened_at, closes_at)
       SELECT 'PTS-2026-' || (900000 + n), 'open', 'Petisi benchmark ' || n,
              'Petisi untuk mengukur penandatanganan serentak.', $1, $2, $3,
              replace(gen_random_uuid()::text, '-', '') || n,
              now() - interval '3 days', now() - interval '2 days', now() - interval '1 day', now() + interval '30 days'
         FROM generate_series(1, $4::int) n
       RETURNING id, code`,
      [categories[0].id, categories[0].department_id, users[0].id, 2 + limitPetitions],
    );
    await c.query(`ANALYZE app_user, user_role, refresh_token, petition`);
    const byCode = new Map(petitions.map((p) => [p.code, p.id]));
    const limitPetitionIds = Array.from({ length: limitPetitions }, (_, i) => byCode.get(`PTS-2026-${FIRST_LIMIT_NUMBER + i}`));
    return {
      users: users.map((u) => ({ id: u.id, familyId: u.family_id, areaId: u.area_id, domain: u.domain })),
      petitions: byCode,
      limitPetitionIds,
    };
  } finally {
    await c.end();
  }
}

/** Each user's session as the browser holds it: the access-token cookie and the CSRF header. */
function mintSessions(users, secret) {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  for (const user of users) {
    const token = jwt.sign({ sub: user.id, sid: user.familyId }, key, { algorithm: 'HS256', expiresIn: 3600 });
    user.cookie = `wk_access=${token}`;
    user.csrf = createHmac('sha256', secret).update(`csrf:${user.familyId}`).digest('base64url');
  }
  return users;
}

// ---------------------------------------------------------------------------------------------
// Processes, Redis, cleanup

function startApi(env, nodeFlags, options, cleanup) {
  const child = spawn(process.execPath, [...nodeFlags, ...options.apiNodeFlags, MAIN_JS], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanup.add(`API on ${env.PORT}`, () => stop(child));
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function waitForReady(api, port) {
  for (let i = 0; i < 900; i++) {
    if (api.exitCode !== null) throw new Error(`the API on port ${port} exited with code ${api.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the API on port ${port} did not become ready`);
}

async function checkRedis(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis at ${url} does not answer: ${error.message}`);
  } finally {
    redis.disconnect();
  }
}

async function deleteRedisKeys(url, prefix) {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    console.error(`petition-sign: deleted ${deleted} Redis keys under ${prefix}`);
  } finally {
    redis.disconnect();
  }
}

/** Undo steps, run once in reverse order (also from a signal handler). */
class Cleanup {
  steps = [];
  running = null;

  add(name, fn) {
    this.steps.push({ name, fn });
  }

  run() {
    this.running ??= (async () => {
      for (const { name, fn } of this.steps.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`petition-sign: cleaning up ${name} failed: ${error instanceof Error ? error.message : error}`);
        }
      }
    })();
    return this.running;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(n) {
  return Math.round(n * 100) / 100;
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exit(await main(process.argv.slice(2)));
}
