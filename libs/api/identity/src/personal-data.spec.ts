import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IdentityModule } from './identity.module';
import { Browser, TEST_PASSWORD, browserFor, createUser } from './testing/identity-fixtures';

describe('API keys, audit log, personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await createUser(t, 'official@example.id', ['citizen', 'official']);
    await createUser(t, 'admin@example.id', ['admin']);
    await createUser(t, 'warga@example.id', ['citizen']);
    await createUser(t, 'moderator@example.id', ['moderator']);
  });
  afterAll(() => t.close());

  describe('personal API keys', () => {
    it.each([
      ['a visitor', null, 401],
      ['a citizen', 'warga@example.id', 403],
      ['a moderator', 'moderator@example.id', 403],
    ])('are refused to %s', async (_who, email, status) => {
      const browser = await browserFor(t, email);
      await browser.agent.get('/api/me/api-keys').expect(status);
      await browser.send('post', '/api/me/api-keys').send({ name: 'Integrasi' }).expect(status);
    });

    it('are shown once, authenticate as bearer without CSRF, and stop working when revoked', async () => {
      const official = await browserFor(t, 'official@example.id');
      const created = await official.send('post', '/api/me/api-keys').send({ name: 'Aplikasi kelurahan' }).expect(201);
      expect(created.body.key).toMatch(/^wk_[\w-]{40,}$/);
      const listed = await official.agent.get('/api/me/api-keys').expect(200);
      expect(listed.body).toEqual([
        expect.objectContaining({
          id: created.body.id,
          name: 'Aplikasi kelurahan',
          prefix: created.body.key.slice(0, 10),
          scopes: ['read', 'open311'],
          createdByKeyId: null,
        }),
      ]);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

      const bearer = `Bearer ${created.body.key}`;
      expect((await t.http().get('/api/me').set('Authorization', bearer).expect(200)).body.email).toBe('official@example.id');
      // Keys write only where a route accepts one of their scopes; the profile accepts none.
      const refused = await t.http().patch('/api/me').set('Authorization', bearer).send({ phone: '+62 24 123456' }).expect(403);
      expect(refused.body.code).toBe('api_key_not_allowed');
      await t.http().get('/api/me').set('Authorization', 'Bearer wk_tebakan').expect(401);

      // Another official cannot revoke it.
      await createUser(t, 'official2@example.id', ['official']);
      const other = await browserFor(t, 'official2@example.id');
      await other.send('delete', `/api/me/api-keys/${created.body.id}`).expect(404);

      await official.send('delete', `/api/me/api-keys/${created.body.id}`).expect(204);
      await t.http().get('/api/me').set('Authorization', bearer).expect(401);
    });
  });

  describe('audit log', () => {
    it('is readable by admins only, filtered and paginated', async () => {
      for (const email of [null, 'warga@example.id', 'moderator@example.id', 'official@example.id']) {
        const browser = await browserFor(t, email);
        await browser.agent.get('/api/admin/audit-log').expect(email ? 403 : 401);
      }
      const admin = await browserFor(t, 'admin@example.id');
      const page1 = await admin.agent.get('/api/admin/audit-log?limit=1').expect(200);
      expect(page1.body.items).toHaveLength(1);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await admin.agent.get(`/api/admin/audit-log?limit=1&before=${encodeURIComponent(page1.body.nextCursor)}`).expect(200);
      expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
      const created = await admin.agent.get('/api/admin/audit-log?action=api_key.created').expect(200);
      expect(created.body.items.map((e: { action: string }) => e.action)).toEqual(['api_key.created']);
      expect(created.body.items[0]).toMatchObject({
        targetType: 'api_key',
        actorRoles: ['citizen', 'official'],
        requestId: expect.any(String),
      });
      await admin.agent.get('/api/admin/audit-log?before=kemarin').expect(400);
    });

    it('has no endpoint to change or delete an entry', async () => {
      const admin = await browserFor(t, 'admin@example.id');
      const [{ id }] = await t.dataSource.query('SELECT id FROM audit_log LIMIT 1');
      await admin.send('delete', `/api/admin/audit-log/${id}`).expect(404);
      await admin.send('put', `/api/admin/audit-log/${id}`).send({ reason: 'x' }).expect(404);
    });
  });

  describe('the account endpoints', () => {
    it('are refused to a visitor', async () => {
      await t.http().get('/api/me').expect(401);
      await t.http().patch('/api/me').send({ name: 'X' }).expect(401);
      await t.http().post('/api/me/password').send({ currentPassword: 'a', newPassword: 'b' }).expect(401);
      await t.http().post('/api/me/verification-email').expect(401);
      await t.http().delete('/api/me').send({ password: 'x' }).expect(401);
      await t.http().post('/api/auth/logout').expect(401);
    });

    it('act on the caller only: another citizen’s data is never returned', async () => {
      const moderator = await browserFor(t, 'moderator@example.id');
      expect((await moderator.agent.get('/api/me').expect(200)).body.email).toBe('moderator@example.id');
      const res = await moderator.send('patch', '/api/me').send({ name: 'Moderator Baru', id: 'lain' }).expect(400);
      expect(res.body.details[0]).toMatchObject({ field: 'id', code: 'unknown_field' });
    });

    it('reject an expired verification link', async () => {
      await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Lambat Sekali', email: 'lambat@example.id', password: 'rendang-padang-pedas' })
        .expect(202);
      const [mail] = await t.dataSource.query(`SELECT text_body FROM email_outbox WHERE to_address = 'lambat@example.id'`);
      const token = /token=([\w-]+)/.exec(mail.text_body)?.[1];
      await t.dataSource.query(`UPDATE email_token SET expires_at = now() - interval '1 minute'`);
      const res = await t.http().post('/api/auth/verify-email').send({ token }).expect(400);
      expect(res.body.code).toBe('token_invalid');
    });
  });

  describe('personal data', () => {
    it('lets a user download their data, and only theirs', async () => {
      await t.http().get('/api/me/export').expect(401);
      const warga = await browserFor(t, 'warga@example.id');
      const res = await warga.agent.get('/api/me/export').expect(200);
      expect(res.headers['content-disposition']).toContain('attachment');
      expect(res.body.account).toMatchObject({ email: 'warga@example.id', roles: ['citizen'] });
      expect(res.body.sessions.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toContain('official@example.id');
    });

    it('deletes an account after the password check: personal data erased, sign-in impossible, row kept', async () => {
      const id = await createUser(t, 'pergi@example.id', ['citizen']);
      const browser: Browser = await browserFor(t, 'pergi@example.id');
      const wrong = await browser.send('delete', '/api/me').send({ password: 'bukan-sandinya-ini' }).expect(400);
      expect(wrong.body.details[0]).toMatchObject({ field: 'password', code: 'password_wrong' });
      await browser.send('delete', '/api/me').send({ password: TEST_PASSWORD }).expect(204);
      await browser.agent.get('/api/me').expect(401);
      await t.http().post('/api/auth/login').send({ email: 'pergi@example.id', password: TEST_PASSWORD }).expect(401);
      const [row] = await t.dataSource.query('SELECT email, name, phone, status, deleted_at FROM app_user WHERE id = $1', [id]);
      expect(row).toMatchObject({ email: null, name: 'Pengguna terhapus', phone: null, status: 'deleted' });
      expect(row.deleted_at).not.toBeNull();
      // The address is free again.
      await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Orang Baru', email: 'pergi@example.id', password: 'sate-ayam-madura-enak' })
        .expect(202);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'pergi@example.id'`)).toEqual([{ n: 1 }]);
    });
  });
});
