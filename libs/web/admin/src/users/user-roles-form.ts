import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { API, ApiProblem, FormState, Role, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset } from '@walikota/web-ui';
import { ROLES } from '../data-access/stores';
import { ROLE_REASON_MAX, addsRole, renameProblemFields, roleReasonValidator } from './role-reason';

type RoleChoices = Record<Role, boolean>;

/**
 * The roles of one user, as checkboxes. Adding a role needs a reason (3–500 characters) for the
 * audit log, as the API requires; only removing roles leaves it optional.
 */
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
        [label]="i18n.t(adding() ? 'admin.user.reason' : 'admin.user.reasonOptional')"
        [hint]="i18n.t(adding() ? 'admin.roles.reasonHintGrant' : 'admin.roles.reasonHintRemove')"
        [error]="state.error('rolesReason')"
        [required]="adding()"
        counter
        [max]="reasonMax"
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
  protected readonly reasonMax = ROLE_REASON_MAX;
  /** The roles the user holds (as last loaded or saved) and the roles ticked now. */
  private readonly held = signal<readonly Role[]>([]);
  private readonly chosen = signal<readonly Role[]>([]);
  /** The change grants a role the user does not hold yet. */
  protected readonly adding = computed(() => addsRole(this.held(), this.chosen()));
  protected readonly form = new FormGroup({
    roles: new FormGroup(
      Object.fromEntries(ROLES.map((role) => [role, new FormControl(false, { nonNullable: true })])) as Record<Role, FormControl<boolean>>,
    ),
    rolesReason: new FormControl('', {
      nonNullable: true,
      validators: [roleReasonValidator(() => this.adding()), Validators.maxLength(ROLE_REASON_MAX)],
    }),
  });

  constructor() {
    this.form.controls.roles.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.rolesChanged());
    effect(() => {
      const user = this.user();
      // Only a new user resets the form (not the ticks, which the validator reads through `adding`).
      untracked(() => {
        this.held.set(user.roles);
        this.form.reset({
          roles: Object.fromEntries(ROLES.map((role) => [role, user.roles.includes(role)])) as RoleChoices,
          rolesReason: '',
        });
        this.rolesChanged();
      });
    });
  }

  protected async save(): Promise<void> {
    const labels = { roles: this.i18n.t('admin.roles.legend'), rolesReason: this.i18n.t('admin.user.reason') };
    // The API names the reason `reason`: its message goes next to this form's reason field.
    const outcome: { refused?: ApiProblem } = {};
    await this.state.submit(this.form, labels, async () => {
      const { roles, rolesReason } = this.form.getRawValue();
      const reason = rolesReason.trim();
      try {
        const updated = await this.api.setUserRoles(this.user().id, {
          roles: ROLES.filter((role) => roles[role]),
          reason: reason || undefined,
        });
        this.toasts.show(this.i18n.t('admin.roles.saved', { name: updated.name }), 'success');
        this.saved.emit(updated);
      } catch (error) {
        outcome.refused = toApiProblem(error);
      }
    });
    if (outcome.refused) this.state.fail(renameProblemFields(outcome.refused, { reason: 'rolesReason' }), labels);
  }

  private rolesChanged(): void {
    const ticked = this.form.controls.roles.getRawValue();
    this.chosen.set(ROLES.filter((role) => ticked[role]));
    // Whether the reason is required has just changed with the roles.
    this.form.controls.rolesReason.updateValueAndValidity({ emitEvent: false });
  }
}
