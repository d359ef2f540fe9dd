import { ApiProblem, problemMessage, toApiProblem } from '@walikota/web-core';
import type { I18n } from '@walikota/web-i18n';

/** What a refused write shows: messages beside the named fields, the rest in one line. */
export interface WriteProblem {
  fields: Record<string, string>;
  general: string | null;
}

/**
 * The API's answer to a post, edit, flag or appeal, ready to show. Field errors (400 `details`)
 * go beside their fields when the form has them; too many posts (429) is a friendly "wait"
 * rather than the limiter's wording; a muted or banned account (403), a locked thread or a
 * closed edit window (409) come as the API words them, in the reader's language.
 */
export function writeProblem(error: unknown, i18n: I18n, fields: readonly string[] = []): WriteProblem {
  const problem: ApiProblem = toApiProblem(error);
  if (problem.status === 429) return { fields: {}, general: i18n.t('forums.error.rateLimited') };
  const shown = Object.fromEntries(Object.entries(problem.fields).filter(([field]) => fields.includes(field)));
  const rest = Object.fromEntries(Object.entries(problem.fields).filter(([field]) => !fields.includes(field)));
  const general = Object.keys(shown).length && !Object.keys(rest).length ? null : problemMessage({ ...problem, fields: rest }, i18n);
  return { fields: shown, general };
}
