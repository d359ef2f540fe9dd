import {
  FORUM_FLAG_REASONS,
  FORUM_MODERATION_LOG_ACTIONS,
  FORUM_REACTIONS,
  FORUM_SANCTION_KINDS,
  FORUM_THREAD_SORTS,
} from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { FORUMS_MESSAGES } from './forums.messages';

describe('forums messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(FORUMS_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs already define', () => {
    expect(duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, forums: FORUMS_MESSAGES })).toEqual([]);
  });

  it('keeps every key under forums.', () => {
    expect(Object.keys(FORUMS_MESSAGES.id).filter((key) => !key.startsWith('forums.'))).toEqual([]);
  });

  it('names every reaction, flag reason, moderation act, sanction and order', () => {
    const keys = [
      ...FORUM_REACTIONS.map((r) => `forums.reaction.${r}`),
      ...FORUM_FLAG_REASONS.map((r) => `forums.reason.${r}`),
      ...FORUM_MODERATION_LOG_ACTIONS.map((a) => `forums.action.${a}`),
      ...FORUM_SANCTION_KINDS.map((k) => `forums.sanction.${k}`),
      ...FORUM_THREAD_SORTS.map((s) => `forums.sort.${s}`),
    ];
    for (const language of ['id', 'en'] as const) expect(keys.filter((key) => !(key in FORUMS_MESSAGES[language]))).toEqual([]);
  });
});
