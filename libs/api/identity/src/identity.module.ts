import { RecipientDirectoryRef } from '@walikota/api-notifications';
import { UserDirectory } from './users/user-directory.service';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { AppConfig, registerMessages } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { AccountsService } from './accounts/accounts.service';
import { BackgroundTasks } from './accounts/background-tasks';
import { AuthController, authRateLimit } from './accounts/auth.controller';
import { EmailTokenEntity } from './accounts/email-token.entity';
import { MeController } from './accounts/me.controller';
import { AdminAuditController } from './admin/admin-audit.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { adminMessages } from './admin/admin.messages';
import { IdentityAuditLabels } from './admin/identity-audit-labels';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { PersonalDataService } from './accounts/personal-data.service';
import { PersonalDataRegistry } from './accounts/personal-data.registry';
import { AdminUsersService } from './admin/admin-users.service';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { identityMessages } from './identity.messages';
import { PasswordService } from './passwords/password.service';
import { AuthGuard } from './sessions/auth.guard';
import { LoginAttemptEntity } from './sessions/login-attempt.entity';
import { LocalStrategy } from './sessions/local.strategy';
import { LoginThrottleService } from './sessions/login-throttle.service';
import { PrincipalCache } from './sessions/principal-cache';
import { PrincipalService } from './sessions/principal.service';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionsService } from './sessions/sessions.service';
import { DepartmentMembersService } from './users/department-members.service';
import { AccountBootstrapService } from './users/account-bootstrap.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from './users/user.entity';

registerMessages(identityMessages);
registerMessages(adminMessages);

/** Accounts, sessions, roles and departments; its guard protects every route of the API. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      UserRoleEntity,
      DepartmentMemberEntity,
      EmailTokenEntity,
      RefreshTokenEntity,
      ApiKeyEntity,
      LoginAttemptEntity,
    ]),
    PassportModule,
    AuditModule,
    NotificationsModule,
    ReferenceModule,
  ],
  controllers: [AuthController, MeController, ApiKeysController, AdminUsersController, AdminAuditController],
  providers: [
    BackgroundTasks,
    PasswordService,
    SessionsService,
    PrincipalCache,
    PrincipalService,
    LoginThrottleService,
    AccountsService,
    AdminUsersService,
    IdentityAuditLabels,
    ApiKeysService,
    PersonalDataService,
    PersonalDataRegistry,
    AccountBootstrapService,
    DepartmentMembersService,
    UserDirectory,
    LocalStrategy,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    UserDirectory,
    AccountsService,
    AccountBootstrapService,
    DepartmentMembersService,
    PasswordService,
    SessionsService,
    PrincipalService,
    PersonalDataRegistry,
  ],
})
export class IdentityModule {
  constructor(config: AppConfig, recipients: RecipientDirectoryRef, users: UserDirectory) {
    authRateLimit.max = config.authRateLimitMax;
    // Notifications reach users through identity's directory, not by reading app_user.
    recipients.use(users);
  }
}
