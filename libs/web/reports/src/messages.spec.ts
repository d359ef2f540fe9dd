import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { REPORTS_MESSAGES } from './reports.messages';

describe('reports messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(REPORTS_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs (loaded with every page, or with the report labels) already define', () => {
    expect(
      duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, reportLabels: REPORT_LABEL_MESSAGES, reports: REPORTS_MESSAGES }),
    ).toEqual([]);
  });

  it('keeps every key under reports.', () => {
    expect(Object.keys(REPORTS_MESSAGES.id).filter((key) => !key.startsWith('reports.'))).toEqual([]);
  });
});
