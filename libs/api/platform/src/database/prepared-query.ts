import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Runs a statement of the request path as a named prepared statement: PostgreSQL parses and
 * plans it once per connection instead of at every call (on a small machine that is most of the
 * cost of a short statement). For the few hot statements only (a session's principal, a batch of
 * signatures): `name` must be unique to `text`. Same rows as `dataSource.query` for a SELECT or
 * an INSERT … RETURNING, from the same pool, outside any transaction. A migration that changes the type of a column such a statement returns needs
 * a restart of the instances (PostgreSQL refuses a cached plan whose result type changed).
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool || typeof pool.query !== 'function') return dataSource.query(text, values);
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
