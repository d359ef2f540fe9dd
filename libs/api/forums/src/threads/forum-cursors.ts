import { FieldDomainException, decodeKeysetCursor, encodeKeysetCursor } from '@walikota/api-platform';
import type { KeysetPosition } from '@walikota/api-platform';

/**
 * Thread lists page on (timestamp, id). Timestamps are written from JavaScript Dates, so they
 * have the millisecond precision the shared keyset token keeps.
 */
export const encodeTimeCursor = (at: Date, id: string): string => encodeKeysetCursor({ at, id });
export const decodeTimeCursor = (token: string | undefined): KeysetPosition | undefined => decodeKeysetCursor(token);

export interface RankPosition {
  rank: number;
  id: string;
}

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Search results page on (rank, id). The rank is PostgreSQL's `real`, which prints the shortest
 * text that reads back to the same value, so the number survives the round trip exactly.
 */
export function encodeRankCursor(rank: number, id: string): string {
  return Buffer.from(`${rank}|${id}`).toString('base64url');
}

/** The position in a search token; anything that is not exactly what `encodeRankCursor` writes is a 400 naming `after`. */
export function decodeRankCursor(token: string | undefined): RankPosition | undefined {
  if (token === undefined || token === '') return undefined;
  const text = TOKEN.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const [rank = '', id = '', ...rest] = text.split('|');
  const value = Number(rank);
  if (rest.length > 0 || !UUID.test(id) || rank.trim() === '' || !Number.isFinite(value) || value < 0)
    throw new FieldDomainException('after', 'invalid_cursor');
  return { rank: value, id: id.toLowerCase() };
}
