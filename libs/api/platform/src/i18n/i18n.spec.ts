import { registerMessages, resolveLanguage, translate } from './i18n';

describe(translate.name, () => {
  beforeAll(() =>
    registerMessages({
      id: { 'test.greeting': 'Halo {name}, laporan Anda {status}.', 'test.status.done': 'selesai' },
      en: { 'test.greeting': 'Hello {name}, your report is {status}.', 'test.status.done': 'done' },
    }),
  );

  it('fills placeholders, translating parameters written @key', () => {
    expect(translate('id', 'test.greeting', { name: 'Sri', status: '@test.status.done' })).toBe('Halo Sri, laporan Anda selesai.');
    expect(translate('en', 'test.greeting', { name: 'Sri', status: '@test.status.done' })).toBe('Hello Sri, your report is done.');
  });

  it('leaves unknown placeholders and unknown @keys as they are, and falls back to the key', () => {
    expect(translate('id', 'test.greeting', { name: '@nothing.here' })).toBe('Halo @nothing.here, laporan Anda {status}.');
    expect(translate('en', 'test.missing')).toBe('test.missing');
  });
});

describe(resolveLanguage.name, () => {
  it('honours q-values and falls back to Indonesian', () => {
    expect(resolveLanguage('fr;q=1, en;q=0.8, id;q=0.5')).toBe('en');
    expect(resolveLanguage('de')).toBe('id');
    expect(resolveLanguage(undefined)).toBe('id');
  });
});
