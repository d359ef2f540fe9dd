import { TestApp, createTestApp } from '@walikota/api-testing';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimitMax: 1 } });
  });
  afterAll(() => t.close());

  it('reports liveness without touching the database', async () => {
    expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok', checks: {} });
  });

  it('reports readiness when the database answers, and is never rate limited', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await t.http().get('/api/health/ready').expect(200)).body).toEqual({ status: 'ok', checks: { database: 'ok' } });
    }
  });

  it('answers 503 when the database is gone', async () => {
    await t.dataSource.destroy();
    expect((await t.http().get('/api/health/ready').expect(503)).body).toEqual({ status: 'error', checks: { database: 'down' } });
    await t.dataSource.initialize();
  });
});
