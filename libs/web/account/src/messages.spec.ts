import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { ACCOUNT_MESSAGES } from './account.messages';
import { AUTH_MESSAGES } from './auth.messages';

describe('account and auth messages', () => {
  it.each([
    ['auth', AUTH_MESSAGES],
    ['account', ACCOUNT_MESSAGES],
  ])('%s: every key in both languages, none empty, the same placeholders', (_area, catalog) => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('defines no key that the shared catalogs (loaded with every page) already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, auth: AUTH_MESSAGES, account: ACCOUNT_MESSAGES })).toEqual([]);
  });
});
