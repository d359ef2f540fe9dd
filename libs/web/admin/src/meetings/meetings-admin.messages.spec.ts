import { FORUM_FLAG_REASONS, MEETING_COMMITMENT_STATUSES, MEETING_STATUSES, MEETING_TYPES } from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { ADMIN_MESSAGES } from '../admin.messages';
import { FORUM_HOME_MESSAGES } from '../forums/forum-home.messages';
import { REPORTS_ADMIN_MESSAGES } from '../reports/reports-admin.messages';
import { MEETINGS_ADMIN_MESSAGES } from './meetings-admin.messages';

describe('town-hall meeting messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(MEETINGS_ADMIN_MESSAGES)).toEqual([]);
  });

  it('keeps its keys under admin.meetings.', () => {
    expect(Object.keys(MEETINGS_ADMIN_MESSAGES.id).filter((key) => !key.startsWith('admin.meetings.'))).toEqual([]);
  });

  it('defines no key that the other catalogs of the staff area already define', () => {
    expect(
      duplicateKeys({
        common: COMMON_MESSAGES,
        ui: UI_MESSAGES,
        admin: ADMIN_MESSAGES,
        reportLabels: REPORT_LABEL_MESSAGES,
        reports: REPORTS_ADMIN_MESSAGES,
        forumHome: FORUM_HOME_MESSAGES,
        meetings: MEETINGS_ADMIN_MESSAGES,
      }),
    ).toEqual([]);
  });

  it('names every status, type, commitment status and hiding reason of the shared vocabulary', () => {
    const keys = [
      ...MEETING_STATUSES.map((s) => `admin.meetings.status.${s}`),
      ...MEETING_TYPES.map((t) => `admin.meetings.type.${t}`),
      ...MEETING_COMMITMENT_STATUSES.map((s) => `admin.meetings.commitmentStatus.${s}`),
      ...FORUM_FLAG_REASONS.map((r) => `admin.meetings.reason.${r}`),
    ];
    expect(keys.filter((key) => !(key in MEETINGS_ADMIN_MESSAGES.id))).toEqual([]);
  });
});
