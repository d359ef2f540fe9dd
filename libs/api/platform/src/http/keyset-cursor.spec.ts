import { DomainException } from '../errors/domain.exception';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

const ID = '0b7e4c1e-5d2a-4f7b-9a51-2f0c8e6d9a10';
const token = (text: string) => Buffer.from(text).toString('base64url');

function refusal(value: string): unknown {
  try {
    decodeKeysetCursor(value, 'after');
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('keyset cursor', () => {
  it('reads back what it wrote', () => {
    const at = new Date('2026-12-04T08:15:30.123Z');
    expect(decodeKeysetCursor(encodeKeysetCursor({ at, id: ID }))).toEqual({ at, id: ID });
    expect(decodeKeysetCursor(token(`2026-12-04T08:15:30.123Z|${ID.toUpperCase()}`))?.id).toBe(ID);
  });

  it('has no position without a token', () => {
    expect(decodeKeysetCursor(undefined)).toBeUndefined();
    expect(decodeKeysetCursor('')).toBeUndefined();
  });

  it.each([
    ['a date that does not exist', token(`2026-13-45T99:99:99Z|${'-'.repeat(36)}`)],
    ['a real date and 36 characters that are no UUID', token(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`)],
    ['a year JavaScript takes and PostgreSQL does not', token(`+275760-09-13T00:00:00.000Z|${ID}`)],
    ['a year before 1000', token(`0999-01-01T00:00:00.000Z|${ID}`)],
    ['a date with an offset', token(`2026-01-01T07:00:00+07:00|${ID}`)],
    ['a third part', token(`2026-01-01T00:00:00.000Z|${ID}|x`)],
    ['no id', token('2026-01-01T00:00:00.000Z')],
    ['characters outside base64url', `${token(`2026-01-01T00:00:00.000Z|${ID}`)}==`],
    ['plain text', 'halaman-2'],
  ])('refuses %s with a 400 naming the field', (_case, value) => {
    const error = refusal(value);
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ status: 400, details: [{ field: 'after', code: 'invalid_cursor' }] });
  });
});
