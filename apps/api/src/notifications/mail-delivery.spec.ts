import {
  DailyDigestService,
  JobQueue,
  MAX_DELIVERY_ATTEMPTS,
  MailDeliveryWorker,
  MailService,
  NotificationsService,
} from '@walikota/api-notifications';
import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import { ParsedMail } from 'mailparser';
import { AppModule } from '../app.module';
import { Browser, TestSmtpServer, createUser, waitFor } from './notification-fixtures';

const FROM = 'Pemkot Semarang <noreply@semarangkota.go.id>';

interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  due: boolean;
}

describe('e-mail delivery over SMTP (a real SMTP server in this process)', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  async function outboxRow(to: string, template: string): Promise<OutboxRow | undefined> {
    const [row] = await t.dataSource.query(
      `SELECT id, status, attempts, last_error, sent_at, next_attempt_at <= now() AS due FROM email_outbox
       WHERE to_address = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1`,
      [to, template],
    );
    return row;
  }
  /** Waits for the one message to `to` whose subject matches. */
  function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
    return waitFor(async () => smtp.to(to).find((m) => subject.test(m.subject ?? '')));
  }

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config), config: { smtpUrl: smtp.url, mailFrom: FROM } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('runs delivery on BullMQ when Redis is configured, in process otherwise', () => {
    expect(t.app.get(JobQueue).kind).toBe(testEnvironment.redisUrl ? 'bullmq' : 'in-process');
  });

  it('delivers the verification e-mail of a registration, in the registrant’s language, and its link works', async () => {
    await t
      .http()
      .post('/api/auth/register')
      .send({ name: 'Siti Rahayu', email: 'siti@example.id', password: 'nasi-goreng-malam-hari' })
      .expect(202);
    await t
      .http()
      .post('/api/auth/register')
      .send({ name: 'Jane Doe', email: 'jane@example.id', password: 'fried-rice-at-night', language: 'en' })
      .expect(202);

    const id = await mailTo('siti@example.id', /Konfirmasi alamat e-mail Anda/);
    expect(id.from?.value).toEqual([{ name: 'Pemkot Semarang', address: 'noreply@semarangkota.go.id' }]);
    expect(id.headers.get('content-language')).toBe('id');
    expect(id.text).toContain('Halo Siti Rahayu,');
    const en = await mailTo('jane@example.id', /Confirm your e-mail address/);
    expect(en.text).toContain('Hello Jane Doe,');

    const token = /verifikasi-email\?token=([\w-]+)/.exec(id.text ?? '')?.[1];
    await t.http().post('/api/auth/verify-email').send({ token }).expect(204);
    const row = await waitFor(async () => {
      const r = await outboxRow('siti@example.id', 'verify_email');
      return r?.status === 'sent' && r;
    });
    expect(row).toMatchObject({ attempts: 1, last_error: null, sent_at: expect.any(Date) });
  });

  it('e-mails a notification at once to immediate users, in their language, and not to the others', async () => {
    const ids = [
      await createUser(t, 'segera@example.id'),
      await createUser(t, 'now@example.id', { language: 'en' }),
      await createUser(t, 'harian@example.id', { emailFrequency: 'daily' }),
      await createUser(t, 'tidak@example.id', { emailFrequency: 'never' }),
    ];
    await t.app.get(NotificationsService).notify(ids, 'generic', {
      title: 'Laporan Anda sedang ditangani',
      body: 'Dinas Pekerjaan Umum mulai menangani laporan Anda.',
      titleEn: 'Your report is being handled',
      bodyEn: 'The Public Works Department has started on your report.',
      link: '/laporan/LPR-2026-000001',
    });

    const id = await mailTo('segera@example.id', /Laporan Anda sedang ditangani/);
    expect(id.text).toContain('Dinas Pekerjaan Umum mulai menangani laporan Anda.');
    expect(id.text).toContain(`${t.config.publicUrl}/laporan/LPR-2026-000001`);
    expect(id.text).toContain('ringkasan harian');
    const en = await mailTo('now@example.id', /Your report is being handled/);
    expect(en.text).toContain('The Public Works Department has started on your report.');
    expect(en.headers.get('content-language')).toBe('en');
    // Not sent and not queued: nothing can arrive later either.
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM email_outbox WHERE to_address IN ('harian@example.id', 'tidak@example.id')`),
    ).toEqual([{ n: 0 }]);
  });

  it('delivers the daily digest once per daily user', async () => {
    const digests = t.app.get(DailyDigestService);
    const now = new Date();
    await digests.sendDigests(now);
    await digests.sendDigests(now);
    const digest = await mailTo('harian@example.id', /Ringkasan harian: 1 pemberitahuan baru/);
    expect(digest.text).toContain('Laporan Anda sedang ditangani');
    await waitFor(async () => (await outboxRow('harian@example.id', 'daily_digest'))?.status === 'sent');
    expect(smtp.to('harian@example.id')).toHaveLength(1);
    expect(smtp.to('tidak@example.id')).toHaveLength(0);
  });

  it('retries an e-mail the server refuses, with backoff, and marks it failed after the last attempt', async () => {
    smtp.refuse.add('penuh@example.id');
    await t.app.get(MailService).enqueue({
      to: 'penuh@example.id',
      template: 'notification',
      language: 'id',
      params: { name: 'Penuh', title: 'Uji kirim ulang', body: '', link: '', settingsLink: `${t.config.publicUrl}/profil` },
    });
    const worker = t.app.get(MailDeliveryWorker);

    const first = await waitFor(async () => {
      const row = await outboxRow('penuh@example.id', 'notification');
      return row && row.attempts === 1 && row.last_error !== null && row;
    });
    // Backing off: pending, but not due again yet.
    expect(first).toMatchObject({ status: 'pending', due: false });
    expect(first.last_error).toContain('451');

    const failed = await waitFor(async () => {
      // Skip the wait between attempts.
      await t.dataSource.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE id = $1 AND status = 'pending'`, [first.id]);
      await worker.deliverDue();
      const row = await outboxRow('penuh@example.id', 'notification');
      return row?.status === 'failed' && row;
    });
    expect(failed.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(failed.last_error).toContain('Kotak surat sementara tidak tersedia');
    expect(smtp.refusals.get('penuh@example.id')).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(smtp.to('penuh@example.id')).toEqual([]);
    // A failed e-mail is not tried again.
    await t.dataSource.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE id = $1`, [first.id]);
    await worker.deliverDue();
    expect(smtp.refusals.get('penuh@example.id')).toBe(MAX_DELIVERY_ATTEMPTS);
  });

  it('shows admins delivery status but not the bodies, which may hold sign-in links', async () => {
    await createUser(t, 'admin@example.id', { roles: ['admin'], emailFrequency: 'never' });
    const admin = await new Browser(t).login('admin@example.id');
    const failed = (await admin.agent.get('/api/admin/outbox?status=failed').expect(200)).body.items;
    expect(failed).toEqual([
      expect.objectContaining({
        toAddress: 'penuh@example.id',
        status: 'failed',
        attempts: 5,
        textBody: null,
        lastError: expect.stringContaining('451'),
      }),
    ]);
    const sent = (await admin.agent.get('/api/admin/outbox?status=sent').expect(200)).body.items;
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.every((m: { textBody: string | null; sentAt: string | null }) => m.textBody === null && m.sentAt !== null)).toBe(true);
  });
});
