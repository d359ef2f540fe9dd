import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { NotificationsService } from '@walikota/api-notifications';
import { AuthUser, FieldDomainException, RequestMeta } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { PasswordService } from '../passwords/password.service';
import { RefreshTokenEntity } from '../sessions/refresh-token.entity';
import { SessionsService } from '../sessions/sessions.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from '../users/user.entity';
import { AccountsService } from './accounts.service';
import { EmailTokenEntity } from './email-token.entity';
import { PersonalDataRegistry } from './personal-data.registry';

export const DELETED_USER_NAME = 'Pengguna terhapus';

/** UU PDP 27/2022: a user can take their data with them, and can leave. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  async export(userId: string): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const [profile, sessions, apiKeys, actions, messages] = await Promise.all([
      this.accounts.profile(userId),
      manager.find(RefreshTokenEntity, { where: { userId }, order: { createdAt: 'DESC' } }),
      manager.find(ApiKeyEntity, { where: { userId }, order: { createdAt: 'DESC' } }),
      this.audit.list({ actorId: userId, limit: 10_000 }),
      this.notifications.exportForUser(userId),
    ]);
    const user = await manager.findOneOrFail(UserEntity, { where: { id: userId } });
    const others: [string, unknown][] = [];
    for (const contributor of this.registry.list()) others.push([contributor.key, await contributor.export(userId)]);
    return {
      exportedAt: new Date().toISOString(),
      account: { ...profile, createdAt: user.createdAt, emailVerifiedAt: user.emailVerifiedAt },
      sessions: sessions.map((s) => ({
        startedAt: s.createdAt,
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
      apiKeys: apiKeys.map((k) => ({
        name: k.name,
        prefix: k.prefix,
        scopes: k.scopes,
        createdAt: k.createdAt,
        lastUsedAt: k.lastUsedAt,
        revokedAt: k.revokedAt,
      })),
      ...messages,
      privilegedActions: actions.map((a) => ({
        occurredAt: a.occurredAt,
        action: a.action,
        targetType: a.targetType,
        targetId: a.targetId,
        reason: a.reason,
      })),
      ...Object.fromEntries(others),
    };
  }

  /**
   * Deletes the account: personal data is erased and sign-in becomes impossible, while public
   * content the user wrote stays, attributed to "Pengguna terhapus" (the row and its id remain).
   */
  async deleteAccount(user: AuthUser, meta: RequestMeta, password: string): Promise<void> {
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (!(await this.passwords.verify(row.passwordHash, password))) throw new FieldDomainException('password', 'password_wrong');
    await this.dataSource.transaction(async (manager) => {
      await this.erase(user.id, manager);
      await this.audit.record(user, meta, { action: 'user.deleted_self', targetType: 'user', targetId: user.id }, manager);
    });
  }

  /**
   * What deleting an account does, for whatever reason (the user's own request, removing the
   * demo accounts): personal data erased, sessions and keys ended, public content anonymised.
   * The caller records the reason in the audit log, in the same transaction.
   */
  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(
      UserEntity,
      { id: userId },
      {
        email: null,
        name: DELETED_USER_NAME,
        phone: null,
        homeAreaId: null,
        passwordHash: null,
        status: 'deleted',
        deletedAt: new Date(),
        suspendedReason: null,
      },
    );
    await this.sessions.revokeUser(userId, manager);
    await manager.delete(ApiKeyEntity, { userId });
    await manager.delete(EmailTokenEntity, { userId });
    await manager.delete(UserRoleEntity, { userId });
    await manager.delete(DepartmentMemberEntity, { userId });
    await this.notifications.eraseForUser(userId, manager);
    for (const contributor of this.registry.list()) await contributor.erase(userId, manager);
  }
}
