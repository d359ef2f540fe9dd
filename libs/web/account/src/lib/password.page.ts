import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { API, FormState, sameAs } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader } from '@walikota/web-ui';
import { AccountNav } from './account-nav';

/** `/profil/sandi`: change the password (other sessions end). */
@Component({
  selector: 'wk-password-page',
  imports: [ReactiveFormsModule, AccountNav, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('account.title.password')" />
    <wk-account-nav />
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-field [label]="i18n.t('account.password.current')" [error]="state.error('currentPassword')" required>
        <input wkControl id="field-currentPassword" type="password" formControlName="currentPassword" autocomplete="current-password" />
      </wk-field>
      <wk-field
        [label]="i18n.t('account.password.new')"
        [hint]="i18n.t('account.password.hint')"
        [error]="state.error('newPassword')"
        required
      >
        <input wkControl id="field-newPassword" type="password" formControlName="newPassword" autocomplete="new-password" />
      </wk-field>
      <wk-field [label]="i18n.t('account.password.confirm')" [error]="state.error('confirm')" required>
        <input wkControl id="field-confirm" type="password" formControlName="confirm" autocomplete="new-password" />
      </wk-field>
      <div class="wk-actions">
        <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('account.password.submit') }}</button>
      </div>
    </form>
  `,
})
export class PasswordPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(10)]],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });

  protected async submit(): Promise<void> {
    this.form.controls.confirm.updateValueAndValidity();
    const labels = {
      currentPassword: this.i18n.t('account.password.current'),
      newPassword: this.i18n.t('account.password.new'),
      confirm: this.i18n.t('account.password.confirm'),
    };
    const ok = await this.state.submit(this.form, labels, async () => {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.api.changePassword({ currentPassword, newPassword });
    });
    if (ok) {
      this.form.reset();
      this.toasts.show(this.i18n.t('account.password.done'), 'success');
    }
  }
}
