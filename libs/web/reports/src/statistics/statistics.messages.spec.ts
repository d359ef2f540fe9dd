import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { STATISTICS_MESSAGES } from './statistics.messages';

describe('report statistics messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(STATISTICS_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, stats: STATISTICS_MESSAGES })).toEqual([]);
  });
});
