import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { Client } from 'pg';
import { IdentityModule } from '../identity.module';
import { createUser } from '../testing/identity-fixtures';

/**
 * The answer to "send me a reset link" must not depend on whether the account exists, neither
 * in content nor in timing. Shown without timing anything: while a second connection holds the
 * e-mail outbox locked (on the embedded database: any open transaction holds every other
 * connection), the request for an existing account still answers, and the e-mail follows once
 * the lock is released.
 */
describe('password-reset request: answered before any account-specific work', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await createUser(t, 'kunci@example.id', ['citizen']);
  });
  afterAll(() => t.close());

  /** Reset e-mails queued for `email`, read on `client` (the lock holder) or the app's own pool. */
  async function resetMails(email: string, client?: Client): Promise<number> {
    const sql = `SELECT count(*)::int AS n FROM ${outbox()} WHERE to_address = $1 AND template = 'reset_password'`;
    const rows: { n: number }[] = client ? (await client.query(sql, [email])).rows : await t.dataSource.query(sql, [email]);
    return rows[0].n;
  }
  function outbox(): string {
    return t.database.schema ? `"${t.database.schema}".email_outbox` : 'email_outbox';
  }
  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 400 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 25));
    expect(await condition()).toBe(true);
  }

  it('answers 202 for an existing and an unknown address while the outbox is locked; the e-mail follows', async () => {
    const blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await blocker.query('COMMIT');
    };
    try {
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE ${outbox()} IN ACCESS EXCLUSIVE MODE`);
      // Bounded only so that the code before the fix fails instead of hanging: it answered after
      // the e-mail was queued, which the lock holds up.
      const known = await t.http().post('/api/auth/password/forgot').timeout(15_000).send({ email: 'kunci@example.id' });
      const unknown = await t.http().post('/api/auth/password/forgot').timeout(15_000).send({ email: 'siapa-ya@example.id' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      expect(await resetMails('kunci@example.id', blocker)).toBe(0);
      await release();

      await until(async () => (await resetMails('kunci@example.id')) === 1);
      expect(await resetMails('siapa-ya@example.id')).toBe(0);
    } finally {
      await release().catch(() => undefined);
      await blocker.end();
    }
  });
});
