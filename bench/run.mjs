#!/usr/bin/env node
// Load benchmarks: `npm run bench -- <scenario…|all> [--connections 50] [--duration 10]
// [--database-url postgres://…] [--cpu-prof DIR]`. For each scenario: starts the built API on its
// own port (embedded PostgreSQL in a temporary folder unless a database URL is given) and the
// scenario's bare baseline (bench/baselines/server.mjs: plain Fastify, plus a `pg` Pool running
// the API's SQL) in a child process on another port, checks that both give the same answers,
// drives each in turn with autocannon over loopback (same connections, same duration) and prints
// one JSON line: the API's figures, the baseline's, and `ratio` (API req/s ÷ baseline req/s).
// `petition-sign` is handed to bench/petition-sign.mjs (see its header).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What `all` runs: the scenarios with a baseline. */
const ALL = ['health', 'me', 'reports-list', 'reports-search'];
/** What each baseline is (bench/baselines/server.mjs). */
const BASELINES = {
  health: 'bare Fastify, the same JSON',
  me: 'bare Fastify + pg: the same JWT check (jsonwebtoken, HS256), the principal query and the profile query',
  reports: 'bare Fastify + pg: the same SQL for the same pages (page, support counts, reporter names), the same JSON',
};

// petition-sign has a script of its own (two API instances on PostgreSQL and Redis, 50,000
// signed-in citizens, the bare SQL limit measured in the same run): bench/petition-sign.mjs.
if (process.argv.slice(2).includes('petition-sign')) {
  const { main } = await import('./petition-sign.mjs');
  process.exit(await main(process.argv.slice(2)));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? '' },
    // Writes a V8 CPU profile of the API (node --cpu-prof) into this folder.
    'cpu-prof': { type: 'string', default: '' },
    // Extra flags for the API's node process (experiments, e.g. "--max-semi-space-size=32").
    'api-node-flags': { type: 'string', default: '' },
  },
});
if (positionals.length === 0) {
  console.error(
    'Usage: npm run bench -- <scenario…|all> [--connections N] [--duration S] [--database-url URL] [--cpu-prof DIR] [--api-node-flags="--flag …"]\n' +
      `  all = ${ALL.join(', ')}; scenarios: bench/scenarios/*.mjs; petition-sign: bench/petition-sign.mjs (alone)`,
  );
  process.exit(2);
}
const names = positionals.flatMap((name) => (name === 'all' ? ALL : [name]));
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const databaseUrl = values['database-url'] || undefined;
const cpuProfileDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined;
const apiNodeFlags = [
  ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []),
  ...values['api-node-flags'].split(/\s+/).filter(Boolean),
];

const scenarios = [];
for (const name of names) {
  const scenario = (await import(path.join(root, 'bench/scenarios', `${name}.mjs`))).default;
  // The baseline's pg Pool needs a server it can reach; the embedded database lives inside the API.
  if (scenario.baseline && scenario.baseline !== 'health' && !databaseUrl) {
    console.error(`${name}: needs --database-url (or BENCH_DATABASE_URL): its baseline queries PostgreSQL directly`);
    process.exit(2);
  }
  scenarios.push({ name, scenario });
}
for (const { name, scenario } of scenarios) await runScenario(name, scenario);

