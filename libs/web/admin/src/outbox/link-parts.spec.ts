import { linkParts } from './link-parts';

describe(linkParts.name, () => {
  it('turns the http(s) addresses of a plain-text e-mail into links and keeps the rest as text', () => {
    const body =
      'Halo Sari,\n\nBuka tautan berikut:\n\nhttp://localhost:3000/verifikasi-email?token=abc-123_X\n\nJika bukan Anda, abaikan.';
    expect(linkParts(body)).toEqual([
      { text: 'Halo Sari,\n\nBuka tautan berikut:\n\n' },
      { url: 'http://localhost:3000/verifikasi-email?token=abc-123_X' },
      { text: '\n\nJika bukan Anda, abaikan.' },
    ]);
    // Put back together, nothing is lost or changed.
    expect(
      linkParts(body)
        .map((part) => part.url ?? part.text)
        .join(''),
    ).toBe(body);
  });

  it('leaves sentence punctuation after an address out of the link', () => {
    expect(linkParts('atur ulang kata sandi: https://portal.example.id/atur-ulang-sandi?token=t1.')).toEqual([
      { text: 'atur ulang kata sandi: ' },
      { url: 'https://portal.example.id/atur-ulang-sandi?token=t1' },
      { text: '.' },
    ]);
    expect(linkParts('(lihat https://portal.example.id/lacak/LPR-2026-000042), lalu')).toEqual([
      { text: '(lihat ' },
      { url: 'https://portal.example.id/lacak/LPR-2026-000042' },
      { text: '), lalu' },
    ]);
    expect(linkParts('https://id.wikipedia.org/wiki/Semarang_(kota)')).toEqual([{ url: 'https://id.wikipedia.org/wiki/Semarang_(kota)' }]);
  });

  it('makes links of http and https only, and nothing of markup in the text', () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> ftp://host/file <a href="http://x">x</a> mailto:a@b.id';
    const parts = linkParts(text);
    expect(parts.filter((part) => part.url)).toEqual([{ url: 'http://x' }]);
    expect(parts.map((part) => part.url ?? part.text).join('')).toBe(text);
    expect(linkParts('http:// bukan alamat')).toEqual([{ text: 'http:// bukan alamat' }]);
    expect(linkParts('')).toEqual([]);
  });
});
