import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import {
  AuthUser,
  ConflictDomainException,
  DomainException,
  FieldDomainException,
  NotFoundDomainException,
  RequestMeta,
  Role,
} from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { SessionsService } from '../sessions/sessions.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from '../users/user.entity';
import { AdminUserDto, UserPageDto, UserQueryDto } from './admin.dto';

/** What admins do to accounts; every change is audited in the same transaction. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly reference: ReferenceService,
  ) {}

  /** Keyset pagination on id: stable under inserts, no OFFSET scans. */
  async list(query: UserQueryDto): Promise<UserPageDto> {
    const limit = query.limit ?? 50;
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.id', 'ASC')
      .limit(limit + 1);
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('lower(u.name) LIKE :like', { like }).orWhere('u.email LIKE :like', { like })));
    }
    if (query.role) qb.andWhere('EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role)', { role: query.role });
    if (query.departmentId)
      qb.andWhere('EXISTS (SELECT 1 FROM department_member m WHERE m.user_id = u.id AND m.department_id = :departmentId)', {
        departmentId: query.departmentId,
      });
    if (query.after) qb.andWhere('u.id > :after', { after: query.after });
    const users = await qb.getMany();
    const page = users.slice(0, limit);
    const items = await this.toDtos(page);
    return { items, nextCursor: users.length > limit ? page[page.length - 1].id : null };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<AdminUserDto> {
    const user = await manager.findOne(UserEntity, { where: { id } });
    if (!user) throw new NotFoundDomainException('user_not_found');
    return (await this.toDtos([user], manager))[0];
  }

  async setRoles(actor: AuthUser, meta: RequestMeta, userId: string, roles: Role[], reason?: string): Promise<AdminUserDto> {
    const wanted = [...new Set(roles)].sort();
    if (actor.id === userId && !wanted.includes('admin')) throw new DomainException('cannot_change_own_admin', HttpStatus.CONFLICT);
    return this.replaceAssignments(actor, meta, userId, reason, 'roles', wanted, async (manager, before) => {
      // Granting power is recorded with a reason; taking it away needs none.
      if (!reason && wanted.some((role) => !before.roles.includes(role as Role)))
        throw new FieldDomainException('reason', 'reason_required_to_grant');
      await manager.delete(UserRoleEntity, { userId });
      if (wanted.length)
        await manager.insert(
          UserRoleEntity,
          wanted.map((role) => ({ userId, role })),
        );
    });
  }

  async setDepartments(
    actor: AuthUser,
    meta: RequestMeta,
    userId: string,
    departmentIds: string[],
    reason?: string,
  ): Promise<AdminUserDto> {
    const wanted = [...new Set(departmentIds)].sort();
    const found = await this.reference.existingDepartments(wanted);
    if (found.size !== wanted.length) throw new FieldDomainException('departmentIds', 'department_not_found');
    return this.replaceAssignments(actor, meta, userId, reason, 'departmentIds', wanted, async (manager) => {
      await manager.delete(DepartmentMemberEntity, { userId });
      if (wanted.length)
        await manager.insert(
          DepartmentMemberEntity,
          wanted.map((departmentId) => ({ userId, departmentId })),
        );
    });
  }

  /** Replaces a user's roles or departments and audits before/after, in one transaction. */
  private async replaceAssignments(
    actor: AuthUser,
    meta: RequestMeta,
    userId: string,
    reason: string | undefined,
    field: 'roles' | 'departmentIds',
    wanted: string[],
    write: (manager: EntityManager, before: AdminUserDto) => Promise<void>,
  ): Promise<AdminUserDto> {
    await this.dataSource.transaction(async (manager) => {
      // Two admins changing one user at once: the second waits here for the first to commit,
      // then reads what it left (a delete-then-insert race otherwise ends in a duplicate key).
      await this.lockUser(manager, userId);
      const before = await this.get(userId, manager);
      await write(manager, before);
      // Every instance's cached copy of the user's sessions goes, once this commits.
      await this.sessions.principalChanged(userId, manager);
      const action = field === 'roles' ? 'user.roles_changed' : 'user.departments_changed';
      await this.audit.record(
        actor,
        meta,
        { action, targetType: 'user', targetId: userId, before: { [field]: before[field] }, after: { [field]: wanted }, reason },
        manager,
      );
    });
    return this.get(userId);
  }

  /** Suspends the account and ends its sessions at once. */
  async setSuspended(actor: AuthUser, meta: RequestMeta, userId: string, suspended: boolean, reason: string): Promise<AdminUserDto> {
    if (actor.id === userId) throw new DomainException('cannot_change_own_admin', HttpStatus.CONFLICT);
    await this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, userId);
      const before = await this.get(userId, manager);
      if (before.status === 'deleted') throw new NotFoundDomainException('user_not_found');
      const status = suspended ? 'suspended' : 'active';
      await manager.update(UserEntity, { id: userId }, { status, suspendedReason: suspended ? reason : null });
      if (suspended) await this.sessions.revokeUser(userId, manager);
      // Suspension and reactivation take effect on every instance's next request, once this commits.
      await this.sessions.principalChanged(userId, manager);
      await this.audit.record(
        actor,
        meta,
        {
          action: suspended ? 'user.suspended' : 'user.reactivated',
          targetType: 'user',
          targetId: userId,
          before: { status: before.status },
          after: { status },
          reason,
        },
        manager,
      );
    });
    return this.get(userId);
  }

  /**
   * E-mails the user a new verification link (the old ones stay valid until they expire), for
   * someone whose first e-mail got lost. 409 once the address is verified; audited.
   */
  async resendVerificationEmail(actor: AuthUser, meta: RequestMeta, userId: string): Promise<void> {
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: userId } });
    if (!user || user.status === 'deleted' || !user.email) throw new NotFoundDomainException('user_not_found');
    if (user.emailVerifiedAt) throw new ConflictDomainException('email_already_verified');
    await this.accounts.resendVerification(userId);
    // The address is not recorded: the log is append-only, and it is personal data.
    await this.audit.record(actor, meta, { action: 'user.verification_email_sent', targetType: 'user', targetId: userId });
  }

  /** Locks the account's row until commit; 404 when there is none. */
  private async lockUser(manager: EntityManager, userId: string): Promise<void> {
    const locked = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id')
      .where('u.id = :userId', { userId })
      .setLock('pessimistic_write')
      .getOne();
    if (!locked) throw new NotFoundDomainException('user_not_found');
  }

  private async toDtos(users: UserEntity[], manager: EntityManager = this.dataSource.manager): Promise<AdminUserDto[]> {
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    // Two queries for the whole page, not two per user.
    const [roles, memberships] = await Promise.all([
      manager.find(UserRoleEntity, { where: { userId: In(ids) }, order: { role: 'ASC' } }),
      manager.find(DepartmentMemberEntity, { where: { userId: In(ids) } }),
    ]);
    return users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      status: u.status,
      emailVerified: !!u.emailVerifiedAt,
      roles: roles.filter((r) => r.userId === u.id).map((r) => r.role as Role),
      departmentIds: memberships.filter((m) => m.userId === u.id).map((m) => m.departmentId),
      createdAt: u.createdAt,
      lastSignInAt: u.lastSignInAt,
    }));
  }
}
