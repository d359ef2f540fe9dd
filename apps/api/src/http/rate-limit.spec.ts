import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import { ReferenceModule } from '@walikota/api-reference';

describe(`rate limiting (${testEnvironment.redisUrl ? 'Redis' : 'in-memory'} store)`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule], config: { rateLimitMax: 3, rateLimitTtlSeconds: 60 } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once a client exceeds the limit', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await t.http().get('/api/departments').expect(200);
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    const limited = await t.http().get('/api/departments').expect(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body).toEqual({
      statusCode: 429,
      code: 'rate_limited',
      message: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik.`,
    });
    const english = await t.http().get('/api/departments').set('Accept-Language', 'en').expect(429);
    expect(english.body.message).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
  });
});
