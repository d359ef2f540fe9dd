import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule, ReferenceSeedService } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { AUDIT_ACTIONS } from '@walikota/shared-contracts';
import { IdentityModule } from '../identity.module';
import { Browser, browserFor, createUser } from '../testing/identity-fixtures';
import { UserEntity } from '../users/user.entity';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('admin: users and the audit log', () => {
  let t: TestApp;
  let admin: Browser;
  let adminId: string;
  const callers = [
    ['a visitor', null, 401],
    ['a citizen', 'warga@example.id', 403],
    ['a moderator', 'moderator@example.id', 403],
    ['an official', 'pejabat@example.id', 403],
  ] as const;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await t.app.get(ReferenceSeedService).seed();
    adminId = await createUser(t, 'admin@example.id', ['citizen', 'admin']);
    await createUser(t, 'warga@example.id', ['citizen']);
    await createUser(t, 'moderator@example.id', ['citizen', 'moderator']);
    await createUser(t, 'pejabat@example.id', ['citizen', 'official']);
    admin = await browserFor(t, 'admin@example.id');
  });
  afterAll(() => t.close());

  /** An account that registered but never confirmed its address. */
  async function unverifiedUser(email: string): Promise<string> {
    const user = await t.dataSource.getRepository(UserEntity).save({ email, name: 'Belum Verifikasi', emailVerifiedAt: null });
    return user.id;
  }

  async function auditOf(targetId: string): Promise<{ action: string; actor_id: string | null; reason: string | null }[]> {
    return t.dataSource.query('SELECT action, actor_id, reason FROM audit_log WHERE target_id = $1 ORDER BY seq', [targetId]);
  }

  describe('the user list', () => {
    it('shows verification, registration and the last sign-in', async () => {
      const id = await createUser(t, 'baru@example.id', ['citizen']);
      const never = await admin.agent.get(`/api/admin/users/${id}`).expect(200);
      expect(never.body).toMatchObject({ emailVerified: true, lastSignInAt: null });
      expect(Date.parse(never.body.createdAt)).not.toBeNaN();

      await browserFor(t, 'baru@example.id');
      const signedIn = await admin.agent.get(`/api/admin/users/${id}`).expect(200);
      expect(Date.parse(signedIn.body.lastSignInAt)).toBeGreaterThanOrEqual(Date.parse(never.body.createdAt));
      const list = await admin.agent.get('/api/admin/users?q=baru@').expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id, emailVerified: true, lastSignInAt: signedIn.body.lastSignInAt })]);

      const unverified = await unverifiedUser('pending-list@example.id');
      expect((await admin.agent.get(`/api/admin/users/${unverified}`).expect(200)).body).toMatchObject({ emailVerified: false });
    });
  });

  describe('POST /api/admin/users/{id}/verification-email', () => {
    it.each(callers)('refuses %s', async (_who, email, status) => {
      const target = await unverifiedUser(`target-${status}-${email ?? 'visitor'}@example.id`);
      await (await browserFor(t, email)).send('post', `/api/admin/users/${target}/verification-email`).expect(status);
      expect(await t.dataSource.query('SELECT 1 FROM email_outbox WHERE to_user_id = $1', [target])).toEqual([]);
    });

    it('lets an admin e-mail a new link to an unverified account, audited', async () => {
      const target = await unverifiedUser('pending@example.id');
      await admin.send('post', `/api/admin/users/${target}/verification-email`).expect(204);
      const mails: { template: string }[] = await t.dataSource.query('SELECT template FROM email_outbox WHERE to_user_id = $1', [target]);
      expect(mails.map((m) => m.template)).toEqual(['verify_email']);
      expect(await auditOf(target)).toEqual([{ action: 'user.verification_email_sent', actor_id: adminId, reason: null }]);
    });

    it('answers 409 for a verified address, 404 for an unknown account, 400 for a bad id', async () => {
      const verified = await createUser(t, 'sudah@example.id', ['citizen']);
      const conflict = await admin.send('post', `/api/admin/users/${verified}/verification-email`).set('Accept-Language', 'en').expect(409);
      expect(conflict.body).toMatchObject({ code: 'email_already_verified', message: 'This user’s e-mail address is already verified.' });
      await admin.send('post', `/api/admin/users/${UNKNOWN_ID}/verification-email`).expect(404);
      await admin.send('post', '/api/admin/users/bukan-id/verification-email').expect(400);
      expect(await auditOf(verified)).toEqual([]);
    });
  });

  describe('PUT /api/admin/users/{id}/roles', () => {
    it('requires a reason when a role is added, naming the field', async () => {
      const id = await createUser(t, 'calon@example.id', ['citizen']);
      const missing = await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen', 'moderator'] })
        .expect(400);
      expect(missing.body.details).toEqual([
        {
          field: 'reason',
          code: 'reason_required_to_grant',
          message: 'Kolom «Alasan» wajib diisi (3–500 karakter) saat menambahkan peran.',
        },
      ]);
      const blank = await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .set('Accept-Language', 'en')
        .send({ roles: ['citizen', 'moderator'], reason: '   ' })
        .expect(400);
      expect(blank.body.details[0]).toMatchObject({
        field: 'reason',
        message: 'Field «Reason» is required (3–500 characters) when a role is added.',
      });
      const short = await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen', 'moderator'], reason: 'ok' })
        .expect(400);
      expect(short.body.details[0]).toMatchObject({ field: 'reason', code: 'minLength' });
      const long = await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen', 'moderator'], reason: 'x'.repeat(501) })
        .expect(400);
      expect(long.body.details[0]).toMatchObject({ field: 'reason', code: 'maxLength' });
      expect(await auditOf(id)).toEqual([]);

      await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen', 'moderator'], reason: 'Moderator forum kelurahan' })
        .expect(200);
      // Taking a role away, or keeping the same ones, needs no reason.
      await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen', 'moderator'] })
        .expect(200);
      const removed = await admin
        .send('put', `/api/admin/users/${id}/roles`)
        .send({ roles: ['citizen'] })
        .expect(200);
      expect(removed.body.roles).toEqual(['citizen']);
      expect((await auditOf(id)).map((e) => e.reason)).toEqual(['Moderator forum kelurahan', null, null]);
    });

    it('serialises two admins changing one user at once: both succeed, one wins, both are audited', async () => {
      const id = await createUser(t, 'rebutan@example.id', ['citizen']);
      await createUser(t, 'admin2@example.id', ['citizen', 'admin']);
      const second = await browserFor(t, 'admin2@example.id');
      const [dpu] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
      const [dlh] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DLH'`);
      const a = ['citizen', 'moderator'];
      const b = ['citizen', 'official'];
      for (let round = 0; round < 4; round++) {
        const [first, other] = await Promise.all([
          admin.send('put', `/api/admin/users/${id}/roles`).send({ roles: round % 2 ? a : b, reason: 'Rotasi tugas staf' }),
          second.send('put', `/api/admin/users/${id}/roles`).send({ roles: round % 2 ? b : a, reason: 'Rotasi tugas staf' }),
        ]);
        expect([first.status, other.status]).toEqual([200, 200]);
        const [firstDepartments, otherDepartments] = await Promise.all([
          admin.send('put', `/api/admin/users/${id}/departments`).send({ departmentIds: [dpu.id] }),
          second.send('put', `/api/admin/users/${id}/departments`).send({ departmentIds: [dlh.id, dpu.id] }),
        ]);
        expect([firstDepartments.status, otherDepartments.status]).toEqual([200, 200]);
      }
      const final = (await admin.agent.get(`/api/admin/users/${id}`).expect(200)).body;
      expect([a, b]).toContainEqual(final.roles);
      expect([[dpu.id], [dlh.id, dpu.id].sort()]).toContainEqual([...final.departmentIds].sort());
      const entries = await auditOf(id);
      expect(entries.filter((e) => e.action === 'user.roles_changed')).toHaveLength(8);
      expect(entries.filter((e) => e.action === 'user.departments_changed')).toHaveLength(8);
    });
  });

  describe('GET /api/admin/audit-log', () => {
    it.each(callers)('refuses %s', async (_who, email, status) => {
      await (await browserFor(t, email)).agent.get('/api/admin/audit-log').expect(status);
    });

    it('names the actor and the target of each entry', async () => {
      const target = await createUser(t, 'dinilai@example.id', ['citizen']);
      await admin
        .send('put', `/api/admin/users/${target}/roles`)
        .send({ roles: ['citizen', 'moderator'], reason: 'Butuh moderator' })
        .expect(200);
      const key = await admin.send('post', '/api/me/api-keys').send({ name: 'Integrasi kelurahan' }).expect(201);
      await admin.send('put', '/api/admin/holidays/2026-03-19').send({ name: 'Hari Suci Nyepi' }).expect(200);

      const page = await admin.agent.get('/api/admin/audit-log?limit=3').expect(200);
      expect(page.body.items).toEqual([
        expect.objectContaining({
          action: 'holiday.set',
          targetId: '2026-03-19',
          targetLabel: '2026-03-19 · Hari Suci Nyepi',
          actorId: adminId,
          actorName: 'admin',
        }),
        expect.objectContaining({
          action: 'api_key.created',
          targetId: key.body.id,
          targetLabel: `Integrasi kelurahan (${key.body.prefix}…)`,
          actorName: 'admin',
        }),
        expect.objectContaining({ action: 'user.roles_changed', targetId: target, targetLabel: 'dinilai', actorName: 'admin' }),
      ]);
      expect(page.body.items[0].seq).toBeGreaterThan(page.body.items[1].seq);
      // The system acts without a name; a target that no longer exists has no label.
      await t.dataSource.query(`INSERT INTO audit_log (action, target_type, target_id) VALUES ('user.suspended', 'user', $1)`, [
        UNKNOWN_ID,
      ]);
      const [system] = (await admin.agent.get('/api/admin/audit-log?limit=1').expect(200)).body.items;
      expect(system).toMatchObject({ actorId: null, actorName: null, targetId: UNKNOWN_ID, targetLabel: null });
    });

    it('filters by an action of the shared vocabulary and refuses others, naming the field', async () => {
      expect(AUDIT_ACTIONS).toContain('report.auto_close');
      expect(AUDIT_ACTIONS).toContain('report.mark_duplicate');
      const roles = await admin.agent.get('/api/admin/audit-log?action=user.roles_changed').expect(200);
      expect(roles.body.items.length).toBeGreaterThan(0);
      expect(new Set(roles.body.items.map((e: { action: string }) => e.action))).toEqual(new Set(['user.roles_changed']));
      const unknown = await admin.agent.get('/api/admin/audit-log?action=user.hacked').expect(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'action', code: 'isIn' })]);
      const type = await admin.agent.get('/api/admin/audit-log?targetType=planet').expect(400);
      expect(type.body.details).toEqual([expect.objectContaining({ field: 'targetType', code: 'isIn' })]);
    });

    it('pages with the cursor it gives, and answers 400 naming `before` for a cursor it did not', async () => {
      for (const date of ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07'])
        await admin.send('put', `/api/admin/holidays/${date}`).send({ name: 'Libur uji' }).expect(200);
      const first = await admin.agent.get('/api/admin/audit-log?limit=2').expect(200);
      const second = await admin.agent.get(`/api/admin/audit-log?limit=2&before=${encodeURIComponent(first.body.nextCursor)}`).expect(200);
      expect(second.body.items).toHaveLength(2);
      expect(second.body.items[0].seq).toBeLessThan(first.body.items[1].seq);
      for (const before of [
        `2026-13-45T99:99:99Z_${UNKNOWN_ID}`,
        `2026-02-30T10:00:00.000Z_${UNKNOWN_ID}`,
        '2026-01-01T10:00:00.000Z_zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
        `2026-01-01T10:00:00.000Z_${UNKNOWN_ID}_x`,
        'kemarin',
      ]) {
        const res = await admin.agent
          .get(`/api/admin/audit-log?before=${encodeURIComponent(before)}`)
          .set('Accept-Language', 'en')
          .expect(400);
        expect(res.body.details).toEqual([
          {
            field: 'before',
            code: 'invalid_audit_cursor',
            message: 'Field «Page cursor» is not valid; reload the audit log from the start.',
          },
        ]);
      }
    });
  });
});
