import {
  FORUM_FLAG_REASONS,
  MEETING_COMMITMENT_STATUSES,
  MEETING_REGISTRATION_STATUSES,
  MEETING_STATUSES,
  MEETING_TYPES,
} from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { MEETINGS_MESSAGES } from './meetings.messages';

describe('meetings messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(MEETINGS_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, meetings: MEETINGS_MESSAGES })).toEqual([]);
  });

  it('keeps every key under meetings.', () => {
    expect(Object.keys(MEETINGS_MESSAGES.id).filter((key) => !key.startsWith('meetings.'))).toEqual([]);
  });

  it('names every status, type, registration state, commitment state and flag reason', () => {
    const keys = [
      ...MEETING_STATUSES.map((s) => `meetings.status.${s}`),
      ...MEETING_TYPES.map((t) => `meetings.type.${t}`),
      ...MEETING_REGISTRATION_STATUSES.map((s) => `meetings.registration.${s}`),
      ...MEETING_COMMITMENT_STATUSES.map((s) => `meetings.commitment.${s}`),
      ...FORUM_FLAG_REASONS.map((r) => `meetings.reason.${r}`),
    ];
    for (const language of ['id', 'en'] as const) expect(keys.filter((key) => !(key in MEETINGS_MESSAGES[language]))).toEqual([]);
  });
});
