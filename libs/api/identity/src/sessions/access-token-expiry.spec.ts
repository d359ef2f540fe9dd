import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IdentityModule } from '../identity.module';
import { TEST_PASSWORD, createUser } from '../testing/identity-fixtures';
import { ACCESS_COOKIE } from './cookies';

/**
 * A JWT's `exp` is in whole seconds, so a token signed at x.99 s with a TTL of n seconds lives
 * only n − 1 s. With n = 3 the first request has two seconds to reach the API even on a loaded
 * CI machine (a TTL of 1 s failed there once); the access token is sent by hand so the cookie
 * jar's own expiry cannot mask what the API does with an expired token.
 */
const TTL_SECONDS = 3;

// Its own file (and app): passport keeps its strategies in a process-wide registry.
describe('access token expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule],
      config: { accessTokenTtlSeconds: TTL_SECONDS },
    });
  });
  afterAll(() => t.close());

  it('rejects an expired access token; the refresh token gets a new one', async () => {
    await createUser(t, 'exp@example.id', ['citizen']);
    const agent = t.http();
    const login = await agent.post('/api/auth/login').send({ email: 'exp@example.id', password: TEST_PASSWORD }).expect(200);
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const access = cookies.find((c) => c.startsWith(`${ACCESS_COOKIE}=`))?.split(';')[0];
    expect(access).toBeDefined();
    const me = () =>
      t
        .http()
        .get('/api/me')
        .set('Cookie', access as string);

    await me().expect(200);
    await new Promise((r) => setTimeout(r, TTL_SECONDS * 1000 + 100));
    expect((await me().expect(401)).body.code).toBe('unauthorized');
    await agent.post('/api/auth/refresh').expect(204);
    await agent.get('/api/me').expect(200);
  });
});
