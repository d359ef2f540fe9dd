import { jsonNestingExceeds } from './json-depth';

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe(jsonNestingExceeds.name, () => {
  it('counts objects and arrays, up to the limit included', () => {
    expect(jsonNestingExceeds(nested(32), 32)).toBe(false);
    expect(jsonNestingExceeds(nested(33), 32)).toBe(true);
    expect(jsonNestingExceeds('[[[1]]]', 2)).toBe(true);
    expect(jsonNestingExceeds('[[1],[2],{"a":[3]}]', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":1}', 0)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingExceeds(JSON.stringify({ note: '{'.repeat(100) + '[[[' }), 2)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ note: 'kata "{{{{" \\ [[[[' }), 1)).toBe(false);
  });

  it('takes 20,000 levels without recursion', () => {
    expect(jsonNestingExceeds(nested(20_000), 32)).toBe(true);
  });
});
