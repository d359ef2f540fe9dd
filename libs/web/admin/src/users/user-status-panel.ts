import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { API, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkBadge, WkButton, WkControl, WkDialog, WkErrorSummary, WkField } from '@walikota/web-ui';
import { statusTone } from '../data-access/paths';

/** Suspend (in a dialog, with a required reason) or reactivate another user's account. */
@Component({
  selector: 'wk-admin-user-status-panel',
  imports: [ReactiveFormsModule, WkAlert, WkBadge, WkButton, WkControl, WkDialog, WkErrorSummary, WkField],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p #statusLine tabindex="-1" class="admin-status-line">
      <wk-badge [tone]="tone()">{{ i18n.t('admin.status.' + user().status) }}</wk-badge>
      {{ i18n.t('admin.status.' + user().status + 'Text') }}
    </p>
    @if (!self()) {
      @if (user().status === 'active') {
        <button wkButton variant="danger" type="button" (click)="openDialog()">{{ i18n.t('admin.suspend.button') }}</button>
      } @else if (user().status === 'suspended') {
        <form class="wk-form" [formGroup]="form" (ngSubmit)="reactivate()" novalidate>
          <wk-error-summary [errors]="state.summary()" />
          <wk-field
            [label]="i18n.t('admin.user.reason')"
            [hint]="i18n.t('admin.user.reasonHint')"
            [error]="state.error('reason')"
            required
            counter
            [max]="500"
          >
            <input wkControl id="field-reason" type="text" formControlName="reason" />
          </wk-field>
          @if (state.general(); as message) {
            <wk-alert tone="danger">{{ message }}</wk-alert>
          }
          <div class="wk-actions">
            <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.reactivate.button') }}</button>
          </div>
        </form>
      }
      <wk-dialog [(open)]="dialogOpen" [heading]="i18n.t('admin.suspend.title', { name: user().name })" (closed)="onDialogClosed()">
        @if (dialogOpen()) {
          <p>{{ i18n.t('admin.suspend.text') }}</p>
          <form class="wk-form" [formGroup]="form" (ngSubmit)="suspend()" novalidate>
            <wk-error-summary [errors]="state.summary()" />
            <wk-field
              [label]="i18n.t('admin.user.reason')"
              [hint]="i18n.t('admin.user.reasonHint')"
              [error]="state.error('reason')"
              required
              counter
              [max]="500"
            >
              <textarea wkControl id="field-reason" formControlName="reason" rows="3"></textarea>
            </wk-field>
            @if (state.general(); as message) {
              <wk-alert tone="danger">{{ message }}</wk-alert>
            }
            <div class="wk-actions">
              <button wkButton variant="danger" type="submit" [busy]="state.busy()">{{ i18n.t('admin.suspend.confirm') }}</button>
              <button wkButton variant="secondary" type="button" (click)="dialogOpen.set(false)">{{ i18n.t('common.cancel') }}</button>
            </div>
          </form>
        }
      </wk-dialog>
    }
  `,
  styles: `
    .admin-status-line:focus {
      outline: none;
    }
    .admin-status-line:focus-visible {
      outline: 3px solid var(--color-focus);
    }
  `,
})
export class UserStatusPanel {
  readonly user = input.required<AdminUserDto>();
  /** The signed-in admin looks at their own account: the API refuses to suspend it. */
  readonly self = input(false);
  readonly saved = output<AdminUserDto>();

  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly dialogOpen = signal(false);
  private readonly statusLine = viewChild.required<ElementRef<HTMLElement>>('statusLine');
  /** Held until the dialog has closed, so that focus can move to the new status. */
  private suspended: AdminUserDto | null = null;
  protected readonly tone = computed(() => statusTone(this.user().status));
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
    }),
  });

  protected openDialog(): void {
    this.form.reset({ reason: '' });
    this.state.reset();
    this.dialogOpen.set(true);
  }

  protected async suspend(): Promise<void> {
    const done = await this.state.submit(this.form, { reason: this.i18n.t('admin.user.reason') }, async () => {
      this.suspended = await this.api.suspendUser(this.user().id, { reason: this.form.getRawValue().reason.trim() });
    });
    if (done) this.dialogOpen.set(false);
  }

  protected onDialogClosed(): void {
    this.state.reset();
    this.form.reset({ reason: '' });
    const updated = this.suspended;
    this.suspended = null;
    if (updated) {
      this.toasts.show(this.i18n.t('admin.suspend.done', { name: updated.name }), 'success');
      this.announce(updated);
    }
  }

  protected async reactivate(): Promise<void> {
    const done = await this.state.submit(this.form, { reason: this.i18n.t('admin.user.reason') }, async () => {
      const updated = await this.api.reactivateUser(this.user().id, { reason: this.form.getRawValue().reason.trim() });
      this.toasts.show(this.i18n.t('admin.reactivate.done', { name: updated.name }), 'success');
      this.announce(updated);
    });
    if (done) this.form.reset({ reason: '' });
  }

  /** The button that was used disappears with the new status: focus moves to the status itself. */
  private announce(updated: AdminUserDto): void {
    this.saved.emit(updated);
    setTimeout(() => this.statusLine().nativeElement.focus());
  }
}
