#!/usr/bin/env node
// Load benchmarks: `npm run bench -- <scenario> [--connections 50] [--duration 10]
// [--database-url postgres://…]`. Starts the built API on its own port (embedded PostgreSQL in a
// temporary folder unless a database URL is given), runs the scenario with autocannon on
// loopback and prints one JSON line of figures.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? '' },
  },
});
const name = positionals[0];
if (!name) {
  console.error('Usage: npm run bench -- <scenario> [--connections N] [--duration S] [--database-url URL]');
  process.exit(2);
}
const scenario = (await import(path.join(root, 'bench/scenarios', `${name}.mjs`))).default;
const connections = Number(values.connections);
const duration = Number(values.duration);
const databaseUrl = values['database-url'] || undefined;

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
  ? await createAccount().catch((error) => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      throw error;
    })
  : undefined;
const api = spawn(process.execPath, [path.join(root, 'dist/api/apps/api/src/main.js')], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;

try {
  await waitForReady(base);
  const context = { base, account, fetch: (p, init) => fetch(`${base}${p}`, init) };
  const requests = scenario.setup ? await scenario.setup(context) : scenario.requests;
  if (Number(values.warmup) > 0) await run(requests, Math.min(connections, 10), Number(values.warmup));
  const latencies = [];
  const result = await run(requests, connections, duration, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const pct = (p) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  console.log(
    JSON.stringify({
      scenario: name,
      description: scenario.description,
      database: databaseUrl ? 'postgres' : 'pglite',
      connections,
      durationSeconds: duration,
      requests: result.requests.total,
      rps: round(result.requests.average),
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      maxMs: round(result.latency.max),
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }),
  );
  // On a database that outlives the run, the account goes again (deleted as a user would).
  if (account && databaseUrl) await deleteAccount(context, account);
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

async function createAccount() {
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

function run(requests, conns, seconds, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections: conns, duration: seconds, requests }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
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

async function waitForReady(url) {
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
