import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { API, FormState, sameAs } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader } from '@walikota/web-ui';

/** The landing page of the link in the password-reset e-mail (`/atur-ulang-sandi?token=`). */
@Component({
  selector: 'wk-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('auth.title.reset')" [lead]="i18n.t('auth.reset.lead')" />
    @if (done()) {
      <wk-alert tone="success">{{ i18n.t('auth.reset.done') }}</wk-alert>
      <p class="wk-actions">
        <a wkButton routerLink="/masuk">{{ i18n.t('auth.signIn.submit') }}</a>
      </p>
    } @else if (!token()) {
      <wk-alert tone="danger">{{ i18n.t('auth.reset.missing') }}</wk-alert>
      <p>
        <a routerLink="/lupa-sandi">{{ i18n.t('auth.title.forgot') }}</a>
      </p>
    } @else {
      <wk-error-summary [errors]="state.summary()" />
      @if (state.general(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
        <p>
          <a routerLink="/lupa-sandi">{{ i18n.t('auth.title.forgot') }}</a>
        </p>
      }
      <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field
          [label]="i18n.t('auth.reset.password')"
          [hint]="i18n.t('auth.register.password.hint')"
          [error]="state.error('password')"
          required
        >
          <input wkControl id="field-password" type="password" formControlName="password" autocomplete="new-password" />
        </wk-field>
        <wk-field [label]="i18n.t('auth.reset.confirm')" [error]="state.error('confirm')" required>
          <input wkControl id="field-confirm" type="password" formControlName="confirm" autocomplete="new-password" />
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('auth.reset.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class ResetPasswordPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  readonly token = input<string | undefined>(undefined);
  protected readonly done = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(10)]],
    confirm: ['', [Validators.required, sameAs('password')]],
  });

  protected async submit(): Promise<void> {
    this.form.controls.confirm.updateValueAndValidity();
    const labels = { password: this.i18n.t('auth.reset.password'), confirm: this.i18n.t('auth.reset.confirm') };
    await this.state.submit(this.form, labels, async () => {
      await this.api.resetPassword({ token: this.token() ?? '', password: this.form.getRawValue().password });
      this.done.set(true);
    });
  }
}