async function runScenario(name, scenario) {
  const port = await freePort();
  const dataDir = databaseUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'walikota-bench-'));
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000',
    SEED_ON_START: 'true',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir }),
  };
  // Production has no demo accounts: a scenario that signs in (`account: true`) gets its own,
  // created with the CLI before the API starts (the embedded database allows one process at a time).
  const account = scenario.account
    ? await createAccount(env).catch((error) => {
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        throw error;
      })
    : undefined;
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  const api = spawn(process.execPath, [...apiNodeFlags, path.join(root, 'dist/api/apps/api/src/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  let baseline;
  try {
    await waitForReady(api, base);
    const context = { base, account, fetch: (p, init) => fetch(`${base}${p}`, init) };
    const requests = scenario.setup ? await scenario.setup(context) : scenario.requests;
    if (scenario.baseline) {
      baseline = await startBaseline(scenario.baseline, env);
      await assertSameAnswers(base, baseline.base, requests);
    }
    const portal = await measure(base, requests);
    const bare = baseline ? await measure(baseline.base, requests) : null;
    console.log(
      JSON.stringify({
        scenario: name,
        description: scenario.description,
        database: databaseUrl ? 'postgres' : 'pglite',
        connections,
        durationSeconds: duration,
        ...portal,
        baseline: bare && { description: BASELINES[scenario.baseline], ...bare },
        ratio: bare ? round(portal.rps / bare.rps) : null,
      }),
    );
    // On a database that outlives the run, the account goes again (deleted as a user would).
    if (account && databaseUrl) await deleteAccount(context, account);
  } finally {
    if (baseline) await stop(baseline.process);
    await stop(api);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Warm-up, then the measured run: figures of one server under the scenario's requests. */
async function measure(url, requests) {
  if (warmup > 0) await run(url, requests, Math.min(connections, 10), warmup);
  const latencies = [];
  const result = await run(url, requests, connections, duration, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const pct = (p) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    requests: result.requests.total,
    rps: round(result.requests.average),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    maxMs: round(result.latency.max),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The baseline server of `kind` in a child process, on its own port, on the API's database and secret. */
async function startBaseline(kind, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'bench/baselines/server.mjs')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      BASELINE: kind,
      PORT: String(port),
      AUTH_SECRET: env.AUTH_SECRET,
      // The API's pool: DATABASE_POOL_SIZE, 10 by default.
      POOL_SIZE: env.DATABASE_POOL_SIZE ?? '10',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the ${kind} baseline exited with code ${code}`)));
  });
  return { process: child, base: `http://127.0.0.1:${port}` };
}

/** A baseline is only a baseline if it does the same work: every request must get the same status and JSON from both. */
async function assertSameAnswers(portal, baseline, requests) {
  for (const request of requests) {
    const init = { method: request.method, headers: request.headers };
    const [a, b] = await Promise.all([fetch(`${portal}${request.path}`, init), fetch(`${baseline}${request.path}`, init)]);
    const [bodyA, bodyB] = [await a.json(), await b.json()];
    if (a.status !== b.status || !isDeepStrictEqual(bodyA, bodyB)) {
      throw new Error(
        `${request.method} ${request.path}: the API and its baseline answer differently\n` +
          `API ${a.status}: ${JSON.stringify(bodyA).slice(0, 600)}\nbaseline ${b.status}: ${JSON.stringify(bodyB).slice(0, 600)}`,
      );
    }
  }
}

async function createAccount(env) {
  const account = { email: `bench-${randomBytes(4).toString('hex')}@example.id`, password: randomBytes(18).toString('base64url') };
  const cli = spawn(
    process.execPath,
    [
      path.join(root, 'dist/api/apps/api/src/cli.js'),
      'admin:create',
      '--email',
      account.email,
      '--name',
      'Benchmark',
      '--password',
      account.password,
    ],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const code = await new Promise((resolve) => cli.once('exit', resolve));
  if (code !== 0) throw new Error(`creating the benchmark account failed (cli exit ${code})`);
  return account;
}

async function deleteAccount(context, { email, password }) {
  const login = await context.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const res = await context.fetch('/api/me', {
    method: 'DELETE',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-xsrf-token': csrf },
    body: JSON.stringify({ password }),
  });
  if (res.status !== 204) console.error(`could not delete the benchmark account ${email}: ${res.status}`);
}

function run(url, requests, conns, seconds, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: conns, duration: seconds, requests }, (err, res) => (err ? reject(err) : resolve(res)));
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function round(n) {
  return Math.round(n * 100) / 100;
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
}

async function waitForReady(api, url) {
  for (let i = 0; i < 600; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become ready');
}
