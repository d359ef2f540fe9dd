import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IdentityModule } from '../identity.module';

describe('per-client limit on sign-in and sign-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule],
      config: { authRateLimitMax: 3 },
    });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past AUTH_RATE_LIMIT_MAX attempts a minute from one client', async () => {
    for (let i = 0; i < 3; i++)
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: `x${i}@example.id`, password: 'salah-kata-sandi' })
        .expect(401);
    const limited = await t.http().post('/api/auth/login').send({ email: 'y@example.id', password: 'salah-kata-sandi' }).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body.code).toBe('rate_limited');
    // Other routes keep the general limit.
    await t.http().get('/api/departments').expect(200);
  });
});
