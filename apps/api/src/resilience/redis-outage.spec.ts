import { testEnvironment } from '@walikota/api-testing';
import { Redis } from 'ioredis';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestSmtpServer, waitFor } from '../notifications/notification-fixtures';
import { ReportWorld, reportWorld } from '../reports/report-fixtures';

/**
 * Redis losing its data or going away while the API runs. The app reaches Redis through a TCP
 * proxy that the test cuts (an outage: connections dropped, new ones refused), freezes (Redis
 * accepts but never answers) and restores. Data loss is simulated by deleting this app's keys
 * (its REDIS_KEY_PREFIX): other test files share the server, so it is never flushed.
 *
 * The Redis behind the proxy is REDIS_URL's; without it, a private `redis-server` on a Unix
 * socket when the binary is installed; with neither, the app runs against a Redis that never
 * answers, which still shows that it starts, serves and files reports without one.
 */

/** Periodic jobs the app has at least (SMTP is configured, so the 5-second mail sweep is one). */
const PERIODIC = ['mail.deliver-every', 'notifications.digest-every', 'reports.auto_close-every', 'uploads.cleanup-every'];

/** A TCP proxy in front of Redis. */
class RedisProxy {
  private server?: net.Server;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private frozen = false;
  port = 0;

  constructor(private readonly target: net.NetConnectOpts) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => this.relay(client));
    // The same port again after a cut, as a restarted Redis comes back at its address.
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Redis goes away: every connection is dropped and new ones are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    await closed;
  }

  /** Redis stops answering: connections stay open, nothing passes (held, not lost, for `thaw`). */
  freeze(): void {
    this.frozen = true;
    for (const pair of this.pairs) this.hold(pair);
  }

  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) this.pass(pair);
  }

  private relay(client: net.Socket): void {
    const upstream = net.connect(this.target);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const end = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('error', end).on('close', end);
    if (this.frozen) this.hold(pair);
    else this.pass(pair);
  }

  private hold({ client, upstream }: { client: net.Socket; upstream: net.Socket }): void {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  }

  private pass({ client, upstream }: { client: net.Socket; upstream: net.Socket }): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

/** A redis-server of this test's own, on a Unix socket in a temporary folder. */
class PrivateRedis {
  private constructor(
    private readonly process: ChildProcess,
    private readonly dir: string,
    readonly socket: string,
  ) {}

  static installed(): boolean {
    return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  }

  static async start(): Promise<PrivateRedis> {
    const dir = mkdtempSync(join(tmpdir(), 'walikota-redis-'));
    const socket = join(dir, 'redis.sock');
    const child = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: 'ignore',
    });
    const redis = new PrivateRedis(child, dir, socket);
    await waitFor(async () => {
      const probe = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return await probe.ping();
      } catch {
        return undefined;
      } finally {
        probe.disconnect();
      }
    }, 10_000);
    return redis;
  }

  /** Ends the server this test started, by its process id. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    if (this.process.exitCode === null) process.kill(this.process.pid ?? 0, 'SIGTERM');
    await exited;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Deletes every key of one deployment (prefix), as a Redis restarted without persistence has none. */
async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

const mode: 'shared' | 'private' | 'none' = testEnvironment.redisUrl ? 'shared' : PrivateRedis.installed() ? 'private' : 'none';

const described = { shared: 'the REDIS_URL server', private: 'a private redis-server', none: 'no Redis to be had' }[mode];

