import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FormState, sameAs } from './form-state';

describe(FormState.name, () => {
  let state: FormState;
  const labels = { email: 'E-mail', password: 'Kata sandi', confirm: 'Ulangi kata sandi' };
  const form = () =>
    new FormGroup({
      email: new FormControl('', [Validators.required, Validators.email]),
      password: new FormControl('pendek', [Validators.minLength(10)]),
      confirm: new FormControl('lain', [sameAs('password')]),
    });

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [FormState] });
    state = TestBed.inject(FormState);
  });

  it('checks the form first, in the user’s language, in the order of the labels, without calling the API', async () => {
    const action = jest.fn();
    expect(await state.submit(form(), labels, action)).toBe(false);
    expect(action).not.toHaveBeenCalled();
    expect(state.problems()).toEqual([
      { field: 'email', fieldId: 'field-email', message: 'E-mail wajib diisi.' },
      { field: 'password', fieldId: 'field-password', message: 'Kata sandi minimal 10 karakter.' },
      { field: 'confirm', fieldId: 'field-confirm', message: 'Kedua kata sandi tidak sama.' },
    ]);
    expect(state.error('password')).toBe('Kata sandi minimal 10 karakter.');
  });

  it('puts the API’s field messages beside their fields, and the rest in the general message', async () => {
    const valid = new FormGroup({ email: new FormControl('a@contoh.id') });
    const refusal = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Periksa isian.',
        details: [{ field: 'email', code: 'taken', message: 'E-mail sudah terdaftar.' }],
      },
    });
    expect(await state.submit(valid, { email: 'E-mail' }, () => Promise.reject(refusal))).toBe(false);
    expect(state.error('email')).toBe('E-mail sudah terdaftar.');
    expect(state.general()).toBeNull();

    const locked = new HttpErrorResponse({
      status: 429,
      error: { statusCode: 429, code: 'too_many_attempts', message: 'Terlalu banyak percobaan.' },
    });
    await state.submit(valid, { email: 'E-mail' }, () => Promise.reject(locked));
    expect(state.problems()).toEqual([{ message: 'Terlalu banyak percobaan.' }]);

    await state.submit(valid, { email: 'E-mail' }, () => Promise.reject(new HttpErrorResponse({ status: 0 })));
    expect(state.general()).toBe('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.');
  });

  it('is busy while sending and refuses a second submit meanwhile', async () => {
    const valid = new FormGroup({ email: new FormControl('a@contoh.id') });
    let finish: () => void = () => undefined;
    const first = state.submit(valid, { email: 'E-mail' }, () => new Promise<void>((resolve) => (finish = resolve)));
    expect(state.busy()).toBe(true);
    expect(await state.submit(valid, { email: 'E-mail' }, jest.fn())).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(state.busy()).toBe(false);
    expect(state.problems()).toEqual([]);
  });
});
