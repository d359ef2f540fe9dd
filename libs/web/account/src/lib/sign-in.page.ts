import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { FormState, Session, safeReturnPath } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader } from '@walikota/web-ui';

@Component({
  selector: 'wk-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('auth.title.signIn')" [lead]="i18n.t('auth.signIn.lead')" />
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-field [label]="i18n.t('auth.email')" [error]="state.error('email')" required>
        <input
          wkControl
          id="field-email"
          type="email"
          formControlName="email"
          autocomplete="username"
          inputmode="email"
          spellcheck="false"
        />
      </wk-field>
      <wk-field [label]="i18n.t('auth.password')" [error]="state.error('password')" required>
        <input
          wkControl
          id="field-password"
          [type]="showPassword() ? 'text' : 'password'"
          formControlName="password"
          autocomplete="current-password"
        />
      </wk-field>
      <label class="wk-check">
        <input type="checkbox" [checked]="showPassword()" (change)="showPassword.set(!showPassword())" />
        {{ i18n.t('auth.showPassword') }}
      </label>
      <div class="wk-actions">
        <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('auth.signIn.submit') }}</button>
        <a routerLink="/lupa-sandi">{{ i18n.t('auth.signIn.forgot') }}</a>
      </div>
    </form>
    <p>
      {{ i18n.t('auth.signIn.noAccount') }}
      <a routerLink="/daftar">{{ i18n.t('auth.signIn.registerLink') }}</a>
    </p>
  `,
})
export class SignInPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly toasts = inject(Toasts);
  /** Where to go afterwards (`?kembali=/admin`), only a path on this site. */
  readonly kembali = input<string | undefined>(undefined);
  protected readonly showPassword = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected async submit(): Promise<void> {
    const labels = { email: this.i18n.t('auth.email'), password: this.i18n.t('auth.password') };
    const ok = await this.state.submit(this.form, labels, async () => {
      const { email, password } = this.form.getRawValue();
      const profile = await this.session.signIn(email.trim(), password);
      this.toasts.show(this.i18n.t('auth.signIn.welcome', { name: profile.name }), 'success');
    });
    if (ok) await this.router.navigateByUrl(safeReturnPath(this.kembali()));
    else this.form.controls.password.reset('');
  }
}
