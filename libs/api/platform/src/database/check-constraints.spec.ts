import { checkIn, sqlLiterals } from './check-constraints';

describe('CHECK constraints from lists', () => {
  it('writes the same text a hand-written constraint would', () => {
    expect(checkIn('status', ['active', 'suspended'])).toBe(`"status" IN ('active', 'suspended')`);
    expect(sqlLiterals(['image/jpeg', 'in_progress'])).toBe(`'image/jpeg', 'in_progress'`);
  });

  it('refuses a value that is not a plain word (no quoting games in DDL)', () => {
    expect(() => sqlLiterals(["x'); DROP TABLE report; --"])).toThrow('Not a plain value');
  });
});
