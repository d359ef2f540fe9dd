import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import type { Catalog } from './messages/catalog';

describe(I18n.name, () => {
  const FEATURE: Catalog = { id: { 'feature.hello': 'Halo, {name}!' }, en: { 'feature.hello': 'Hello, {name}!' } };
  let i18n: I18n;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
  });

  it('speaks Indonesian by default and fills placeholders', () => {
    expect(i18n.language()).toBe('id');
    expect(i18n.t('shell.unread', { count: 3 })).toBe('3 belum dibaca');
  });

  it('knows a feature’s strings only once they are registered, and follows the language', async () => {
    expect(i18n.t('feature.hello', { name: 'Sri' })).toBe('feature.hello');
    i18n.register(FEATURE);
    i18n.register(FEATURE);
    expect(i18n.t('feature.hello', { name: 'Sri' })).toBe('Halo, Sri!');
    await i18n.use('en');
    expect(i18n.t('feature.hello', { name: 'Sri' })).toBe('Hello, Sri!');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('walikota.language')).toBe('en');
  });
});
