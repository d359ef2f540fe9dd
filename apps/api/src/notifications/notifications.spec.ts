import { DailyDigestService, MailDeliveryWorker, NotificationsService } from '@walikota/api-notifications';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { AppModule } from '../app.module';
import { Browser, createUser } from './notification-fixtures';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const ROAD_WORKS = {
  title: 'Jalan Pemuda ditutup sementara',
  body: 'Ada perbaikan saluran sampai Jumat.',
  titleEn: 'Jalan Pemuda temporarily closed',
  bodyEn: 'Drain repairs until Friday.',
  link: '/proyek/jalan-pemuda',
};

interface OutboxRow {
  to_address: string;
  template: string;
  language: string;
  subject: string;
  text_body: string;
  status: string;
}

describe('notifications (e-mail kept in the outbox: no SMTP_URL)', () => {
  let t: TestApp;
  let notifications: NotificationsService;
  const users: Record<string, string> = {};

  async function outbox(to: string): Promise<OutboxRow[]> {
    return t.dataSource.query(
      `SELECT to_address, template, language, subject, text_body, status FROM email_outbox WHERE to_address = $1 ORDER BY created_at, id`,
      [to],
    );
  }
  async function inApp(userId: string): Promise<{ type: string; digest_pending: boolean }[]> {
    return t.dataSource.query(`SELECT type, digest_pending FROM notification WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
  }

  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    notifications = t.app.get(NotificationsService);
    users['segera'] = await createUser(t, 'segera@example.id');
    users['now_en'] = await createUser(t, 'now-en@example.id', { language: 'en' });
    users['harian'] = await createUser(t, 'harian@example.id', { emailFrequency: 'daily' });
    users['daily_en'] = await createUser(t, 'daily-en@example.id', { emailFrequency: 'daily', language: 'en' });
    users['tidak'] = await createUser(t, 'tidak@example.id', { emailFrequency: 'never' });
    users['diblokir'] = await createUser(t, 'diblokir@example.id', { status: 'suspended' });
    users['admin'] = await createUser(t, 'admin@example.id', { roles: ['admin'], emailFrequency: 'never' });
  });
  afterAll(() => t.close());

  describe('notify', () => {
    it('stores one in-app notification per active recipient and e-mails each as their frequency says', async () => {
      await notifications.notify(
        [users['segera'], users['now_en'], users['harian'], users['tidak'], users['diblokir'], NOBODY, users['segera']],
        'generic',
        ROAD_WORKS,
      );
      expect(await inApp(users['segera'])).toEqual([{ type: 'generic', digest_pending: false }]);
      expect(await inApp(users['harian'])).toEqual([{ type: 'generic', digest_pending: true }]);
      expect(await inApp(users['tidak'])).toEqual([{ type: 'generic', digest_pending: false }]);
      expect(await inApp(users['diblokir'])).toEqual([]);

      const [id] = await outbox('segera@example.id');
      expect(id).toMatchObject({ template: 'notification', language: 'id', subject: 'Jalan Pemuda ditutup sementara', status: 'pending' });
      expect(id.text_body).toContain('Halo segera,');
      expect(id.text_body).toContain(`Lihat selengkapnya: ${t.config.publicUrl}/proyek/jalan-pemuda`);
      const [en] = await outbox('now-en@example.id');
      expect(en).toMatchObject({ language: 'en', subject: 'Jalan Pemuda temporarily closed' });
      expect(en.text_body).toContain('Drain repairs until Friday.');
      expect(await outbox('harian@example.id')).toEqual([]);
      expect(await outbox('tidak@example.id')).toEqual([]);
      expect(await outbox('diblokir@example.id')).toEqual([]);
    });

    it('takes part in the caller’s transaction: a rollback leaves neither notification nor e-mail', async () => {
      const before = (await inApp(users['segera'])).length;
      await expect(
        t.dataSource.transaction(async (manager) => {
          await notifications.notify([users['segera']], 'generic', { title: 'Tidak jadi' }, manager);
          throw new Error('batal');
        }),
      ).rejects.toThrow('batal');
      expect(await inApp(users['segera'])).toHaveLength(before);
      expect((await outbox('segera@example.id')).map((m) => m.subject)).not.toContain('Tidak jadi');
    });

    it('refuses a malformed notification type', async () => {
      await expect(notifications.notify([users['segera']], 'Bukan Tipe', {})).rejects.toThrow(/Invalid notification type/);
    });

    it('leaves e-mails pending in the outbox when there is no SMTP server', async () => {
      expect(await t.app.get(MailDeliveryWorker).deliverDue()).toBe(0);
      expect((await outbox('segera@example.id')).map((m) => m.status)).toEqual(['pending']);
    });
  });

  describe('the signed-in user’s notifications', () => {
    let reader: Browser;
    let userId: string;

    beforeAll(async () => {
      userId = await createUser(t, 'pembaca@example.id', { emailFrequency: 'never' });
      await notifications.notify([userId], 'generic', { title: 'Pertama', body: 'Satu' });
      await notifications.notify([userId], 'generic', { title: 'Kedua', titleEn: 'Second', link: '/laporan/2' });
      // Three in one transaction share created_at: the id orders them.
      await t.dataSource.transaction(async (manager) => {
        for (const title of ['Ketiga', 'Keempat', 'Kelima']) await notifications.notify([userId], 'generic', { title }, manager);
      });
      reader = await new Browser(t).login('pembaca@example.id');
    });

    it('lists them newest first, in the caller’s language', async () => {
      const res = await reader.agent.get('/api/notifications').expect(200);
      expect(res.body.items).toHaveLength(5);
      expect(res.body.nextCursor).toBeNull();
      const second = res.body.items.find((n: { title: string }) => n.title === 'Kedua');
      expect(second).toMatchObject({ type: 'generic', body: '', link: '/laporan/2', readAt: null, params: { title: 'Kedua' } });
      expect(res.body.items.slice(3).map((n: { title: string }) => n.title)).toEqual(['Kedua', 'Pertama']);
      const en = await reader.agent.get('/api/notifications').set('Accept-Language', 'en').expect(200);
      expect(en.body.items[3].title).toBe('Second');
    });

    it('falls back to the profile’s language without Accept-Language', async () => {
      const english = await new Browser(t).login('now-en@example.id');
      const [item] = (await english.agent.get('/api/notifications').expect(200)).body.items;
      expect(item).toMatchObject({ title: 'Jalan Pemuda temporarily closed', body: 'Drain repairs until Friday.' });
      const [inIndonesian] = (await english.agent.get('/api/notifications').set('Accept-Language', 'id').expect(200)).body.items;
      expect(inIndonesian.title).toBe('Jalan Pemuda ditutup sementara');
    });

    it('pages with a keyset cursor, without gaps or repeats', async () => {
      const all = (await reader.agent.get('/api/notifications').expect(200)).body.items.map((n: { id: string }) => n.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await reader.agent
          .get('/api/notifications')
          .query({ limit: 2, ...(cursor ? { before: cursor } : {}) })
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((n) => n.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      await reader.agent.get('/api/notifications?limit=0').expect(400);
      await reader.agent.get('/api/notifications?limit=101').expect(400);
      await reader.agent.get('/api/notifications?before=bukan-uuid').expect(400);
    });

    it('counts unread ones, marks one read (idempotently), then all', async () => {
      expect((await reader.agent.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 5 });
      const [newest] = (await reader.agent.get('/api/notifications').expect(200)).body.items;
      await reader.post(`/api/notifications/${newest.id}/read`).expect(204);
      await reader.post(`/api/notifications/${newest.id}/read`).expect(204);
      expect((await reader.agent.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 4 });
      const listed = (await reader.agent.get('/api/notifications').expect(200)).body.items;
      expect(listed[0].readAt).not.toBeNull();
      expect(listed[1].readAt).toBeNull();
      await reader.post('/api/notifications/read-all').expect(204);
      expect((await reader.agent.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 0 });
    });

    it('answers 404 for another user’s notification, and leaves it unread', async () => {
      const [theirs] = await t.dataSource.query(`SELECT id FROM notification WHERE user_id = $1`, [users['segera']]);
      const res = await reader.post(`/api/notifications/${theirs.id}/read`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'notification_not_found', message: 'Pemberitahuan tidak ditemukan.' });
      await reader.post(`/api/notifications/${NOBODY}/read`).set('Accept-Language', 'en').expect(404);
      await reader.post('/api/notifications/bukan-uuid/read').expect(400);
      expect(await t.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [theirs.id])).toEqual([{ read_at: null }]);
      // Another user's notification is not a cursor either.
      const page = await reader.agent.get(`/api/notifications?before=${theirs.id}`).expect(200);
      expect(page.body.items).toEqual([]);
    });
  });

  describe('who may call', () => {
    it.each([
      ['get', '/api/notifications'],
      ['get', '/api/notifications/unread-count'],
      ['post', `/api/notifications/${NOBODY}/read`],
      ['post', '/api/notifications/read-all'],
      ['get', '/api/admin/outbox'],
    ] as const)('refuses a visitor: %s %s', async (method, url) => {
      const res = await t.http()[method](url).expect(401);
      expect(res.body.code).toBe('unauthorized');
    });

    it('lets a citizen read their own notifications but not the outbox', async () => {
      const citizen = await new Browser(t).login('segera@example.id');
      await citizen.agent.get('/api/notifications').expect(200);
      await citizen.agent.get('/api/notifications/unread-count').expect(200);
      await citizen.post('/api/notifications/read-all').expect(204);
      const res = await citizen.agent.get('/api/admin/outbox').expect(403);
      expect(res.body.code).toBe('forbidden');
    });

    it('refuses a moderator the outbox', async () => {
      await createUser(t, 'moderator@example.id', { roles: ['moderator'] });
      const moderator = await new Browser(t).login('moderator@example.id');
      await moderator.agent.get('/api/admin/outbox').expect(403);
    });
  });

  describe('the admins’ outbox', () => {
    let admin: Browser;
    beforeAll(async () => {
      admin = await new Browser(t).login('admin@example.id');
    });

    it('shows the verification e-mail of a new registration, link included (embedded mode)', async () => {
      await t
        .http()
        .post('/api/auth/register')
        .send({ name: 'Warga Baru', email: 'baru@example.id', password: 'nasi-goreng-malam-hari' })
        .expect(202);
      const res = await admin.agent.get('/api/admin/outbox').query({ status: 'pending', limit: 5 }).expect(200);
      const mail = res.body.items.find((m: { toAddress: string }) => m.toAddress === 'baru@example.id');
      expect(mail).toMatchObject({
        template: 'verify_email',
        language: 'id',
        status: 'pending',
        attempts: 0,
        subject: 'Konfirmasi alamat e-mail Anda',
      });
      const token = /verifikasi-email\?token=([\w-]+)/.exec(mail.textBody)?.[1];
      expect(token).toBeDefined();
      await t.http().post('/api/auth/verify-email').send({ token }).expect(204);
    });

    it('pages newest first with a keyset cursor and filters by status', async () => {
      const total: number = (await t.dataSource.query(`SELECT count(*)::int AS n FROM email_outbox`))[0].n;
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await admin.agent
          .get('/api/admin/outbox')
          .query({ limit: 1, ...(cursor ? { before: cursor } : {}) })
          .expect(200);
        seen.push(...res.body.items.map((m) => m.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(total);
      expect((await admin.agent.get('/api/admin/outbox?status=sent').expect(200)).body.items).toEqual([]);
      await admin.agent.get('/api/admin/outbox?status=lost').expect(400);
    });
  });

  describe('the daily digest', () => {
    it('sends one e-mail per daily user, in their language; running it again sends nothing more', async () => {
      const digests = t.app.get(DailyDigestService);
      await notifications.notify([users['harian'], users['daily_en'], users['tidak']], 'generic', {
        title: 'Petisi Anda mencapai 500 tanda tangan',
        titleEn: 'Your petition reached 500 signatures',
        link: '/petisi/1',
      });
      const now = new Date();
      await digests.sendDigests(now);
      await digests.sendDigests(now);

      const harian = (await outbox('harian@example.id')).filter((m) => m.template === 'daily_digest');
      expect(harian).toHaveLength(1);
      // The first notification of this file and the one above.
      expect(harian[0].subject).toBe('Ringkasan harian: 2 pemberitahuan baru');
      expect(harian[0].text_body).toContain('Jalan Pemuda ditutup sementara');
      expect(harian[0].text_body).toContain(`${t.config.publicUrl}/petisi/1`);
      const en = (await outbox('daily-en@example.id')).filter((m) => m.template === 'daily_digest');
      expect(en.map((m) => m.subject)).toEqual(['Daily digest: 1 new notification']);
      expect(en[0].text_body).toContain('Your petition reached 500 signatures');
      expect(await outbox('tidak@example.id')).toEqual([]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE digest_pending`)).toEqual([{ n: 0 }]);
    });

    it('keeps what arrives after today’s digest for tomorrow’s', async () => {
      const digests = t.app.get(DailyDigestService);
      await notifications.notify([users['harian']], 'generic', { title: 'Rapat warga besok' });
      const now = new Date();
      expect(await digests.sendDigests(now)).toBe(0);
      expect(await digests.sendDigests(new Date(now.getTime() + 24 * 3_600_000))).toBe(1);
      expect(await digests.sendDigests(new Date(now.getTime() + 24 * 3_600_000))).toBe(0);
      const subjects = (await outbox('harian@example.id')).map((m) => m.subject);
      expect(subjects).toEqual(['Ringkasan harian: 2 pemberitahuan baru', 'Ringkasan harian: 1 pemberitahuan baru']);
    });

    it('is safe when several instances run it at once', async () => {
      const digests = t.app.get(DailyDigestService);
      const crowd = await Promise.all(
        ['a', 'b', 'c'].map((n) => createUser(t, `harian-${n}@example.id`, { emailFrequency: 'daily', roles: [] })),
      );
      await notifications.notify(crowd, 'generic', { title: 'Serentak' });
      const later = new Date(Date.now() + 2 * 24 * 3_600_000);
      const queued = await Promise.all([digests.sendDigests(later), digests.sendDigests(later), digests.sendDigests(later)]);
      expect(queued.reduce((a, b) => a + b, 0)).toBe(3);
      const rows = await t.dataSource.query(
        `SELECT to_address, count(*)::int AS n FROM email_outbox WHERE template = 'daily_digest' AND to_address LIKE 'harian-%' GROUP BY to_address ORDER BY to_address`,
      );
      expect(rows).toEqual([
        { to_address: 'harian-a@example.id', n: 1 },
        { to_address: 'harian-b@example.id', n: 1 },
        { to_address: 'harian-c@example.id', n: 1 },
      ]);
    });
  });
});
