import { FormControl, Validators } from '@angular/forms';
import { validationMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { TestBed } from '@angular/core/testing';
import { ROLE_REASON_MAX, addsRole, renameProblemFields, roleReasonValidator } from './role-reason';

describe(addsRole.name, () => {
  it('is true only when a role not held before is ticked', () => {
    expect(addsRole(['citizen'], ['citizen', 'moderator'])).toBe(true);
    expect(addsRole(['citizen', 'moderator'], ['citizen'])).toBe(false);
    expect(addsRole(['citizen', 'moderator'], ['citizen', 'moderator'])).toBe(false);
    expect(addsRole(['moderator'], ['official'])).toBe(true);
  });
});

describe(roleReasonValidator.name, () => {
  const control = (value: string, adding: boolean) =>
    new FormControl(value, { nonNullable: true, validators: [roleReasonValidator(() => adding), Validators.maxLength(ROLE_REASON_MAX)] });

  it('requires 3–500 characters when a role is added', () => {
    expect(control('', true).errors).toEqual({ required: true });
    expect(control('   ', true).errors).toEqual({ required: true });
    expect(control(' ab ', true).errors).toEqual({ minlength: { requiredLength: 3, actualLength: 2 } });
    expect(control('abc', true).errors).toBeNull();
    expect(control('x'.repeat(501), true).errors).toEqual({ maxlength: { requiredLength: 500, actualLength: 501 } });
  });

  it('leaves the reason optional when roles are only removed, but checks one that is given', () => {
    expect(control('', false).errors).toBeNull();
    expect(control('ab', false).errors).toEqual({ minlength: { requiredLength: 3, actualLength: 2 } });
    expect(control('x'.repeat(500), false).errors).toBeNull();
  });

  it('is refused with a message that names the field', () => {
    const i18n = TestBed.inject(I18n);
    i18n.use('id');
    expect(validationMessage(control('', true).errors ?? {}, 'Alasan', i18n)).toBe('Alasan wajib diisi.');
    expect(validationMessage(control('ab', true).errors ?? {}, 'Alasan', i18n)).toBe('Alasan minimal 3 karakter.');
  });
});

describe(renameProblemFields.name, () => {
  it('moves the API’s `reason` message to the form’s field and keeps the rest', () => {
    const problem = { status: 400, code: 'validation_failed', message: 'Periksa isian.', fields: { reason: 'Wajib.', roles: 'Salah.' } };
    expect(renameProblemFields(problem, { reason: 'rolesReason' })).toEqual({
      ...problem,
      fields: { rolesReason: 'Wajib.', roles: 'Salah.' },
    });
  });
});
