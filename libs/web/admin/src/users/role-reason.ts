import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ApiProblem } from '@walikota/web-core';

/** The API's limits for the reason of a role change (SetRolesDto): 3–500 characters, trimmed. */
export const ROLE_REASON_MIN = 3;
export const ROLE_REASON_MAX = 500;

/** True when `after` holds a role that `before` does not: granting power needs a reason. */
export function addsRole(before: readonly string[], after: readonly string[]): boolean {
  return after.some((role) => !before.includes(role));
}

/**
 * The reason as the API checks it: required (`required`) while `required()` says a role is being
 * added, optional otherwise; when given, at least 3 characters after trimming (`minlength`, in
 * Angular's shape, so that the form's usual messages name the field). The upper limit is
 * `Validators.maxLength` beside it: the text is never cut, the field's counter shows how far over.
 */
export function roleReasonValidator(required: () => boolean): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const length = String(control.value ?? '').trim().length;
    if (length === 0) return required() ? { required: true } : null;
    if (length < ROLE_REASON_MIN) return { minlength: { requiredLength: ROLE_REASON_MIN, actualLength: length } };
    return null;
  };
}

/** The API names its fields as its body does (`reason`); a form whose control is called otherwise shows them there. */
export function renameProblemFields(problem: ApiProblem, names: Record<string, string>): ApiProblem {
  return {
    ...problem,
    fields: Object.fromEntries(Object.entries(problem.fields).map(([field, message]) => [names[field] ?? field, message])),
  };
}
