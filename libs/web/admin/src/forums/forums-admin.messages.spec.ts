import {
  FORUM_APPEAL_DECISIONS,
  FORUM_CONTENT_ACTIONS,
  FORUM_CONTENT_TYPES,
  FORUM_FLAG_REASONS,
  FORUM_MODERATION_LOG_ACTIONS,
  FORUM_SANCTION_KINDS,
  FORUM_THREAD_ACTIONS,
  FORUM_WATCHED_ACTIONS,
} from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { ADMIN_MESSAGES } from '../admin.messages';
import { REPORTS_ADMIN_MESSAGES } from '../reports/reports-admin.messages';
import { FORUM_HOME_MESSAGES } from './forum-home.messages';
import { FORUMS_ADMIN_MESSAGES } from './forums-admin.messages';

describe('forum moderation messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(FORUMS_ADMIN_MESSAGES)).toEqual([]);
    expect(catalogProblems(FORUM_HOME_MESSAGES)).toEqual([]);
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
        forums: FORUMS_ADMIN_MESSAGES,
      }),
    ).toEqual([]);
  });

  it('names every reason, kind, state, act and decision of the shared vocabulary', () => {
    const keys = [
      ...FORUM_FLAG_REASONS.map((r) => `admin.forum.reason.${r}`),
      ...FORUM_CONTENT_TYPES.map((t) => `admin.forum.type.${t}`),
      ...['visible', 'hidden', 'pending', 'rejected', 'deleted'].map((s) => `admin.forum.state.${s}`),
      ...FORUM_CONTENT_ACTIONS.flatMap((a) => [`admin.forum.action.${a}`, `admin.forum.done.${a}`]),
      ...FORUM_THREAD_ACTIONS.map((a) => `admin.forum.thread.done.${a}`),
      ...FORUM_MODERATION_LOG_ACTIONS.map((a) => `admin.forum.act.${a}`),
      ...FORUM_SANCTION_KINDS.flatMap((k) => [`admin.forum.kind.${k}`, `admin.forum.kind.${k}.help`]),
      ...FORUM_WATCHED_ACTIONS.flatMap((a) => [`admin.forum.watchedAction.${a}`, `admin.forum.watchedAction.${a}.help`]),
      ...FORUM_APPEAL_DECISIONS.flatMap((d) => [`admin.forum.decision.${d}`, `admin.forum.decided.${d}`, `admin.forum.appeals.done.${d}`]),
    ];
    expect(keys.filter((key) => !(key in FORUMS_ADMIN_MESSAGES.id))).toEqual([]);
  });
});
