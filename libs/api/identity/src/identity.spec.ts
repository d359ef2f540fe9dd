import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule, ReferenceSeedService } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { Client } from 'pg';
import { BackgroundTasks } from './accounts/background-tasks';
import { IdentityModule } from './identity.module';
import { REFRESH_REUSE_GRACE_MS } from './sessions/sessions.service';
import { Browser, TEST_PASSWORD, createUser as createFixtureUser } from './testing/identity-fixtures';

const PASSWORD = TEST_PASSWORD;

describe('identity: accounts, sessions, roles', () => {
  let t: TestApp;

  async function outboxFor(email: string): Promise<{ template: string; text_body: string }[]> {
    return t.dataSource.query('SELECT template, text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at', [email]);
  }
  function tokenIn(body: string): string {
    return /token=([\w-]+)/.exec(body)?.[1] ?? '';
  }
  const createUser = (email: string, roles: string[]) => createFixtureUser(t, email, roles);

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
  });
  afterAll(() => t.close());

  describe('registration and e-mail verification', () => {
    it('rejects weak passwords, naming the field, in the caller’s language', async () => {
      const short = await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Budi Santoso', email: 'budi@example.id', password: 'pendek' })
        .expect(400);
      expect(short.body.details).toEqual([
        { field: 'password', code: 'password_too_short', message: 'Kata sandi paling sedikit 10 karakter.' },
      ]);
      const common = await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'en')
        .send({ name: 'Budi Santoso', email: 'budi@example.id', password: 'password123' })
        .expect(400);
      expect(common.body.details[0]).toMatchObject({ field: 'password', code: 'password_common' });
      const personal = await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Budi Santoso', email: 'budi@example.id', password: 'santoso-2026!!' })
        .expect(400);
      expect(personal.body.details[0].code).toBe('password_personal');
      // Long enough, yet guessable: repeats, a common run of digits, the city's own name.
      const guessable: [string, string][] = [
        ['aaaaaaaaaa', 'password_weak'],
        ['1234567890123', 'password_common'],
        ['kotasemarang', 'password_local'],
        ['Tembalang2026', 'password_local'],
      ];
      for (const [password, code] of guessable) {
        const res = await t
          .http()
          .post('/api/auth/register')
          .send({ name: 'Budi Santoso', email: 'budi@example.id', password })
          .expect(400);
        expect({ password, detail: res.body.details[0] }).toEqual({
          password,
          detail: expect.objectContaining({ field: 'password', code }),
        });
      }
      const local = await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'en')
        .send({ name: 'Budi Santoso', email: 'budi@example.id', password: 'kotasemarang' })
        .expect(400);
      expect(local.body.details[0].message).toBe(
        'This password is easy to guess because it holds the name of the city, a kecamatan, a kelurahan or this portal. Add other, unrelated words, or use three or four random words.',
      );
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'budi@example.id'`)).toEqual([{ n: 0 }]);
      const email = await t.http().post('/api/auth/register').send({ name: 'Budi', email: 'bukan-email', password: PASSWORD }).expect(400);
      expect(email.body.details[0]).toMatchObject({
        field: 'email',
        code: 'isEmail',
        message: 'Kolom «E-mail» harus berupa alamat e-mail yang valid.',
      });
    });

    it('registers, e-mails a single-use link and makes the verified account a citizen', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Siti Rahayu', email: 'Siti@Example.id', password: PASSWORD })
        .expect(202);
      expect(res.body.message).toBe('Periksa kotak masuk e-mail Anda untuk langkah berikutnya.');
      const [mail] = await outboxFor('siti@example.id');
      expect(mail.template).toBe('verify_email');
      expect(mail.text_body).toContain('Kota Semarang');
      const token = tokenIn(mail.text_body);

      const browser = new Browser(t);
      await browser.login('siti@example.id').then((r) => expect(r.status).toBe(200));
      expect((await browser.agent.get('/api/me').expect(200)).body).toMatchObject({ emailVerified: false, roles: [] });

      await t.http().post('/api/auth/verify-email').send({ token }).expect(204);
      // A second click on the link (or a mail scanner's first): still a success, nothing changes.
      await t.http().post('/api/auth/verify-email').send({ token }).expect(204);
      const unknown = await t
        .http()
        .post('/api/auth/verify-email')
        .send({ token: 'x'.repeat(43) })
        .expect(400);
      expect(unknown.body.code).toBe('token_invalid');
      expect((await browser.agent.get('/api/me').expect(200)).body).toMatchObject({
        email: 'siti@example.id',
        emailVerified: true,
        roles: ['citizen'],
      });
    });

    it('answers a second registration of the same address the same way, and tells the owner by e-mail', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Penyusup', email: 'siti@example.id', password: 'lain-sekali-kata-sandinya' })
        .expect(202);
      expect(res.body.message).toBe('Periksa kotak masuk e-mail Anda untuk langkah berikutnya.');
      expect((await outboxFor('siti@example.id')).map((m) => m.template)).toEqual(['verify_email', 'already_registered']);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'siti@example.id'`)).toEqual([{ n: 1 }]);
    });

    it('refuses an expired verification link that was never used', async () => {
      await t.http().post('/api/auth/register').send({ name: 'Lambat Sekali', email: 'lambat@example.id', password: PASSWORD }).expect(202);
      const [mail] = await outboxFor('lambat@example.id');
      await t.dataSource.query(`UPDATE email_token SET expires_at = now() - interval '1 minute' WHERE purpose = 'verify_email'
        AND user_id = (SELECT id FROM app_user WHERE email = 'lambat@example.id')`);
      const expired = await t
        .http()
        .post('/api/auth/verify-email')
        .send({ token: tokenIn(mail.text_body) })
        .expect(400);
      expect(expired.body.code).toBe('token_invalid');
    });

    it('answers simultaneous registrations of one new address alike, and creates one account', async () => {
      // Both inside the window at once: the first holds its new account uncommitted while the
      // outbox is locked, the second runs into it. (The embedded database has one connection:
      // there the two simply run one after the other.)
      const blocker = new Client({ connectionString: t.database.url });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query(`LOCK TABLE ${t.database.schema ? `"${t.database.schema}".` : ''}email_outbox IN ACCESS EXCLUSIVE MODE`);
        const register = () =>
          t.http().post('/api/auth/register').send({ name: 'Dwi Kembar', email: 'kembar@example.id', password: PASSWORD });
        const answers = Promise.all([register(), register()]);
        if (!t.database.embedded) {
          // Waiting, directly or behind another waiter, on the lock this connection holds. (Inside
          // a transaction pg_stat_activity is a snapshot taken once: cleared before each look.)
          const blocked = async () =>
            (
              await blocker.query(`SELECT pg_stat_clear_snapshot()`).then(() =>
                blocker.query(`SELECT count(*)::int AS n FROM pg_stat_activity a
                WHERE pg_backend_pid() = ANY(pg_blocking_pids(a.pid))
                   OR EXISTS (SELECT 1 FROM pg_stat_activity b
                               WHERE b.pid = ANY(pg_blocking_pids(a.pid)) AND pg_backend_pid() = ANY(pg_blocking_pids(b.pid)))`),
              )
            ).rows[0].n;
          for (let i = 0; i < 400 && (await blocked()) < 2; i++) await new Promise((r) => setTimeout(r, 25));
          expect(await blocked()).toBe(2);
        }
        await blocker.query('COMMIT');
        expect((await answers).map((res) => res.status)).toEqual([202, 202]);
      } finally {
        await blocker.end();
      }
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'kembar@example.id'`)).toEqual([{ n: 1 }]);
      expect((await outboxFor('kembar@example.id')).map((m) => m.template).sort()).toEqual(['already_registered', 'verify_email']);
    });
  });

  describe('sign-in', () => {
    it('gives the same answer for an unknown e-mail and a wrong password', async () => {
      await createUser('rina@example.id', ['citizen']);
      const wrong = await t.http().post('/api/auth/login').send({ email: 'rina@example.id', password: 'salah-kata-sandi' }).expect(401);
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'tidak-ada@example.id', password: 'salah-kata-sandi' })
        .expect(401);
      expect(wrong.body).toEqual({ statusCode: 401, code: 'invalid_credentials', message: 'E-mail atau kata sandi salah.' });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('validates the sign-in body before passport-local runs', async () => {
      const missing = await t.http().post('/api/auth/login').send({ email: 'rina@example.id' }).expect(400);
      expect(missing.body.details).toEqual([
        expect.objectContaining({ field: 'password', message: expect.stringContaining('«Kata sandi»') }),
      ]);
      const bad = await t
        .http()
        .post('/api/auth/login')
        .set('Accept-Language', 'en')
        .send({ email: 'rina', password: 'x', remember: true })
        .expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'remember']);
    });

    it('sets httpOnly SameSite=Lax session cookies and a readable CSRF cookie', async () => {
      await createUser('cookie@example.id', ['citizen']);
      const res = await t.http().post('/api/auth/login').send({ email: 'cookie@example.id', password: PASSWORD }).expect(200);
      const cookies = ([] as string[]).concat(res.headers['set-cookie']);
      const byName = (n: string) => cookies.find((c) => c.startsWith(`${n}=`)) ?? '';
      expect(byName('wk_access')).toMatch(/HttpOnly/);
      expect(byName('wk_access')).toMatch(/SameSite=Lax/);
      expect(byName('wk_refresh')).toMatch(/Path=\/api\/auth/);
      expect(byName('wk_refresh')).toMatch(/HttpOnly/);
      expect(byName('XSRF-TOKEN')).not.toMatch(/HttpOnly/);
    });
  });

  describe('sessions', () => {
    it('refuses a cookie-authenticated change without the CSRF token', async () => {
      await createUser('csrf@example.id', ['citizen']);
      const browser = new Browser(t);
      await browser.login('csrf@example.id');
      const refused = await browser.agent.patch('/api/me').send({ name: 'Baru' }).expect(403);
      expect(refused.body.code).toBe('csrf_failed');
      await browser.agent.patch('/api/me').set('X-XSRF-TOKEN', 'tebakan-yang-salah-sekali').send({ name: 'Baru' }).expect(403);
      expect((await browser.send('patch', '/api/me').send({ name: 'Nama Baru', language: 'en' }).expect(200)).body).toMatchObject({
        name: 'Nama Baru',
        language: 'en',
      });
    });

    it('rotates the refresh token, and a reused one revokes the whole session', async () => {
      await createUser('rotate@example.id', ['citizen']);
      const browser = new Browser(t);
      const login = await browser.login('rotate@example.id');
      const firstRefresh = ([] as string[])
        .concat(login.headers['set-cookie'])
        .find((c) => c.startsWith('wk_refresh='))!
        .split(';')[0];
      browser.remember(await browser.send('post', '/api/auth/refresh').expect(204));
      await browser.agent.get('/api/me').expect(200);

      // Past the grace period for simultaneous refreshes (the clock moved with the row)…
      await t.dataSource.query(`UPDATE refresh_token SET used_at = used_at - $1 * interval '1 millisecond' WHERE used_at IS NOT NULL`, [
        REFRESH_REUSE_GRACE_MS + 1000,
      ]);
      // …the first refresh token, replayed (by a thief who copied it):
      const replay = await t.http().post('/api/auth/refresh').set('Cookie', firstRefresh).expect(401);
      expect(replay.body.code).toBe('session_expired');
      // …ends the legitimate session too.
      await browser.agent.get('/api/me').expect(401);
      await browser.send('post', '/api/auth/refresh').expect(401);
    });

    it('ends the session on logout', async () => {
      await createUser('logout@example.id', ['citizen']);
      const browser = new Browser(t);
      await browser.login('logout@example.id');
      await browser.send('post', '/api/auth/logout').expect(204);
      await browser.agent.get('/api/me').expect(401);
    });

    it('changes the password, ending other sessions, after checking the current one', async () => {
      await createUser('change@example.id', ['citizen']);
      const laptop = new Browser(t);
      const phone = new Browser(t);
      await laptop.login('change@example.id');
      await phone.login('change@example.id');
      const wrong = await laptop
        .send('post', '/api/me/password')
        .send({ currentPassword: 'bukan-ini-sandinya', newPassword: 'teh-manis-sore-hari' })
        .expect(400);
      expect(wrong.body.details[0]).toMatchObject({ field: 'currentPassword', code: 'password_wrong' });
      const same = await laptop.send('post', '/api/me/password').send({ currentPassword: PASSWORD, newPassword: PASSWORD }).expect(400);
      expect(same.body.details).toEqual([
        { field: 'newPassword', code: 'password_same', message: 'Kata sandi baru harus berbeda dari kata sandi saat ini.' },
      ]);
      const weak = await laptop
        .send('post', '/api/me/password')
        .send({ currentPassword: PASSWORD, newPassword: '1234567890123' })
        .expect(400);
      expect(weak.body.details[0]).toMatchObject({ field: 'newPassword', code: 'password_common' });
      await laptop.send('post', '/api/me/password').send({ currentPassword: PASSWORD, newPassword: 'teh-manis-sore-hari' }).expect(204);
      await laptop.agent.get('/api/me').expect(200);
      await phone.agent.get('/api/me').expect(401);
      await t.http().post('/api/auth/login').send({ email: 'change@example.id', password: 'teh-manis-sore-hari' }).expect(200);
    });

    it('resets a forgotten password by e-mail link, without revealing whether the account exists', async () => {
      await createUser('lupa@example.id', ['citizen']);
      const known = await t.http().post('/api/auth/password/forgot').send({ email: 'lupa@example.id' }).expect(202);
      const unknown = await t.http().post('/api/auth/password/forgot').send({ email: 'siapa@example.id' }).expect(202);
      expect(unknown.body).toEqual(known.body);
      // The link is e-mailed after the answer.
      await t.app.get(BackgroundTasks).idle();
      const [mail] = await outboxFor('lupa@example.id');
      expect(mail.template).toBe('reset_password');
      const token = tokenIn(mail.text_body);
      // The current password again is refused, and the link stays usable.
      const same = await t.http().post('/api/auth/password/reset').send({ token, password: PASSWORD }).expect(400);
      expect(same.body.details[0]).toMatchObject({ field: 'password', code: 'password_same' });
      await t.http().post('/api/auth/password/reset').send({ token, password: 'nasi-goreng-malam' }).expect(204);
      await t.http().post('/api/auth/password/reset').send({ token, password: 'nasi-goreng-malam' }).expect(400);
      await t.http().post('/api/auth/login').send({ email: 'lupa@example.id', password: 'nasi-goreng-malam' }).expect(200);
    });
  });

  describe('admin: roles, departments, suspension (who may call)', () => {
    let adminId: string;
    let targetId: string;
    let admin: Browser;

    beforeAll(async () => {
      adminId = await createUser('admin@example.id', ['admin']);
      targetId = await createUser('petugas@example.id', ['citizen']);
      await createUser('moderator@example.id', ['moderator']);
      await createUser('warga@example.id', ['citizen']);
      await createUser('pejabat@example.id', ['official']);
      admin = new Browser(t);
      await admin.login('admin@example.id');
    });

    it.each([
      ['a visitor', null, 401],
      ['a citizen', 'warga@example.id', 403],
      ['a moderator', 'moderator@example.id', 403],
      ['an official', 'pejabat@example.id', 403],
    ])('refuses %s', async (_who, email, status) => {
      const browser = new Browser(t);
      if (email) await browser.login(email);
      await browser.agent.get('/api/admin/users').expect(status);
      await browser
        .send('put', `/api/admin/users/${targetId}/roles`)
        .send({ roles: ['admin'] })
        .expect(status);
    });

    it('lets an admin assign roles and departments, audited with before and after', async () => {
      await t.app.get(ReferenceSeedService).seed();
      const [department] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
      const roles = await admin
        .send('put', `/api/admin/users/${targetId}/roles`)
        .send({ roles: ['citizen', 'official'], reason: 'Staf DPU' })
        .expect(200);
      expect(roles.body.roles).toEqual(['citizen', 'official']);
      const departments = await admin
        .send('put', `/api/admin/users/${targetId}/departments`)
        .send({ departmentIds: [department.id] })
        .expect(200);
      expect(departments.body.departmentIds).toEqual([department.id]);
      const members = await admin.agent.get(`/api/admin/users?departmentId=${department.id}`).expect(200);
      expect(members.body.items.map((u: { id: string }) => u.id)).toEqual([targetId]);
      const badFilter = await admin.agent.get('/api/admin/users?departmentId=DPU').expect(400);
      expect(badFilter.body.details[0]).toMatchObject({ field: 'departmentId' });
      const unknownDepartment = await admin
        .send('put', `/api/admin/users/${targetId}/departments`)
        .send({ departmentIds: ['00000000-0000-4000-8000-000000000000'] })
        .expect(400);
      expect(unknownDepartment.body.details[0]).toMatchObject({ field: 'departmentIds', code: 'department_not_found' });

      const audit = await t.dataSource.query(
        `SELECT action, actor_id, before, after, reason FROM audit_log WHERE target_id = $1 ORDER BY occurred_at`,
        [targetId],
      );
      expect(audit).toEqual([
        {
          action: 'user.roles_changed',
          actor_id: adminId,
          before: { roles: ['citizen'] },
          after: { roles: ['citizen', 'official'] },
          reason: 'Staf DPU',
        },
        {
          action: 'user.departments_changed',
          actor_id: adminId,
          before: { departmentIds: [] },
          after: { departmentIds: [department.id] },
          reason: null,
        },
      ]);
      await expect(t.dataSource.query(`UPDATE audit_log SET reason = 'dihapus'`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    });

    it('lists users with search and keyset pagination', async () => {
      const first = await admin.agent.get('/api/admin/users?limit=2').expect(200);
      expect(first.body.items).toHaveLength(2);
      const second = await admin.agent.get(`/api/admin/users?limit=2&after=${first.body.nextCursor}`).expect(200);
      expect(second.body.items[0].id > first.body.items[1].id).toBe(true);
      const search = await admin.agent.get('/api/admin/users?q=PETUGAS').expect(200);
      expect(search.body.items.map((u: { email: string }) => u.email)).toEqual(['petugas@example.id']);
      await admin.agent.get('/api/admin/users?limit=9999').expect(400);
      await admin.agent.get('/api/admin/users/00000000-0000-4000-8000-000000000000').expect(404);
    });

    it('suspends a user: their session ends at once and they cannot sign in', async () => {
      const victim = new Browser(t);
      await victim.login('warga@example.id');
      const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'warga@example.id'`);
      await admin.send('post', `/api/admin/users/${id}/suspend`).send({ reason: 'Spam berulang' }).expect(200);
      await victim.agent.get('/api/me').expect(401);
      const login = await t.http().post('/api/auth/login').send({ email: 'warga@example.id', password: PASSWORD }).expect(403);
      expect(login.body.code).toBe('account_suspended');
      await admin.send('post', `/api/admin/users/${id}/reactivate`).send({ reason: 'Banding diterima' }).expect(200);
      await t.http().post('/api/auth/login').send({ email: 'warga@example.id', password: PASSWORD }).expect(200);
    });

    it('does not let an admin remove their own admin role or suspend themselves', async () => {
      await admin
        .send('put', `/api/admin/users/${adminId}/roles`)
        .send({ roles: ['citizen'] })
        .expect(409);
      await admin.send('post', `/api/admin/users/${adminId}/suspend`).send({ reason: 'uji coba' }).expect(409);
    });
  });
});
