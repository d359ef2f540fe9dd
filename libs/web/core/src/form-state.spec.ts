import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { I18n } from '@walikota/web-i18n';
import { toApiProblem } from './api-error';
import { FormState, problemMessage, sameAs } from './form-state';

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

  it('says how long a too-long value is and by how much to shorten it, in the reader’s digits', async () => {
    const long = new FormGroup({ description: new FormControl('x'.repeat(5713), [Validators.maxLength(5000)]) });
    expect(await state.submit(long, { description: 'Uraian' }, jest.fn())).toBe(false);
    expect(state.error('description')).toBe('Uraian paling banyak 5.000 karakter; sekarang 5.713. Persingkat 713 karakter.');

    await TestBed.inject(I18n).use('en');
    await state.submit(long, { description: 'Description' }, jest.fn());
    expect(state.error('description')).toBe('Description can have at most 5,000 characters; it now has 5,713. Shorten it by 713.');
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

  it('says what the API found wrong when no field on screen can show it, instead of pointing at marked fields', async () => {
    // An upload refused for its content: the API names the field `file`, which the caller has no
    // field for; its general message ("check the marked fields") would point at nothing.
    const refusal = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
        details: [{ field: 'file', code: 'file_type_unsupported', message: 'Isi berkas ini bukan foto JPEG, PNG atau WebP.' }],
      },
    });
    const i18n = TestBed.inject(I18n);
    expect(problemMessage(toApiProblem(refusal), i18n)).toBe('Isi berkas ini bukan foto JPEG, PNG atau WebP.');

    // In a form, the fields it has take their messages; the others go to the general message.
    const both = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
        details: [
          { field: 'email', code: 'taken', message: 'E-mail sudah terdaftar.' },
          { field: 'homeAreaId', code: 'unknown', message: 'Kelurahan tidak dikenal.' },
        ],
      },
    });
    const valid = new FormGroup({ email: new FormControl('a@contoh.id') });
    await state.submit(valid, { email: 'E-mail' }, () => Promise.reject(both));
    expect(state.error('email')).toBe('E-mail sudah terdaftar.');
    expect(state.general()).toBe('Kelurahan tidak dikenal.');
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
