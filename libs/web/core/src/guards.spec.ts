import { safeReturnPath } from './guards';

describe(safeReturnPath.name, () => {
  it('accepts a path on this site', () => {
    expect(safeReturnPath('/admin/pengguna?q=a')).toBe('/admin/pengguna?q=a');
  });

  it('refuses another site (open redirect) and falls back', () => {
    for (const evil of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeReturnPath(evil)).toBe('/');
    }
  });
});