describe(`resilience when Redis loses its data or goes away (${described})`, () => {
  let w: ReportWorld;
  let smtp: TestSmtpServer;
  let proxy: RedisProxy | undefined;
  let privateRedis: PrivateRedis | undefined;
  /** Straight to Redis, past the proxy: what the test reads and deletes. */
  let direct: Redis | undefined;
  /** The schedules in Redis once the app started: what must come back after a loss. */
  let initial: string[] = [];

  const ready = async () => (await w.t.http().get('/api/health/ready')).body as { status: string; checks: Record<string, string> };
  const schedules = async () => ((await direct?.zrange(`${w.t.config.redisKeyPrefix}bull:jobs:repeat`, 0, -1)) ?? []).sort();
  /** Waits until the schedules are `expected` again (and shows the difference if they never are). */
  const schedulesBack = async (expected: string[], timeoutMs?: number) => {
    await waitFor(async () => JSON.stringify(await schedules()) === JSON.stringify(expected), timeoutMs).catch(() => undefined);
    expect(await schedules()).toEqual(expected);
  };
  const hitCounters = async () => (await direct?.keys(`${w.t.config.redisKeyPrefix}*hits*`))?.length ?? 0;
  /** Files a report (201 or the test fails) and returns its code. */
  const file = async (title: string) => (await w.file('citizen', { title })).code;
  /** The e-mail telling the reporter that `code` was received. */
  const receipt = (code: string) => waitFor(async () => smtp.to('citizen@example.id').find((mail) => mail.text?.includes(code)));

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    let redisUrl: string;
    if (mode === 'none') {
      // A port nobody listens on.
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      redisUrl = `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
      await new Promise((resolve) => server.close(resolve));
    } else {
      let target: net.NetConnectOpts;
      const app = new URL(testEnvironment.redisUrl ?? 'redis://127.0.0.1');
      if (testEnvironment.redisUrl) {
        target = { host: app.hostname, port: Number(app.port || 6379) };
        direct = new Redis(testEnvironment.redisUrl);
      } else {
        privateRedis = await PrivateRedis.start();
        target = { path: privateRedis.socket };
        direct = new Redis({ path: privateRedis.socket });
      }
      proxy = new RedisProxy(target);
      await proxy.open();
      app.hostname = '127.0.0.1';
      app.port = String(proxy.port);
      redisUrl = app.toString();
    }
    w = await reportWorld({ redisUrl, smtpUrl: smtp.url });
  }, 60_000);

  afterAll(async () => {
    proxy?.thaw();
    await w?.t.close();
    await proxy?.cut();
    direct?.disconnect();
    await privateRedis?.stop();
    await smtp?.close();
  });

  if (mode === 'none') {
    it('starts, answers ready as degraded (200) and files reports with a Redis that never answers', async () => {
      expect((await w.t.http().get('/api/health/ready').expect(200)).body).toEqual({
        status: 'degraded',
        checks: { database: 'ok', redis: 'down' },
      });
      const code = await file('Lampu jalan padam tanpa Redis');
      // The outbox is in the database: the e-mail is there, for the sweep of a Redis-less hour.
      const [row] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM email_outbox WHERE text_body LIKE $1`, [`%${code}%`]);
      expect(row.n).toBe(1);
    });
    return;
  }

  it('with Redis up: ready is ok, the job schedules and the rate-limit counters live in Redis', async () => {
    expect((await w.t.http().get('/api/health/ready').expect(200)).body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
    initial = await waitFor(async () => {
      const now = await schedules();
      return PERIODIC.every((id) => now.includes(id)) && now;
    });
    await receipt(await file('Jalan berlubang, Redis hidup'));
    expect(await hitCounters()).toBeGreaterThan(0);
  });

  it('recreates the job schedules when Redis loses its keys without a disconnect', async () => {
    expect(await deleteKeys(direct as Redis, w.t.config.redisKeyPrefix)).toBeGreaterThan(0);
    expect(await schedules()).toEqual([]);
    // The periodic check runs at the pace of the most frequent job (the 5-second mail sweep).
    await schedulesBack(initial, 20_000);
    // And the sweep they drive runs again: a report's e-mail goes out.
    await receipt(await file('Sampah menumpuk setelah Redis kehilangan data'));
  }, 40_000);

  it('files reports during an outage, says degraded, and recovers after a restart that lost every key', async () => {
    await proxy?.cut();
    expect(await waitFor(async () => (await ready()).status === 'degraded' && ready())).toEqual({
      status: 'degraded',
      checks: { database: 'ok', redis: 'down' },
    });
    // The global limit, the per-user filing limit and the job trigger after commit all touch
    // Redis on this path: each falls back, none fails the request or holds it.
    const during = [await file('Banjir saat Redis mati'), await file('Pohon tumbang saat Redis mati')];
    await w.as.citizen.agent.get('/api/reports/mine').expect(200);
    // Redis comes back empty (restarted without persistence).
    await deleteKeys(direct as Redis, w.t.config.redisKeyPrefix);
    await proxy?.open();

    expect(await waitFor(async () => (await ready()).status === 'ok' && ready())).toEqual({
      status: 'ok',
      checks: { database: 'ok', redis: 'ok' },
    });
    // Recreated at the reconnection, not a check period later.
    await schedulesBack(initial, 10_000);
    // The e-mails of the reports filed meanwhile wait in the outbox; the sweep sends them now.
    for (const code of during) await receipt(code);
    // Counters are shared in Redis again (every request but the health checks counts).
    await file('Jalan rusak setelah Redis kembali');
    await waitFor(async () => (await w.as.citizen.agent.get('/api/reports/mine').expect(200), (await hitCounters()) > 0));
  }, 60_000);

  it('neither fails nor hangs when Redis accepts connections but stops answering', async () => {
    proxy?.freeze();
    try {
      expect(await waitFor(async () => (await ready()).status === 'degraded' && ready())).toEqual({
        status: 'degraded',
        checks: { database: 'ok', redis: 'down' },
      });
      await file('Saluran air tersumbat saat Redis diam');
      await file('Trotoar rusak saat Redis diam');
    } finally {
      proxy?.thaw();
    }
    expect(await waitFor(async () => (await ready()).status === 'ok' && ready())).toEqual({
      status: 'ok',
      checks: { database: 'ok', redis: 'ok' },
    });
  }, 60_000);
});
