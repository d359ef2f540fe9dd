export * from './accounts/account.dto';
export * from './accounts/accounts.service';
export * from './identity.module';
export * from './passwords/password.service';
export * from './sessions/cookies';
export * from './sessions/sessions.service';
export * from './users/user.entity';
export * from './users/account-bootstrap.service';
