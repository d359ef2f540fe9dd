import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// These tests start the real entry point in a child process, as `npm start` does.
const MAIN = path.join(__dirname, 'main.ts');

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(url: string, exited: Promise<unknown>): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (let i = 0; i < 240 && !stopped; i++) {
    try {
      if ((await fetch(`${url}/api/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become ready');
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const cli = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'cli.ts'), ...args], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  cli.stdout.on('data', (d: Buffer) => (output += d.toString()));
  cli.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => cli.on('exit', (code) => resolve({ code, output })));
}

describe('main (the `npm start` entry point)', () => {
  it('refuses to start with a clear message naming each bad variable', async () => {
    const run = startMain({ PORT: 'abc', DATABASE_URL: 'mysql://root:pw@db/x' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Invalid configuration:');
    expect(run.output()).toContain('PORT: expected an integer from 1 to 65535, got "abc"');
    expect(run.output()).toContain('DATABASE_URL: expected a URL starting with postgres:// or postgresql://');
    expect(run.output()).not.toContain('pw@db');
  });

  it('runs on the embedded database, seeds it once, keeps the data across a restart and guards the folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'walikota-main-'));
    try {
      const port = await freePort();
      const env = { DATA_DIR: dataDir, PORT: String(port), WEB_DIST_DIR: path.join(dataDir, 'no-web') };
      const url = `http://127.0.0.1:${port}`;

      const first = startMain(env);
      await waitForReady(url, first.exited);
      expect(first.output()).toContain(`Walikota is running at http://localhost:${port}`);
      expect(first.output()).toMatch(/Admin\s+admin@demo\.walikota\.id\s+demo-walikota-2026/);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.walikota.id', password: 'demo-walikota-2026' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { roles: string[] }).roles).toEqual(['admin', 'citizen']);
      const before = (await (await fetch(`${url}/api/departments`)).json()) as { id: string; code: string }[];
      expect(before.length).toBeGreaterThan(10);
      // Demo reports in several stages (the fifth, just submitted, is not public yet), each on its
      // place in the city, in the kelurahan the place lies in.
      const demo = (await (await fetch(`${url}/api/reports`)).json()) as { items: { status: string; latitude: number | null }[] };
      expect(demo.items.map((r) => r.status).sort()).toEqual([
        'dispatched',
        'dispatched',
        'dispatched',
        'in_progress',
        'resolved',
        'resolved',
        'verified',
        'verified',
        'verified',
      ]);
      expect(demo.items.every((r) => r.latitude !== null)).toBe(true);
      const map = (await (await fetch(`${url}/api/reports/map`)).json()) as { areas: unknown[]; points: unknown[] };
      expect([map.areas.length, map.points.length]).toEqual([9, 9]);
      // Demo conversations in the forums, newest activity first.
      const threads = (await (await fetch(`${url}/api/forums/threads`)).json()) as { items: { title: string; replyCount: number }[] };
      expect(threads.items.map((t) => [t.title, t.replyCount])).toEqual([
        ['Pengalaman mengurus KTP elektronik di kecamatan', 1],
        ['Jadwal pengangkutan sampah di Tembalang berubah?', 2],
        ['Usulan taman baca di balai RW', 1],
      ]);
      // Two demo town-hall meetings: one to come (the demo citizen registered, one question), one concluded with its Berita Acara.
      const upcoming = (await (await fetch(`${url}/api/meetings?when=upcoming`)).json()) as {
        items: { code: string; confirmedCount: number }[];
      };
      const past = (await (await fetch(`${url}/api/meetings?when=past`)).json()) as { items: { code: string; status: string }[] };
      expect([upcoming.items.map((m) => m.confirmedCount), past.items.map((m) => m.status)]).toEqual([[1], ['concluded']]);
      const questions = (await (await fetch(`${url}/api/meetings/${upcoming.items[0].code}/questions`)).json()) as { items: unknown[] };
      expect(questions.items).toHaveLength(1);
      const pdf = await fetch(`${url}/api/meetings/${past.items[0].code}/berita-acara.pdf`);
      expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      const held = (await (await fetch(`${url}/api/meetings/${past.items[0].code}`)).json()) as { conclusion: { attendanceCount: number } };
      expect(held.conclusion.attendanceCount).toBe(1);
      const overdue = (await (await fetch(`${url}/api/meetings/commitments?overdue=true`)).json()) as { items: unknown[] };
      expect(overdue.items).toHaveLength(1);

      // A second process on the same folder would corrupt it: it must refuse.
      const intruder = startMain({ ...env, PORT: String(await freePort()) });
      expect(await intruder.exited).toBe(1);
      expect(intruder.output()).toContain('is in use by process');

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = startMain(env);
      await waitForReady(url, second.exited);
      const after = (await (await fetch(`${url}/api/departments`)).json()) as { id: string; code: string }[];
      expect(after).toEqual(before);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      // `npm run admin:create` on the same folder once the server is stopped.
      const cli = spawn(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          path.join(__dirname, 'cli.ts'),
          'admin:create',
          '--email',
          'kepala@semarangkota.go.id',
          '--name',
          'Kepala Diskominfo',
        ],
        {
          env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        },
      );
      let cliOutput = '';
      cli.stdout.on('data', (d: Buffer) => (cliOutput += d.toString()));
      cli.stderr.on('data', (d: Buffer) => (cliOutput += d.toString()));
      expect(await new Promise((resolve) => cli.on('exit', resolve))).toBe(0);
      expect(cliOutput).toContain('Created admin kepala@semarangkota.go.id.');
      expect(cliOutput).toMatch(/Password \(shown once\): \S{16}/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('in production, never seeds the demo accounts and refuses to start while one exists', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'walikota-main-prod-'));
    try {
      const port = await freePort();
      const base = { DATA_DIR: dataDir, PORT: String(port), WEB_DIST_DIR: path.join(dataDir, 'no-web') };
      const production = { ...base, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) };
      const url = `http://127.0.0.1:${port}`;

      // A first start on the embedded database: reference data, but no demo account.
      const first = startMain(production);
      await waitForReady(url, first.exited);
      expect(first.output()).not.toContain('demo-walikota-2026');
      expect((await (await fetch(`${url}/api/departments`)).json()) as unknown[]).not.toHaveLength(0);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.walikota.id', password: 'demo-walikota-2026' }),
      });
      expect(login.status).toBe(401);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      // Asking for them in production is refused…
      const asked = await runCli(['seed', '--demo-accounts'], production);
      expect(asked.code).toBe(2);
      expect(asked.output).toContain('never created in production');
      // …but a database seeded outside production may be deployed: then production refuses to start…
      expect((await runCli(['seed'], base)).code).toBe(0);
      const refused = startMain(production);
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toContain('admin@demo.walikota.id');
      expect(refused.output()).toContain('npm run cli -- demo-accounts:remove');
      // …until the command it names removed them.
      const removed = await runCli(['demo-accounts:remove'], production);
      expect(removed.code).toBe(0);
      expect(removed.output).toContain('Removed the demo accounts');
      const second = startMain(production);
      await waitForReady(url, second.exited);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
