import { loadConfig } from '@walikota/api-platform';
import { PasswordService } from './password.service';

describe(PasswordService.name, () => {
  const passwords = new PasswordService(loadConfig({ NODE_ENV: 'test' }));
  beforeAll(() => passwords.onModuleInit());

  it.each([
    ['aaaaaaaaaa', 'password_weak'],
    ['1234567890123', 'password_common'],
    ['password123456', 'password_common'],
    ['kotasemarang', 'password_local'],
    ['walikotasemarang', 'password_local'],
    ['Gajahmungkur2026', 'password_local'],
    ['pendek', 'password_too_short'],
    ['x'.repeat(201), 'password_too_long'],
  ])('refuses %s (%s)', (password, code) => {
    expect(passwords.problem(password)).toBe(code);
  });

  it('refuses the owner’s name and e-mail address, whole or in part', () => {
    const owner = { name: 'Siti Rahayu', email: 'siti.rahayu@example.id' };
    expect(passwords.problem('rahayu-cantik-sekali', owner)).toBe('password_personal');
    expect(passwords.problem('siti.rahayu@example.id', owner)).toBe('password_personal');
    expect(passwords.problem('rahayu-cantik-sekali')).toBeNull();
  });

  it('accepts passphrases of unrelated words, and judges very long input by its beginning', () => {
    for (const password of ['kopi-tubruk-pagi-hari', 'Sungai-Bersih-Kota-2026', 'lampu merah sepeda biru'])
      expect({ password, problem: passwords.problem(password) }).toEqual({ password, problem: null });
    expect(passwords.problem('aB3$'.repeat(50))).toBe('password_weak');
  });
});
