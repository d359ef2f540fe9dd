import { AuditModule, AuditService } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { AppConfig } from '@walikota/api-platform';
import { ReferenceModule, ReferenceSeedService, ReferenceService } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { PersonalDataService } from '../accounts/personal-data.service';
import { IdentityModule } from '../identity.module';
import { PasswordService } from '../passwords/password.service';
import {
  AccountBootstrapService,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DemoAccountsPresentError,
  DemoAccountsRefusedError,
} from './account-bootstrap.service';

describe('demo accounts (published password) and production', () => {
  let t: TestApp;
  /** The same service as the app's, but configured as production. */
  let production: AccountBootstrapService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await t.app.get(ReferenceSeedService).seed();
    production = new AccountBootstrapService(
      t.dataSource,
      t.app.get(PasswordService),
      t.app.get(AuditService),
      t.app.get(PersonalDataService),
      Object.assign(new AppConfig(), t.config, { nodeEnv: 'production' }),
      t.app.get(ReferenceService),
    );
  });
  afterAll(() => t.close());

  const demoRows = () =>
    t.dataSource.query(`SELECT email FROM app_user WHERE email = ANY($1) ORDER BY email`, [DEMO_ACCOUNTS.map((a) => a.email)]);
  const signIn = (email: string) => t.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD });

  it('never creates them in production, whoever asks', async () => {
    expect(production.demoAccountsAllowed).toBe(false);
    await expect(production.seedDemoAccounts()).rejects.toThrow(DemoAccountsRefusedError);
    expect(await demoRows()).toEqual([]);
    await production.assertNoDemoAccountsInProduction();
  });

  it('refuses to start in production while one exists, saying how to remove them', async () => {
    const app = t.app.get(AccountBootstrapService);
    expect(await app.seedDemoAccounts()).toBe(DEMO_ACCOUNTS.length);
    // Outside production they are expected: no refusal.
    await app.assertNoDemoAccountsInProduction();
    const refusal = await production.assertNoDemoAccountsInProduction().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DemoAccountsPresentError);
    expect((refusal as Error).message).toContain('admin@demo.walikota.id');
    expect((refusal as Error).message).toContain('npm run cli -- demo-accounts:remove');
  });

  it('removes them as an account deletion does (anonymised, audited), after which production may start', async () => {
    await signIn('admin@demo.walikota.id').expect(200);
    const removed = await production.removeDemoAccounts();
    expect(removed.sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(await demoRows()).toEqual([]);
    const rows: { name: string; status: string; email: string | null }[] = await t.dataSource.query(
      `SELECT u.name, u.status, u.email FROM app_user u JOIN audit_log a ON a.target_id = u.id::text WHERE a.action = 'user.demo_account_removed'`,
    );
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    expect(rows.every((row) => row.status === 'deleted' && row.email === null && row.name === 'Pengguna terhapus')).toBe(true);
    await signIn('admin@demo.walikota.id').expect(401);
    await production.assertNoDemoAccountsInProduction();
    expect(await production.removeDemoAccounts()).toEqual([]);
  });
});
