import { Routes } from '@angular/router';
import { signedInGuard, visitorGuard } from '@walikota/web-core';
import { provideMessages } from '@walikota/web-i18n';
import { ACCOUNT_MESSAGES } from './account.messages';
import { AUTH_MESSAGES } from './auth.messages';
export { ACCOUNT_MESSAGES } from './account.messages';
export { AUTH_MESSAGES } from './auth.messages';
import { ForgotPasswordPage } from './lib/forgot-password.page';
import { MyDataPage } from './lib/my-data.page';
import { NotificationsPage } from './lib/notifications.page';
import { PasswordPage } from './lib/password.page';
import { ProfilePage } from './lib/profile.page';
import { RegisterPage } from './lib/register.page';
import { ResetPasswordPage } from './lib/reset-password.page';
import { SignInPage } from './lib/sign-in.page';
import { VerifyEmailPage } from './lib/verify-email.page';

/**
 * Sign-in, registration, the pages e-mail links open (their paths are fixed by the API's
 * e-mails: /verifikasi-email, /atur-ulang-sandi, /lupa-sandi, /profil, /notifikasi) and the
 * signed-in user's own pages. Mounted lazily at the root.
 */
export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(AUTH_MESSAGES, ACCOUNT_MESSAGES)],
    children: [
      { path: 'masuk', title: 'auth.title.signIn', canActivate: [visitorGuard], component: SignInPage },
      { path: 'daftar', title: 'auth.title.register', canActivate: [visitorGuard], component: RegisterPage },
      { path: 'verifikasi-email', title: 'auth.title.verify', component: VerifyEmailPage },
      { path: 'lupa-sandi', title: 'auth.title.forgot', component: ForgotPasswordPage },
      { path: 'atur-ulang-sandi', title: 'auth.title.reset', component: ResetPasswordPage },
      { path: 'profil', title: 'account.title.profile', canActivate: [signedInGuard], component: ProfilePage },
      { path: 'profil/sandi', title: 'account.title.password', canActivate: [signedInGuard], component: PasswordPage },
      { path: 'profil/data', title: 'account.title.data', canActivate: [signedInGuard], component: MyDataPage },
      { path: 'notifikasi', title: 'account.title.notifications', canActivate: [signedInGuard], component: NotificationsPage },
    ],
  },
];
