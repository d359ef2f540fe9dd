import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';

describe('the app pages’ messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(PAGES_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, pages: PAGES_MESSAGES })).toEqual([]);
  });
});
