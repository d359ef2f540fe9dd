import { MAX_SEARCH_WORDS, searchWords } from './full-text-search';

describe(searchWords.name, () => {
  it('keeps the words, letters and digits only', () => {
    expect(searchWords('jalan berlubang')).toBe('jalan berlubang');
    expect(searchWords('  "lampu jalan" -mati OR (pasar)!  ')).toBe('lampu jalan mati OR pasar');
    expect(searchWords('LPR-2026-004217')).toBe('LPR 2026 004217');
    expect(searchWords('Jl. Pemuda No.1, Semarang')).toBe('Jl Pemuda No 1 Semarang');
    expect(searchWords('café ñandú')).toBe('café ñandú');
  });

  it('is null when nothing searchable is left, so that the filter is dropped', () => {
    expect(searchWords('-'.repeat(40))).toBeNull();
    expect(searchWords('!!! && || <-> :* ()')).toBeNull();
    expect(searchWords('')).toBeNull();
    expect(searchWords(undefined)).toBeNull();
    expect(searchWords(null)).toBeNull();
  });

  it('passes on at most MAX_SEARCH_WORDS words', () => {
    const many = Array.from({ length: 30 }, (_, i) => `kata${i}`).join(' ');
    expect(searchWords(many)?.split(' ')).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords('a b c', 2)).toBe('a b');
  });
});
