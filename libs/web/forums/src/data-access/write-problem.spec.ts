import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@walikota/web-i18n';
import { FORUMS_MESSAGES } from '../forums.messages';
import { writeProblem } from './write-problem';

const refusal = (status: number, error: object) => new HttpErrorResponse({ status, error });

describe(writeProblem.name, () => {
  let i18n: I18n;
  beforeEach(() => {
    i18n = TestBed.inject(I18n);
    i18n.register(FORUMS_MESSAGES);
  });

  it('puts field errors beside the fields the form has', () => {
    const error = refusal(400, {
      code: 'validation_failed',
      message: 'Periksa kembali isian yang ditandai.',
      details: [{ field: 'body', code: 'too_short', message: 'Isi terlalu pendek.' }],
    });
    expect(writeProblem(error, i18n, ['body'])).toEqual({ fields: { body: 'Isi terlalu pendek.' }, general: null });
  });

  it('shows a field the form lacks as the general message', () => {
    const error = refusal(400, {
      code: 'validation_failed',
      message: 'Periksa kembali isian yang ditandai.',
      details: [{ field: 'quotePostId', code: 'x', message: 'Kutipan tidak valid.' }],
    });
    expect(writeProblem(error, i18n, ['body'])).toEqual({ fields: {}, general: 'Kutipan tidak valid.' });
  });

  it('asks to wait after too many posts, and shows a muted account’s refusal as it comes', () => {
    expect(writeProblem(refusal(429, { code: 'rate_limited', message: 'Too many requests' }), i18n).general).toBe(
      'Anda baru saja menulis beberapa kali. Tunggu beberapa menit, lalu coba lagi.',
    );
    const muted = refusal(403, { code: 'forum_muted', message: 'Anda dibisukan sampai 12 Mei 2026.' });
    expect(writeProblem(muted, i18n)).toEqual({ fields: {}, general: 'Anda dibisukan sampai 12 Mei 2026.' });
  });
});
