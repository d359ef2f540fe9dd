import { HttpStatus, Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, DomainException, FieldDomainException, Language, RequestMeta, Role } from '@walikota/api-platform';
import { MailService } from '@walikota/api-notifications';
import { ReferenceService, municipalityName } from '@walikota/api-reference';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { PasswordService } from '../passwords/password.service';
import { IssuedSession, SessionsService } from '../sessions/sessions.service';
import { LoginThrottleService } from '../sessions/login-throttle.service';
import { randomToken, sha256 } from '../tokens';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from '../users/user.entity';
import { EmailTokenEntity, EmailTokenPurpose } from './email-token.entity';
import { ChangePasswordDto, ProfileDto, RegisterDto, UpdateProfileDto } from './account.dto';
import { BackgroundTasks } from './background-tasks';

const VERIFY_TTL_MS = 24 * 3_600_000;
const RESET_TTL_MS = 3_600_000;

/** Registration, e-mail verification, sign-in, passwords and the profile. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly background: BackgroundTasks,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * Creates the account and e-mails a verification link. An address already registered gets
   * an e-mail instead, and the caller the same answer: registration reveals no account. Two
   * registrations of one new address at once: one creates it, the other takes the second path.
   */
  async register(dto: RegisterDto): Promise<void> {
    const problem = this.passwords.problem(dto.password, dto);
    if (problem) throw new FieldDomainException('password', problem);
    if (dto.homeAreaId) await this.assertArea(dto.homeAreaId);
    const passwordHash = await this.passwords.hash(dto.password);
    const language = dto.language ?? 'id';
    await this.dataSource.transaction(async (manager) => {
      // ON CONFLICT on the e-mail only: any other constraint still fails loudly.
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO app_user (email, name, phone, home_area_id, language, password_hash)
           VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING
         RETURNING id`,
        [dto.email, dto.name, dto.phone ?? null, dto.homeAreaId ?? null, language, passwordHash],
      );
      if (inserted.length > 0) {
        const user = Object.assign(new UserEntity(), { id: inserted[0].id, email: dto.email, name: dto.name, language });
        await this.sendToken(manager, user, 'verify_email');
        return;
      }
      const existing = await manager.findOneOrFail(UserEntity, { where: { email: dto.email } });
      await this.mail.enqueue(
        {
          to: dto.email,
          toUserId: existing.id,
          template: 'already_registered',
          language: existing.language,
          params: { name: existing.name, link: `${this.config.publicUrl}/lupa-sandi` },
        },
        manager,
      );
    });
  }

  /**
   * Confirms the address; the account becomes a citizen (may file, sign, post). A link opened
   * again (a second click, a mail scanner that followed it first) answers `already_verified`
   * while its account stays verified; an unknown or expired unused link is `token_invalid`.
   */
  async verifyEmail(token: string): Promise<'verified' | 'already_verified'> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.consumeToken(manager, token, 'verify_email').catch(async (error: unknown) => {
        if (await this.wasVerifiedWith(manager, token)) return null;
        throw error;
      });
      if (!row) return 'already_verified' as const;
      await manager.update(UserEntity, { id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      await manager
        .createQueryBuilder()
        .insert()
        .into(UserRoleEntity)
        .values({ userId: row.userId, role: 'citizen' })
        .orUpdate(['role'], ['user_id', 'role'])
        .execute();
      // The new role counts on the next request of any session, once this commits.
      await this.sessions.principalChanged(row.userId, manager);
      return 'verified' as const;
    });
  }

  /** The verification token was used already, and its account is verified and not deleted. */
  private async wasVerifiedWith(manager: EntityManager, token: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM email_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = 'verify_email' AND t.used_at IS NOT NULL
          AND u.email_verified_at IS NOT NULL AND u.status <> 'deleted'`,
      [sha256(token)],
    );
    return rows.length > 0;
  }

  async resendVerification(userId: string): Promise<void> {
    const user = await this.dataSource.manager.findOneOrFail(UserEntity, { where: { id: userId } });
    if (user.emailVerifiedAt) return;
    await this.sendToken(this.dataSource.manager, user, 'verify_email');
  }

  /**
   * Checks the password; the same answer for an unknown e-mail and a wrong password. Repeated
   * failures of one address from one client (`meta.ip`) make that pair wait (LoginThrottleService).
   */
  async login(email: string, password: string, meta: RequestMeta): Promise<IssuedSession> {
    await this.throttle.assertMayTry(email, meta.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    // Hash anyway when there is no account, so the response time reveals nothing either.
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : (await this.passwords.hash(password), false);
    if (!ok || !user || user.status === 'deleted') {
      await this.throttle.recordFailure(email, meta.ip);
      throw new DomainException('invalid_credentials', HttpStatus.UNAUTHORIZED);
    }
    if (user.status === 'suspended') throw new DomainException('account_suspended', HttpStatus.FORBIDDEN);
    await this.throttle.reset(email, meta.ip);
    await this.dataSource.manager.update(UserEntity, { id: user.id }, { lastSignInAt: () => 'now()' });
    return this.sessions.start(user.id, meta);
  }

  /**
   * Answers at once, the same for every address: the lookup, the token and the e-mail happen
   * after the answer (BackgroundTasks), so neither the answer nor its timing depends on whether
   * the account exists.
   */
  requestPasswordReset(email: string): void {
    this.background.run('password-reset-email', () => this.sendPasswordReset(email));
  }

  /** E-mails a reset link when an active account has this address; nothing otherwise. */
  async sendPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { email, status: 'active' } });
      if (user) await this.sendToken(manager, user, 'reset_password');
    });
  }

  async resetPassword(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.consumeToken(manager, token, 'reset_password');
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: row.userId })
        .getOneOrFail();
      // Rolls the transaction back: the link stays usable for a better password.
      const problem = this.passwords.problem(password, user);
      if (problem) throw new FieldDomainException('password', problem);
      if (await this.passwords.verify(user.passwordHash, password)) throw new FieldDomainException('password', 'password_same');
      await manager.update(UserEntity, { id: user.id }, { passwordHash: await this.passwords.hash(password) });
      await this.sessions.revokeUser(user.id, manager);
    });
  }

  /** Changes the password and ends every other session. */
  async changePassword(userId: string, currentFamilyId: string | undefined, dto: ChangePasswordDto): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOneOrFail();
    if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword)))
      throw new FieldDomainException('currentPassword', 'password_wrong');
    if (dto.newPassword === dto.currentPassword) throw new FieldDomainException('newPassword', 'password_same');
    const problem = this.passwords.problem(dto.newPassword, user);
    if (problem) throw new FieldDomainException('newPassword', problem);
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { passwordHash });
      await this.sessions.revokeUser(userId, manager, currentFamilyId);
    });
  }

  /**
   * The profile. Pass the caller (`AuthUser`) when there is one: its roles and departments were
   * read by the guard for this request, so one query is enough.
   */
  async profile(userId: string, caller?: Pick<AuthUser, 'roles' | 'departmentIds'>): Promise<ProfileDto> {
    const [user, roles, departmentIds] = await Promise.all([
      this.dataSource.manager.findOneOrFail(UserEntity, { where: { id: userId } }),
      caller
        ? caller.roles
        : this.dataSource.manager
            .find(UserRoleEntity, { where: { userId }, order: { role: 'ASC' } })
            .then((rows) => rows.map((r) => r.role as Role)),
      caller
        ? caller.departmentIds
        : this.dataSource.manager.find(DepartmentMemberEntity, { where: { userId } }).then((rows) => rows.map((m) => m.departmentId)),
    ]);
    return {
      id: user.id,
      email: user.email ?? '',
      name: user.name,
      phone: user.phone,
      homeAreaId: user.homeAreaId,
      language: user.language,
      emailFrequency: user.emailFrequency,
      emailVerified: !!user.emailVerifiedAt,
      roles,
      departmentIds,
    };
  }

  async updateProfile(userId: string, dto: UpdateProfileDto, caller?: AuthUser): Promise<ProfileDto> {
    if (dto.homeAreaId) await this.assertArea(dto.homeAreaId);
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) await this.dataSource.manager.update(UserEntity, { id: userId }, changes);
    // The language and home kelurahan are part of the cached principal (the language of the
    // caller's messages; the kelurahan a petition signature records).
    if (dto.language !== undefined || dto.homeAreaId !== undefined) await this.sessions.principalChanged(userId);
    return this.profile(userId, caller);
  }

  private async assertArea(areaId: string): Promise<void> {
    if (!(await this.reference.kelurahan(areaId))) throw new FieldDomainException('homeAreaId', 'area_not_found');
  }

  private async sendToken(manager: EntityManager, user: UserEntity, purpose: EmailTokenPurpose): Promise<void> {
    const token = randomToken();
    const ttl = purpose === 'verify_email' ? VERIFY_TTL_MS : RESET_TTL_MS;
    await manager.insert(EmailTokenEntity, { userId: user.id, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttl) });
    const path = purpose === 'verify_email' ? 'verifikasi-email' : 'atur-ulang-sandi';
    await this.mail.enqueue(
      {
        to: user.email ?? '',
        toUserId: user.id,
        template: purpose,
        language: user.language as Language,
        params: { name: user.name, city: await this.cityName(), link: `${this.config.publicUrl}/${path}?token=${token}` },
      },
      manager,
    );
  }

  private async consumeToken(manager: EntityManager, token: string, purpose: EmailTokenPurpose): Promise<EmailTokenEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(EmailTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where({ tokenHash: sha256(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning('id, user_id')
      .execute();
    const row = (result.raw as { id: string; user_id: string }[])[0];
    if (!row) throw new DomainException('token_invalid', HttpStatus.BAD_REQUEST);
    return Object.assign(new EmailTokenEntity(), { id: row.id, userId: row.user_id });
  }

  private cityNameCache?: string;

  private async cityName(): Promise<string> {
    this.cityNameCache ??= await municipalityName(this.config.municipalityCode);
    return this.cityNameCache;
  }
}
