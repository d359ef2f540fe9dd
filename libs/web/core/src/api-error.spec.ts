import { HttpErrorResponse } from '@angular/common/http';
import { toApiProblem } from './api-error';

describe(toApiProblem.name, () => {
  it('keeps the API message and the first message per field', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Periksa kembali isian Anda.',
        details: [
          { field: 'email', code: 'isEmail', message: 'E-mail harus berupa alamat e-mail.' },
          { field: 'email', code: 'isNotEmpty', message: 'E-mail wajib diisi.' },
          { code: 'other', message: 'tanpa kolom' },
        ],
      },
    });
    expect(toApiProblem(error)).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'Periksa kembali isian Anda.',
      fields: { email: 'E-mail harus berupa alamat e-mail.' },
    });
  });

  it('tells offline, timeout and unexpected answers apart', () => {
    expect(toApiProblem(new HttpErrorResponse({ status: 0 })).code).toBe('offline');
    const timeout = Object.assign(new Error('Timeout has occurred'), { name: 'TimeoutError' });
    expect(toApiProblem(timeout).code).toBe('timeout');
    expect(toApiProblem(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toMatchObject({
      status: 502,
      code: 'unexpected',
    });
  });
});
