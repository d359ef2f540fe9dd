/** The most words a text search passes on; more only slows the query without narrowing it much. */
export const MAX_SEARCH_WORDS = 8;

// A word: a letter or digit, then letters, combining marks and digits.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * What a caller's search text may safely give `websearch_to_tsquery`/`plainto_tsquery`: its
 * first words (letters and digits only) separated by spaces, or null when nothing is left, and
 * then the search filter is to be dropped. Operators and punctuation never reach PostgreSQL:
 * forty `-` in a row, for one, nest forty NOTs and fail with "tsquery stack too small".
 */
export function searchWords(text: string | null | undefined, maxWords = MAX_SEARCH_WORDS): string | null {
  if (!text) return null;
  const words = text.normalize('NFKC').match(WORD)?.slice(0, maxWords) ?? [];
  return words.length > 0 ? words.join(' ') : null;
}
