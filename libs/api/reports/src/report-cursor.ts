import { FieldDomainException } from '@walikota/api-platform';

/** Keyset position in a newest-first list: (created_at, id) of the last row, opaque to clients. */
export interface ReportCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(value: string | undefined, field = 'after'): ReportCursor | undefined {
  if (!value) return undefined;
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw new FieldDomainException(field, 'invalid_cursor');
  return { createdAt, id };
}
