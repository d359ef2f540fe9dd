import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { ADMIN_MESSAGES } from '../admin.messages';
import { REJECT_REASONS, STAFF_ACTIONS } from './report-model';
import { REPORTS_ADMIN_MESSAGES } from './reports-admin.messages';

describe('reports admin messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(REPORTS_ADMIN_MESSAGES)).toEqual([]);
  });

  it('defines no key that the other catalogs of the staff area already define', () => {
    expect(
      duplicateKeys({
        common: COMMON_MESSAGES,
        ui: UI_MESSAGES,
        admin: ADMIN_MESSAGES,
        reportLabels: REPORT_LABEL_MESSAGES,
        reports: REPORTS_ADMIN_MESSAGES,
      }),
    ).toEqual([]);
  });

  it('names every reject reason and staff action (statuses are named by the shared report labels)', () => {
    const keys = [
      ...REJECT_REASONS.map((r) => `admin.reports.reason.${r}`),
      ...STAFF_ACTIONS.flatMap((a) => ['action', 'heading', 'text', 'done'].map((part) => `admin.reports.${part}.${a}`)),
    ];
    expect(keys.filter((key) => !(key in REPORTS_ADMIN_MESSAGES.id))).toEqual([]);
  });
});
