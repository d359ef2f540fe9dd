import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { IdentityModule } from '../identity.module';
import { sha256 } from '../tokens';
import { Browser, TEST_PASSWORD, createUser } from '../testing/identity-fixtures';
import { REFRESH_REUSE_GRACE_MS } from './sessions.service';

function cookie(res: supertest.Response, name: string): string {
  const found = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie set`);
  return found.split(';')[0];
}

describe('session tokens: CSRF bound to the session, refresh races', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await createUser(t, 'sesi@example.id', ['citizen']);
    await createUser(t, 'sesi-lain@example.id', ['citizen']);
  });
  afterAll(() => t.close());

  describe('CSRF token', () => {
    it('refuses a cookie/header pair the caller chose, even when they match', async () => {
      const login = await t.http().post('/api/auth/login').send({ email: 'sesi@example.id', password: TEST_PASSWORD }).expect(200);
      // A planted XSRF-TOKEN cookie (from a sibling subdomain, or injected over plain http) and the same header.
      const forged = await t
        .http()
        .patch('/api/me')
        .set('Cookie', `${cookie(login, 'wk_access')}; XSRF-TOKEN=dipilih-oleh-penyerang-1234`)
        .set('X-XSRF-TOKEN', 'dipilih-oleh-penyerang-1234')
        .send({ name: 'Diretas' })
        .expect(403);
      expect(forged.body.code).toBe('csrf_failed');
    });

    it('refuses another session’s token, even of the same account', async () => {
      const mine = new Browser(t);
      await mine.login('sesi@example.id');
      const other = new Browser(t);
      await other.login('sesi-lain@example.id');
      const sameAccount = new Browser(t);
      await sameAccount.login('sesi@example.id');
      expect(other.csrf).not.toBe(mine.csrf);
      for (const token of [other.csrf, sameAccount.csrf]) {
        const refused = await mine.agent.patch('/api/me').set('X-XSRF-TOKEN', token).send({ name: 'Bukan Saya' }).expect(403);
        expect(refused.body.code).toBe('csrf_failed');
      }
    });

    it('accepts the session’s own token, which stays the same across refreshes', async () => {
      const browser = new Browser(t);
      await browser.login('sesi@example.id');
      await browser.send('patch', '/api/me').send({ name: 'Sesi Satu' }).expect(200);
      const before = browser.csrf;
      browser.remember(await browser.send('post', '/api/auth/refresh').expect(204));
      expect(browser.csrf).toBe(before);
      await browser.send('patch', '/api/me').send({ name: 'Sesi Dua' }).expect(200);
    });
  });

  describe('refresh', () => {
    it('gives two simultaneous refreshes of one token each a new pair, and the session goes on', async () => {
      const browser = new Browser(t);
      const login = await browser.login('sesi@example.id');
      const refresh = cookie(login, 'wk_refresh');
      const [a, b] = await Promise.all([
        t.http().post('/api/auth/refresh').set('Cookie', refresh),
        t.http().post('/api/auth/refresh').set('Cookie', refresh),
      ]);
      expect([a.status, b.status]).toEqual([204, 204]);
      // Both new pairs work, and so does the browser's session.
      for (const res of [a, b]) {
        await t.http().get('/api/me').set('Cookie', cookie(res, 'wk_access')).expect(200);
        await t.http().post('/api/auth/refresh').set('Cookie', cookie(res, 'wk_refresh')).expect(204);
      }
      await browser.agent.get('/api/me').expect(200);
    });

    it('still takes a reuse after the grace period for theft, and revokes the whole session', async () => {
      const browser = new Browser(t);
      const login = await browser.login('sesi@example.id');
      const first = cookie(login, 'wk_refresh');
      browser.remember(await browser.send('post', '/api/auth/refresh').expect(204));
      // The first use was longer ago than the grace period (the clock moved with the row):
      await t.dataSource.query(`UPDATE refresh_token SET used_at = now() - $1 * interval '1 millisecond' WHERE token_hash = $2`, [
        REFRESH_REUSE_GRACE_MS + 1000,
        sha256(first.split('=')[1]),
      ]);
      const replay = await t.http().post('/api/auth/refresh').set('Cookie', first).expect(401);
      expect(replay.body.code).toBe('session_expired');
      await browser.agent.get('/api/me').expect(401);
      await browser.send('post', '/api/auth/refresh').expect(401);
    });
  });
});
