/**
 * Watched words (docs/product.md, "Town-hall forums"): moderators keep lists of words or
 * phrases, each with what a post containing one gets — `block` (refused with a message naming
 * the rule), `hold` (waits for a moderator's approval) or `flag` (published, and put in the
 * moderation queue). A pattern is a word or phrase; `*` stands for any letters
 * (`bangs*t`, `judi*`).
 *
 * People write around filters, so text and patterns are compared in a folded form: lower case,
 * accents off, the usual digit and symbol swaps read as letters (`4nj1ng` is `anjing`), letters
 * repeated for emphasis counted once (`anjiiing`), and dots, dashes and underscores inside a word
 * dropped (`a.n.j.i.n.g`). Matches are whole words, so a pattern does not fire inside an
 * unrelated longer word.
 */
export type WatchedWordAction = 'block' | 'hold' | 'flag';

export interface WatchedWord {
  id: string;
  pattern: string;
  action: WatchedWordAction;
}

export interface WatchedWordMatch {
  word: WatchedWord;
  /** The words of the text that matched, as written. */
  found: string;
}

/** What a post gets when several rules match: the strictest. */
export const WATCHED_ACTION_ORDER: readonly WatchedWordAction[] = ['block', 'hold', 'flag'];

const SWAPS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's' };
const TOKEN = /[\p{L}\p{N}@$]+(?:[._-]+[\p{L}\p{N}@$]+)*/gu;

/** One word folded as described above. */
export function foldWord(word: string): string {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[._-]/g, '');
  let out = '';
  for (const char of plain) {
    const letter = SWAPS[char] ?? char;
    if (letter !== out.at(-1)) out += letter;
  }
  return out;
}

interface Token {
  folded: string;
  raw: string;
}

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ folded: foldWord(m[0]), raw: m[0] }));
}

interface CompiledWord {
  word: WatchedWord;
  parts: RegExp[];
}

function compile(word: WatchedWord): CompiledWord | null {
  const parts = word.pattern
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const pieces = part.split('*').map((piece) => foldWord(piece).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${pieces.join('\\p{L}*')}$`, 'u');
    });
  // A pattern of nothing but `*` would match every word.
  if (parts.length === 0 || parts.every((p) => p.source === '^\\p{L}*$' || p.source === '^$')) return null;
  return { word, parts };
}

/**
 * The watched words a text contains (each rule at most once), strictest first. Compile the list
 * once with `watchedWordMatcher` when checking many texts.
 */
export function watchedWordMatcher(words: readonly WatchedWord[]): (text: string) => WatchedWordMatch[] {
  const compiled = words.map(compile).filter((c): c is CompiledWord => c !== null);
  return (text: string) => {
    const list = tokens(text);
    const matches: WatchedWordMatch[] = [];
    for (const { word, parts } of compiled) {
      for (let start = 0; start + parts.length <= list.length; start++) {
        if (parts.every((part, n) => part.test(list[start + n]?.folded ?? ''))) {
          matches.push({ word, found: list.slice(start, start + parts.length).map((t) => t.raw).join(' ') });
          break;
        }
      }
    }
    return matches.sort((a, b) => WATCHED_ACTION_ORDER.indexOf(a.word.action) - WATCHED_ACTION_ORDER.indexOf(b.word.action));
  };
}

/** The action for a text: the strictest of its matches, or null when none matches. */
export function strictestAction(matches: readonly WatchedWordMatch[]): WatchedWordAction | null {
  return matches[0]?.word.action ?? null;
}
