import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { API, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader } from '@walikota/web-ui';

@Component({
  selector: 'wk-forgot-password-page',
  imports: [ReactiveFormsModule, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('auth.title.forgot')" [lead]="i18n.t('auth.forgot.lead')" />
    @if (sent()) {
      <wk-alert tone="success">{{ i18n.t('auth.forgot.done') }}</wk-alert>
    } @else {
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field [label]="i18n.t('auth.email')" [error]="state.error('email')" required>
          <input
            wkControl
            id="field-email"
            type="email"
            formControlName="email"
            autocomplete="email"
            inputmode="email"
            spellcheck="false"
          />
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('auth.forgot.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class ForgotPasswordPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  protected readonly sent = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: ['', [Validators.required, Validators.email]] });

  protected async submit(): Promise<void> {
    await this.state.submit(this.form, { email: this.i18n.t('auth.email') }, async () => {
      await this.api.forgotPassword({ email: this.form.getRawValue().email.trim() });
      this.sent.set(true);
    });
  }
}
