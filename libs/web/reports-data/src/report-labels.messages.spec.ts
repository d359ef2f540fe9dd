import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from './report-labels.messages';

describe('report label messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(REPORT_LABEL_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs (loaded with every page) already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, reportLabels: REPORT_LABEL_MESSAGES })).toEqual([]);
  });

  it('keeps every key under report., and a staff wording only beside the key it rewords', () => {
    const keys = Object.keys(REPORT_LABEL_MESSAGES.id);
    expect(keys.filter((key) => !key.startsWith('report.'))).toEqual([]);
    expect(keys.filter((key) => key.endsWith('.staff') && !keys.includes(key.slice(0, -'.staff'.length)))).toEqual([]);
  });
});
