import { decodeRankCursor, encodeRankCursor } from './forum-cursors';

describe('forum search cursor', () => {
  const id = '0b6f3b5e-8f0e-4a57-9a53-3d1b6b0f1c2a';

  it('reads back what it wrote, ranks exactly', () => {
    for (const rank of [0, 0.0607927, 0.99999994, 1e-20]) expect(decodeRankCursor(encodeRankCursor(rank, id))).toEqual({ rank, id });
    expect(decodeRankCursor(undefined)).toBeUndefined();
    expect(decodeRankCursor('')).toBeUndefined();
  });

  it('refuses anything else as a 400 naming `after`', () => {
    const bad = (text: string) => Buffer.from(text).toString('base64url');
    for (const token of [
      '***',
      bad(`abc|${id}`),
      bad(`-1|${id}`),
      bad(`Infinity|${id}`),
      bad('0.5|not-a-uuid'),
      bad(`0.5|${id}|x`),
      bad(`|${id}`),
    ])
      expect(() => decodeRankCursor(token)).toThrow(
        expect.objectContaining({ details: [expect.objectContaining({ field: 'after', code: 'invalid_cursor' })] }),
      );
  });
});
