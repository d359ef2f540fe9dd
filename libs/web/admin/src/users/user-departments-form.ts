import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { API, ApiProblem, FormState, problemMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset, WkSkeleton } from '@walikota/web-ui';
import { DepartmentsStore } from '../data-access/stores';

/** Which departments (OPD) a moderator or official works for, with an optional reason. */
@Component({
  selector: 'wk-admin-user-departments-form',
  imports: [ReactiveFormsModule, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset, WkSkeleton],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!isStaff()) {
      <wk-alert tone="info">{{ i18n.t('admin.departments.notStaff') }}</wk-alert>
    }
    @if (departments.problem(); as problem) {
      <wk-alert tone="danger">{{ problemText(problem) }}</wk-alert>
    } @else if (!departments.items().length) {
      <wk-skeleton [lines]="4" />
    } @else {
      <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <wk-error-summary [errors]="state.summary()" />
        <wk-fieldset
          [legend]="i18n.t('admin.departments.legend')"
          [hint]="i18n.t('admin.departments.hint')"
          [error]="state.error('departmentIds')"
        >
          <div class="admin-checks">
            @for (department of departments.items(); track department.id; let first = $first) {
              <label class="wk-check">
                <input
                  type="checkbox"
                  [attr.id]="first ? 'field-departmentIds' : null"
                  [checked]="chosen().has(department.id)"
                  (change)="toggle(department.id, $any($event.target).checked)"
                />
                <span
                  >{{ departments.name(department) }} <span class="wk-muted">({{ department.shortName }})</span></span
                >
              </label>
            }
          </div>
        </wk-fieldset>
        <wk-field
          [label]="i18n.t('admin.user.reasonOptional')"
          [hint]="i18n.t('admin.user.reasonHint')"
          [error]="state.error('departmentsReason')"
          counter
          [max]="500"
        >
          <input wkControl id="field-departmentsReason" type="text" formControlName="departmentsReason" />
        </wk-field>
        @if (state.general(); as message) {
          <wk-alert tone="danger">{{ message }}</wk-alert>
        }
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.departments.save') }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--space-4);
    }
    .admin-checks {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      column-gap: var(--space-5);
    }
    .wk-form {
      max-width: none;
    }
    .wk-form > wk-field {
      max-width: 36rem;
    }
  `,
})
export class UserDepartmentsForm {
  readonly user = input.required<AdminUserDto>();
  readonly saved = output<AdminUserDto>();

  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  protected readonly departments = inject(DepartmentsStore);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly isStaff = computed(() => this.user().roles.some((role) => role === 'moderator' || role === 'official'));
  protected readonly form = new FormGroup({
    departmentsReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });

  constructor() {
    void this.departments.load();
    effect(() => {
      this.chosen.set(new Set(this.user().departmentIds));
      this.form.reset({ departmentsReason: '' });
    });
  }

  protected problemText(problem: ApiProblem): string {
    return this.i18n.t('admin.loadError', { message: problemMessage(problem, this.i18n) });
  }

  protected toggle(id: string, checked: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async save(): Promise<void> {
    const labels = { departmentIds: this.i18n.t('admin.departments.legend'), departmentsReason: this.i18n.t('admin.user.reason') };
    await this.state.submit(this.form, labels, async () => {
      const reason = this.form.getRawValue().departmentsReason.trim();
      const departmentIds = this.departments
        .items()
        .filter((d) => this.chosen().has(d.id))
        .map((d) => d.id);
      const updated = await this.api.setUserDepartments(this.user().id, { departmentIds, reason: reason || undefined });
      this.toasts.show(this.i18n.t('admin.departments.saved', { name: updated.name }), 'success');
      this.saved.emit(updated);
    });
  }
}
