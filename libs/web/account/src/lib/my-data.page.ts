import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { API, clearDrafts, FormState, problemMessage, Session, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkButton, WkControl, WkDialog, WkDialogActions, WkField, WkPageHeader } from '@walikota/web-ui';
import { AccountNav } from './account-nav';

/** `/profil/data`: download everything held about me; delete my account. */
@Component({
  selector: 'wk-my-data-page',
  imports: [ReactiveFormsModule, AccountNav, WkAlert, WkButton, WkControl, WkDialog, WkDialogActions, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('account.title.data')" />
    <wk-account-nav />
    <section class="wk-stack" aria-labelledby="export-heading">
      <h2 id="export-heading">{{ i18n.t('account.data.export.heading') }}</h2>
      <p>{{ i18n.t('account.data.export.text') }}</p>
      <p>
        <button wkButton variant="secondary" type="button" [busy]="exporting()" (click)="download()">
          {{ i18n.t('account.data.export.button') }}
        </button>
      </p>
    </section>
    <section class="wk-stack" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{{ i18n.t('account.data.delete.heading') }}</h2>
      <p>{{ i18n.t('account.data.delete.text') }}</p>
      <p>
        <button wkButton variant="danger" type="button" (click)="confirming.set(true)">{{ i18n.t('account.data.delete.button') }}</button>
      </p>
    </section>
    <wk-dialog [(open)]="confirming" [heading]="i18n.t('account.data.delete.dialog')" (closed)="state.reset(); form.reset()">
      <p>{{ i18n.t('account.data.delete.text') }}</p>
      @if (state.general(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <form id="delete-form" [formGroup]="form" (ngSubmit)="deleteAccount()" novalidate>
        <wk-field [label]="i18n.t('account.data.delete.password')" [error]="state.error('password')" required>
          <input wkControl id="field-password" type="password" formControlName="password" autocomplete="current-password" />
        </wk-field>
      </form>
      <div wkDialogActions>
        <button wkButton variant="danger" type="submit" form="delete-form" [busy]="state.busy()">
          {{ i18n.t('account.data.delete.confirm') }}
        </button>
        <button wkButton variant="secondary" type="button" (click)="confirming.set(false)">{{ i18n.t('common.cancel') }}</button>
      </div>
    </wk-dialog>
  `,
})
export class MyDataPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly session = inject(Session);
  private readonly toasts = inject(Toasts);
  private readonly router = inject(Router);
  protected readonly exporting = signal(false);
  protected readonly confirming = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({ password: ['', Validators.required] });

  protected async download(): Promise<void> {
    this.exporting.set(true);
    try {
      const data = await this.api.exportMyData();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `data-saya-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.toasts.show(this.i18n.t('account.data.export.ready'), 'success');
    } catch (error) {
      this.toasts.show(problemMessage(toApiProblem(error), this.i18n), 'error');
    } finally {
      this.exporting.set(false);
    }
  }

  protected async deleteAccount(): Promise<void> {
    const ok = await this.state.submit(this.form, { password: this.i18n.t('account.data.delete.password') }, async () => {
      await this.api.deleteMyAccount({ password: this.form.getRawValue().password });
    });
    if (!ok) return;
    this.confirming.set(false);
    this.session.forget();
    clearDrafts();
    this.toasts.show(this.i18n.t('account.data.delete.done'), 'success');
    await this.router.navigateByUrl('/');
  }
}
