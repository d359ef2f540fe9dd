import { decodeKeysetCursor, encodeKeysetCursor } from '@walikota/api-platform';

/** Keyset position in a newest-first list: (created_at, id) of the last row, opaque to clients. */
export interface ReportCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return encodeKeysetCursor({ at: row.createdAt, id: row.id });
}

/** The position in `value`; a malformed one is a 400 naming `field` (see decodeKeysetCursor). */
export function decodeCursor(value: string | undefined, field = 'after'): ReportCursor | undefined {
  const position = decodeKeysetCursor(value, field);
  return position && { createdAt: position.at, id: position.id };
}
