import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { ADMIN_MESSAGES } from './admin.messages';

describe('admin messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(ADMIN_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs (loaded with every page) already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, admin: ADMIN_MESSAGES })).toEqual([]);
  });
});
