import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import net from 'node:net';

/** Redis as readiness reports it for the test run's own configuration. */
const redis = testEnvironment.redisUrl ? 'ok' : 'disabled';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimitMax: 1 } });
  });
  afterAll(() => t.close());

  it('reports liveness without touching the database', async () => {
    expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok', checks: {} });
  });

  it('reports readiness of the database and Redis (disabled without REDIS_URL), and is never rate limited', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await t.http().get('/api/health/ready').expect(200)).body).toEqual({ status: 'ok', checks: { database: 'ok', redis } });
    }
  });

  it('answers 503 when the database is gone', async () => {
    await t.dataSource.destroy();
    expect((await t.http().get('/api/health/ready').expect(503)).body).toEqual({ status: 'error', checks: { database: 'down', redis } });
    await t.dataSource.initialize();
  });
});

describe('health endpoints with Redis down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // REDIS_URL pointing at a port nobody listens on: the app starts (after waiting for it) and serves.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    t = await createTestApp({ config: { redisUrl: `redis://127.0.0.1:${port}` } });
  }, 60_000);
  afterAll(() => t.close());

  it('answers 200 degraded: the instance still serves, so a load balancer keeps it', async () => {
    expect((await t.http().get('/api/health/ready').expect(200)).body).toEqual({
      status: 'degraded',
      checks: { database: 'ok', redis: 'down' },
    });
  });

  it('answers 503 error when the database is gone as well', async () => {
    await t.dataSource.destroy();
    expect((await t.http().get('/api/health/ready').expect(503)).body).toEqual({
      status: 'error',
      checks: { database: 'down', redis: 'down' },
    });
    await t.dataSource.initialize();
  });
});
