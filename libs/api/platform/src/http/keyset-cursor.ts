import { FieldDomainException } from '../errors/domain.exception';
import { parseInstant } from './instant';

/**
 * The position of a keyset-paginated, newest-first list: the (timestamp, uuid) of the last row
 * of a page. Clients get it as an opaque base64url token and send it back as `after`.
 *
 * The timestamps must have millisecond precision (set from a JavaScript Date), as the token
 * keeps milliseconds: finer stored values would make the next page skip or repeat rows.
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString('base64url');
}

/**
 * The position in a token, undefined when there is none. A token that is not exactly what
 * `encodeKeysetCursor` writes (a real UTC instant between the years 1000 and 9999, and a UUID)
 * is a 400 naming `field`: PostgreSQL would refuse the values, which used to end as a 500.
 */
export function decodeKeysetCursor(token: string | undefined, field = 'after'): KeysetPosition | undefined {
  if (token === undefined || token === '') return undefined;
  const text = TOKEN.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const [at = '', id = '', ...rest] = text.split('|');
  const instant = parseInstant(at);
  if (!instant || rest.length > 0 || !UUID.test(id)) throw new FieldDomainException(field, 'invalid_cursor');
  return { at: instant, id: id.toLowerCase() };
}
