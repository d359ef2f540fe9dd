import { Injectable, computed, inject, signal } from '@angular/core';
import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { ApiProblem, toApiProblem } from './api-error';

/** An error to list in a form's error summary, pointing at the field it belongs to. */
export interface FieldError {
  field: string;
  /** The control's element id, by convention `field-<name>` (give the control that id). */
  fieldId: string;
  message: string;
}

export const fieldId = (field: string): string => `field-${field}`;

/** The message for a control's first client-side validation error, in the user's language. */
export function validationMessage(errors: ValidationErrors, label: string, i18n: I18n): string {
  if (errors['required']) return i18n.t('form.required', { field: label });
  if (errors['email']) return i18n.t('form.email', { field: label });
  if (errors['minlength']) return i18n.t('form.minlength', { field: label, min: errors['minlength'].requiredLength });
  if (errors['maxlength']) return tooLongMessage(errors['maxlength'], label, i18n);
  if (errors['pattern']) return i18n.t('form.pattern', { field: label });
  if (errors['mismatch']) return i18n.t('form.mismatch');
  return i18n.t('form.invalid', { field: label });
}

/** "Judul paling banyak 150 karakter; sekarang 205. Persingkat 55 karakter.": what to do, not only what is wrong. */
function tooLongMessage(error: { requiredLength: number; actualLength: number }, label: string, i18n: I18n): string {
  const format = numberFormat(i18n.locale());
  return i18n.t('form.maxlength', {
    field: label,
    max: format.format(error.requiredLength),
    actual: format.format(error.actualLength),
    over: format.format(error.actualLength - error.requiredLength),
  });
}

/** A validator for a confirmation field that must equal a sibling control's value. */
export function sameAs(sibling: string) {
  return (control: AbstractControl): ValidationErrors | null =>
    control.value === control.parent?.get(sibling)?.value ? null : { mismatch: true };
}

/**
 * The state of one form: busy while sending, messages per field (client-side checks first,
 * then the API's answer) and a general message for what belongs to no field.
 */
@Injectable()
export class FormState {
  private readonly i18n = inject(I18n);
  readonly busy = signal(false);
  readonly fieldErrors = signal<Record<string, string>>({});
  /** In order of the form, for the error summary. */
  readonly summary = signal<FieldError[]>([]);
  readonly general = signal<string | null>(null);
  /** Everything for the error summary: the field messages (linked), then the general one. */
  readonly problems = computed<{ fieldId?: string; message: string }[]>(() => {
    const general = this.general();
    return general ? [...this.summary(), { message: general }] : this.summary();
  });

  error(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  /**
   * Checks `form` against `labels` (field name → label, in display order), then runs `action`.
   * Returns true when the action succeeded.
   */
  async submit(form: FormGroup, labels: Record<string, string>, action: () => Promise<void>): Promise<boolean> {
    if (this.busy()) return false;
    this.general.set(null);
    form.markAllAsTouched();
    const client: Record<string, string> = {};
    for (const [field, label] of Object.entries(labels)) {
      const errors = form.get(field)?.errors;
      if (errors) client[field] = validationMessage(errors, label, this.i18n);
    }
    if (Object.keys(client).length) {
      this.show(client, labels);
      return false;
    }
    this.busy.set(true);
    try {
      await action();
      this.show({}, labels);
      return true;
    } catch (error) {
      this.fail(toApiProblem(error), labels);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** Shows an API problem: field messages next to their fields, the rest as the general message. */
  fail(problem: ApiProblem, labels: Record<string, string> = {}): void {
    const entries = Object.entries(problem.fields);
    const known = Object.fromEntries(entries.filter(([field]) => field in labels));
    const unknown = Object.fromEntries(entries.filter(([field]) => !(field in labels)));
    this.show(known, labels);
    if (!Object.keys(known).length || Object.keys(unknown).length)
      this.general.set(problemMessage({ ...problem, fields: unknown }, this.i18n));
  }

  reset(): void {
    this.general.set(null);
    this.fieldErrors.set({});
    this.summary.set([]);
  }

  private show(errors: Record<string, string>, labels: Record<string, string>): void {
    this.fieldErrors.set(errors);
    this.summary.set(
      Object.keys(labels)
        .filter((f) => errors[f])
        .map((field) => ({ field, fieldId: fieldId(field), message: errors[field] })),
    );
  }
}

/**
 * The text to show for a problem in one place, with no field beside which to show it: the API's
 * field messages when it gave some (its general message then says "check the marked fields",
 * which would point at nothing), else its general message.
 */
export function problemMessage(problem: ApiProblem, i18n: I18n): string {
  if (problem.code === 'offline') return i18n.t('error.offline');
  if (problem.code === 'timeout') return i18n.t('error.timeout');
  const details = [...new Set(Object.values(problem.fields))];
  if (details.length) return details.join(' ');
  return problem.message ?? i18n.t('error.unexpected');
}
