import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { AppConfig, Role } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataService } from '../accounts/personal-data.service';
import { PasswordService } from '../passwords/password.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from './user.entity';

export interface DemoAccount {
  email: string;
  password: string;
  roles: Role[];
  department?: string;
  label: string;
}

/** Published in the README: the demo accounts exist only outside production (never on a real database unless asked for). */
export const DEMO_PASSWORD = 'demo-walikota-2026';
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'warga@demo.walikota.id', password: DEMO_PASSWORD, roles: ['citizen'], label: 'Warga (citizen)' },
  { email: 'moderator@demo.walikota.id', password: DEMO_PASSWORD, roles: ['citizen', 'moderator'], label: 'Moderator' },
  {
    email: 'dpu@demo.walikota.id',
    password: DEMO_PASSWORD,
    roles: ['citizen', 'official'],
    department: 'DPU',
    label: 'Pejabat DPU (official)',
  },
  { email: 'admin@demo.walikota.id', password: DEMO_PASSWORD, roles: ['citizen', 'admin'], label: 'Admin' },
];

export const DEMO_ACCOUNTS_REMOVE_COMMAND = 'npm run cli -- demo-accounts:remove';

/** Seeding demo accounts was asked for where they must never exist. */
export class DemoAccountsRefusedError extends Error {
  constructor() {
    super('Demo accounts (with the published password) are never created in production (NODE_ENV=production).');
    this.name = 'DemoAccountsRefusedError';
  }
}

/** Start-up found demo accounts in a production database. */
export class DemoAccountsPresentError extends Error {
  constructor(readonly emails: string[]) {
    super(
      `This production database holds demo accounts whose password is published (${emails.join(', ')}). ` +
        `Walikota does not start while they exist. Remove them with \`${DEMO_ACCOUNTS_REMOVE_COMMAND}\` ` +
        '(in a container: `node dist/api/apps/api/src/cli.js demo-accounts:remove`), which anonymises them as account deletion does, then start again.',
    );
    this.name = 'DemoAccountsPresentError';
  }
}

/** Creates accounts outside the sign-up flow: the first admin (CLI) and the demo accounts. */
@Injectable()
export class AccountBootstrapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataService,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
  ) {}

  /** The one rule: demo accounts, whose password is published, never exist in production. */
  get demoAccountsAllowed(): boolean {
    return this.config.nodeEnv !== 'production';
  }

  /** Creates a verified admin, or makes an existing account admin. Returns whether it was created. */
  async createAdmin(email: string, name: string, password: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserEntity, { where: { email: email.toLowerCase() } });
      const userId = existing?.id ?? (await this.insertUser(manager, email, name, password));
      await this.grant(manager, userId, ['citizen', 'admin']);
      await this.audit.record(
        null,
        null,
        { action: 'user.admin_created', targetType: 'user', targetId: userId, after: { roles: ['admin'] }, reason: 'CLI admin:create' },
        manager,
      );
      return !existing;
    });
  }

  /**
   * Idempotent: missing demo accounts are created, existing ones left as they are. Throws
   * DemoAccountsRefusedError in production, whoever asks.
   */
  async seedDemoAccounts(): Promise<number> {
    if (!this.demoAccountsAllowed) throw new DemoAccountsRefusedError();
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      // Read before the transaction, on its own connection (the embedded database has one).
      const departmentId = account.department ? await this.reference.departmentIdByCode(account.department) : null;
      await this.dataSource.transaction(async (manager) => {
        if (await manager.findOne(UserEntity, { where: { email: account.email } })) return;
        const userId = await this.insertUser(manager, account.email, account.label, account.password);
        await this.grant(manager, userId, account.roles);
        if (departmentId) await manager.insert(DepartmentMemberEntity, { userId, departmentId });
        created++;
      });
    }
    return created;
  }

  /** The demo accounts this database holds (not deleted), by e-mail. */
  async existingDemoAccounts(): Promise<string[]> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM app_user WHERE email = ANY($1) AND status <> 'deleted' ORDER BY email`,
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
    return rows.map((row) => row.email);
  }

  /** For start-up: in production, refuses (DemoAccountsPresentError) while any demo account exists. */
  async assertNoDemoAccountsInProduction(): Promise<void> {
    if (this.demoAccountsAllowed) return;
    const emails = await this.existingDemoAccounts();
    if (emails.length > 0) throw new DemoAccountsPresentError(emails);
  }

  /**
   * Removes the demo accounts as account deletion does (personal data erased, sign-in impossible,
   * what they filed kept but anonymised; the audit log, append-only, keeps their id), each
   * recorded in the audit log. Returns the addresses removed.
   */
  async removeDemoAccounts(): Promise<string[]> {
    const emails = await this.existingDemoAccounts();
    for (const email of emails) {
      await this.dataSource.transaction(async (manager) => {
        const user = await manager.findOne(UserEntity, { where: { email } });
        if (!user) return;
        await this.personalData.erase(user.id, manager);
        await this.audit.record(
          null,
          null,
          { action: 'user.demo_account_removed', targetType: 'user', targetId: user.id, reason: 'CLI demo-accounts:remove' },
          manager,
        );
      });
    }
    return emails;
  }

  private async insertUser(manager: EntityManager, email: string, name: string, password: string): Promise<string> {
    const user = await manager.save(
      manager.create(UserEntity, {
        email: email.toLowerCase(),
        name,
        passwordHash: await this.passwords.hash(password),
        emailVerifiedAt: new Date(),
      }),
    );
    return user.id;
  }

  private async grant(manager: EntityManager, userId: string, roles: Role[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserRoleEntity)
      .values(roles.map((role) => ({ userId, role })))
      .orUpdate(['role'], ['user_id', 'role'])
      .execute();
  }
}
