import { Client } from 'pg';
import { DataSource, Migration } from 'typeorm';

// An arbitrary constant shared by every API instance: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 7_426_201;

/**
 * Runs pending migrations. On a real server a session-level advisory lock, held on a
 * separate connection, makes it safe for several replicas starting together.
 */
export async function runMigrations(dataSource: DataSource, { lock }: { lock: boolean }): Promise<Migration[]> {
  if (!lock) return dataSource.runMigrations({ transaction: 'each' });
  const client = new Client({ connectionString: connectionUrl(dataSource) });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** SQL statements that would bring the schema in line with the entities (empty when in sync). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
}

function connectionUrl(dataSource: DataSource): string {
  const options = dataSource.options as { url?: string };
  if (!options.url) throw new Error('The data source has no url');
  return options.url;
}
