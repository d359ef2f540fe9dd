import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { Role } from '@walikota/api-platform';
import { DepartmentEntity } from '@walikota/api-reference';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordService } from '../passwords/password.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from './user.entity';

export interface DemoAccount {
  email: string;
  password: string;
  roles: Role[];
  department?: string;
  label: string;
}

/** Known only to the embedded demo (never seeded on a real database unless asked for). */
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

/** Creates accounts outside the sign-up flow: the first admin (CLI) and the demo accounts. */
@Injectable()
export class AccountBootstrapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

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

  /** Idempotent: missing demo accounts are created, existing ones left as they are. */
  async seedDemoAccounts(): Promise<number> {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      await this.dataSource.transaction(async (manager) => {
        if (await manager.findOne(UserEntity, { where: { email: account.email } })) return;
        const userId = await this.insertUser(manager, account.email, account.label, account.password);
        await this.grant(manager, userId, account.roles);
        if (account.department) {
          const department = await manager.findOne(DepartmentEntity, { where: { code: account.department } });
          if (department) await manager.insert(DepartmentMemberEntity, { userId, departmentId: department.id });
        }
        created++;
      });
    }
    return created;
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
