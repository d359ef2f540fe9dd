import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { API, FormState, Role } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset } from '@walikota/web-ui';
import { ROLES } from '../data-access/stores';

/** The roles of one user, as checkboxes, with an optional reason for the audit log. */
@Component({
  selector: 'wk-admin-user-roles-form',
  imports: [ReactiveFormsModule, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <wk-error-summary [errors]="state.summary()" />
      <wk-fieldset
        formGroupName="roles"
        [legend]="i18n.t('admin.roles.legend')"
        [hint]="i18n.t('admin.roles.hint')"
        [error]="state.error('roles')"
      >
        @for (role of roles; track role; let first = $first) {
          <label class="wk-check">
            <input type="checkbox" [formControlName]="role" [attr.id]="first ? 'field-roles' : null" />
            {{ i18n.t('admin.role.' + role) }}
          </label>
        }
      </wk-fieldset>
      <wk-field
        [label]="i18n.t('admin.user.reasonOptional')"
        [hint]="i18n.t('admin.user.reasonHint')"
        [error]="state.error('rolesReason')"
        counter
        [max]="500"
      >
        <input wkControl id="field-rolesReason" type="text" formControlName="rolesReason" />
      </wk-field>
      @if (state.general(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <div class="wk-actions">
        <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.roles.save') }}</button>
      </div>
    </form>
  `,
})
export class UserRolesForm {
  readonly user = input.required<AdminUserDto>();
  readonly saved = output<AdminUserDto>();

  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly roles = ROLES;
  protected readonly form = new FormGroup({
    roles: new FormGroup(
      Object.fromEntries(ROLES.map((role) => [role, new FormControl(false, { nonNullable: true })])) as Record<Role, FormControl<boolean>>,
    ),
    rolesReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });

  constructor() {
    effect(() => {
      const user = this.user();
      this.form.reset({
        roles: Object.fromEntries(ROLES.map((role) => [role, user.roles.includes(role)])) as Record<Role, boolean>,
        rolesReason: '',
      });
    });
  }

  protected async save(): Promise<void> {
    const labels = { roles: this.i18n.t('admin.roles.legend'), rolesReason: this.i18n.t('admin.user.reason') };
    await this.state.submit(this.form, labels, async () => {
      const { roles, rolesReason } = this.form.getRawValue();
      const reason = rolesReason.trim();
      const updated = await this.api.setUserRoles(this.user().id, {
        roles: ROLES.filter((role) => roles[role]),
        reason: reason || undefined,
      });
      this.toasts.show(this.i18n.t('admin.roles.saved', { name: updated.name }), 'success');
      this.saved.emit(updated);
    });
  }
}
