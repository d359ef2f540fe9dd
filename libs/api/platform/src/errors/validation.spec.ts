import { RequestValidationException } from './domain.exception';
import { assertStorableText, unstorableTextProblems } from './validation';

describe(unstorableTextProblems.name, () => {
  it('names each string holding a NUL or a lone surrogate, in the order sent', () => {
    expect(
      unstorableTextProblems({
        name: 'Bu\ud800di',
        note: 'a\u0000b',
        address: { street: 'Jl. \udc00Pemuda', city: 'Semarang' },
        tags: ['ok', 'x\ud83d'],
      }),
    ).toEqual([
      { field: 'name', code: 'noLoneSurrogate', args: [] },
      { field: 'note', code: 'noNulCharacter', args: [] },
      { field: 'address.street', code: 'noLoneSurrogate', args: [] },
      { field: 'tags.1', code: 'noLoneSurrogate', args: [] },
    ]);
  });

  it('takes well-formed text, emoji (surrogate pairs) included', () => {
    expect(unstorableTextProblems({ title: 'Banjir 🌧️ di Jl. Pemuda — “parah”', n: 3, ok: true, none: null })).toEqual([]);
  });

  it('reports a bad key at its object, and a bare value as `value` or under the given root', () => {
    expect(unstorableTextProblems({ address: { 'x\u0000': 1 } })).toEqual([{ field: 'address', code: 'noNulCharacter', args: [] }]);
    expect(unstorableTextProblems('\ud800')).toEqual([{ field: 'value', code: 'noLoneSurrogate', args: [] }]);
    expect(unstorableTextProblems('\ud800', 'code')).toEqual([{ field: 'code', code: 'noLoneSurrogate', args: [] }]);
  });

  it('walks any depth without recursion and lists at most 20 problems', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    expect(unstorableTextProblems(deep)).toEqual([{ field: expect.stringMatching(/^a(\.a)+$/), code: 'noNulCharacter', args: [] }]);
    expect(unstorableTextProblems(Array.from({ length: 1000 }, () => '\ud800'))).toHaveLength(20);
  });

  it('throws the usual validation error', () => {
    expect(() => assertStorableText({ email: 'a\ud800@example.id' })).toThrow(RequestValidationException);
    expect(() => assertStorableText({ email: 'warga@example.id' })).not.toThrow();
  });
});
