import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IdentityModule } from '../identity.module';
import { TEST_PASSWORD, createUser } from '../testing/identity-fixtures';

// Its own file (and app): passport keeps its strategies in a process-wide registry.
describe('access token expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule],
      config: { accessTokenTtlSeconds: 1 },
    });
  });
  afterAll(() => t.close());

  it('rejects an expired access token; the refresh token gets a new one', async () => {
    await createUser(t, 'exp@example.id', ['citizen']);
    const agent = t.http();
    await agent.post('/api/auth/login').send({ email: 'exp@example.id', password: TEST_PASSWORD }).expect(200);
    await agent.get('/api/me').expect(200);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await agent.get('/api/me').expect(401)).body.code).toBe('unauthorized');
    await agent.post('/api/auth/refresh').expect(204);
    await agent.get('/api/me').expect(200);
  });
});
