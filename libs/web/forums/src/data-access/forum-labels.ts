import type { ForumFlagReason, ForumModerationLogAction, ForumReaction, ForumSanctionKind } from '@walikota/shared-contracts';
import type { I18n } from '@walikota/web-i18n';

/** The words for the forum's vocabulary (libs/shared/contracts/src/forum-vocabulary.ts), in the reader's language. */
export function forumLabels(i18n: I18n) {
  return {
    reason: (reason: ForumFlagReason) => i18n.t(`forums.reason.${reason}`),
    reaction: (kind: ForumReaction) => i18n.t(`forums.reaction.${kind}`),
    action: (kind: ForumModerationLogAction | string) => i18n.t(`forums.action.${kind}`),
    sanction: (kind: ForumSanctionKind) => i18n.t(`forums.sanction.${kind}`),
    author: (name: string | null) => name ?? i18n.t('forums.author.unknown'),
  };
}

export type ForumLabels = ReturnType<typeof forumLabels>;

/** "2026-05" → "Mei 2026" / "May 2026" (the month is the city's; no time zone shift). */
export function monthName(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}
