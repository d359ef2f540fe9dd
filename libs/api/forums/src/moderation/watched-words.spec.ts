import { foldWord, strictestAction, WatchedWord, watchedWordMatcher } from './watched-words';

const word = (id: string, pattern: string, action: WatchedWord['action']): WatchedWord => ({ id, pattern, action });

describe(watchedWordMatcher.name, () => {
  const match = watchedWordMatcher([
    word('w1', 'anjing', 'block'),
    word('w2', 'judi*', 'hold'),
    word('w3', 'pinjol ilegal', 'flag'),
    word('w4', '*', 'block'),
  ]);

  it('finds a watched word written plainly, and says which words matched', () => {
    expect(match('Dasar anjing kau')).toEqual([{ word: word('w1', 'anjing', 'block'), found: 'anjing' }]);
  });

  it('sees through case, accents, digit swaps, repeated letters and dotted spelling', () => {
    for (const text of ['ANJING!', 'ànjíng', '4nj1ng', 'anjiiiing', 'a.n.j.i.n.g', 'anj-ing', 'ANJ1IIING']) {
      expect(match(text).map((m) => m.word.id)).toEqual(['w1']);
    }
  });

  it('matches whole words only', () => {
    expect(match('anjingan, menganjingkan')).toEqual([]);
    expect(match('Pak Anjani sudah datang')).toEqual([]);
  });

  it('takes * as any letters', () => {
    expect(match('main judionline tiap malam').map((m) => m.found)).toEqual(['judionline']);
    expect(match('situs JUDI bola').map((m) => m.found)).toEqual(['JUDI']);
    expect(match('judo itu olahraga')).toEqual([]);
  });

  it('matches a phrase as consecutive words', () => {
    expect(match('awas PINJOL   ilegal di grup WA').map((m) => m.found)).toEqual(['PINJOL ilegal']);
    expect(match('pinjol yang tidak ilegal')).toEqual([]);
  });

  it('ignores a pattern of wildcards alone, which would match everything', () => {
    expect(match('selamat pagi warga')).toEqual([]);
  });

  it('lists the strictest rule first, each rule once', () => {
    const matches = match('pinjol ilegal dan judi, anjing, anjing');
    expect(matches.map((m) => m.word.id)).toEqual(['w1', 'w2', 'w3']);
    expect(strictestAction(matches)).toBe('block');
    expect(strictestAction(match('pinjol ilegal'))).toBe('flag');
    expect(strictestAction([])).toBeNull();
  });
});

describe(foldWord.name, () => {
  it('folds the way writers dodge filters', () => {
    expect(foldWord('B@NGS4T')).toBe('bangsat');
    expect(foldWord('Kecamatan')).toBe('kecamatan');
    expect(foldWord('saaat')).toBe('sat');
  });
});
