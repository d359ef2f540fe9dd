import { PETITION_INVALIDATION_CRITERIA, PETITION_MODERATION_ACTIONS } from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { PETITION_LABEL_MESSAGES } from '@walikota/web-petitions';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { ADMIN_MESSAGES } from '../admin.messages';
import { REPORTS_ADMIN_MESSAGES } from '../reports/reports-admin.messages';
import { PETITIONS_ADMIN_MESSAGES } from './petitions-admin.messages';

describe('petitions admin messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(PETITIONS_ADMIN_MESSAGES)).toEqual([]);
  });

  it('defines no key that the other catalogs of the staff area already define', () => {
    expect(
      duplicateKeys({
        common: COMMON_MESSAGES,
        ui: UI_MESSAGES,
        admin: ADMIN_MESSAGES,
        reportLabels: REPORT_LABEL_MESSAGES,
        reports: REPORTS_ADMIN_MESSAGES,
        petitionLabels: PETITION_LABEL_MESSAGES,
        petitions: PETITIONS_ADMIN_MESSAGES,
      }),
    ).toEqual([]);
  });

  it('names every moderation action and invalidation criterion', () => {
    const keys = [
      ...PETITION_MODERATION_ACTIONS.flatMap((a) => [
        `admin.petitions.action.${a}`,
        `admin.petitions.submit.${a}`,
        `admin.petitions.done.${a}`,
      ]),
      ...PETITION_INVALIDATION_CRITERIA.map((c) => `admin.petitions.criterion.${c}`),
    ];
    expect(keys.filter((key) => !(key in PETITIONS_ADMIN_MESSAGES.id))).toEqual([]);
  });
});
