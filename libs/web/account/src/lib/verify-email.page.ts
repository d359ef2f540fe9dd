import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { API, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ResendVerification } from './resend-verification';
import { WkAlert, WkButton, WkPageHeader, WkSpinner } from '@walikota/web-ui';

type Outcome = 'working' | 'done' | 'failed' | 'missing';

/** The landing page of the link in the verification e-mail (`/verifikasi-email?token=`). */
@Component({
  selector: 'wk-verify-email-page',
  imports: [RouterLink, ResendVerification, WkAlert, WkButton, WkPageHeader, WkSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('auth.title.verify')" />
    @switch (outcome()) {
      @case ('working') {
        <wk-spinner [label]="i18n.t('auth.verify.working')" />
      }
      @case ('done') {
        <wk-alert tone="success">{{ i18n.t('auth.verify.done') }}</wk-alert>
        <p class="wk-actions">
          @if (session.signedIn()) {
            <a wkButton routerLink="/profil">{{ i18n.t('auth.verify.continue') }}</a>
          } @else {
            <a wkButton routerLink="/masuk">{{ i18n.t('auth.signIn.submit') }}</a>
          }
        </p>
      }
      @default {
        <wk-alert tone="danger">{{ outcome() === 'missing' ? i18n.t('auth.verify.missing') : failure() }}</wk-alert>
        @if (session.signedIn()) {
          <p class="wk-actions">
            <wk-resend-verification />
          </p>
        } @else {
          <p>
            <a routerLink="/masuk" [queryParams]="{ kembali: '/profil' }">{{ i18n.t('auth.verify.signInFirst') }}</a>
          </p>
        }
      }
    }
  `,
})
export class VerifyEmailPage implements OnInit {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly api = inject(API);
  readonly token = input<string | undefined>(undefined);
  protected readonly outcome = signal<Outcome>('working');
  protected readonly failure = signal('');

  async ngOnInit(): Promise<void> {
    const token = this.token();
    if (!token) return this.outcome.set('missing');
    try {
      await this.api.verifyEmail({ token });
      this.outcome.set('done');
      if (this.session.signedIn()) await this.session.reload();
    } catch (error) {
      const problem = toApiProblem(error);
      this.failure.set(
        problem.status === 400 || problem.status === 404 || problem.status === 410
          ? this.i18n.t('auth.verify.failed')
          : problemMessage(problem, this.i18n),
      );
      this.outcome.set('failed');
    }
  }
}
