import { startEmbeddedPostgres } from '@walikota/api-platform';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testEnvironment } from './test-config';

export interface TestDatabase {
  url: string;
  /** Set on a real server: the schema this test file owns. */
  schema?: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A clean database for one test file: a fresh schema on TEST_DATABASE_URL's server, or a
 * fresh in-memory PGlite when none is configured.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testEnvironment.databaseUrl) {
    const server = await startEmbeddedPostgres();
    return { url: server.url, embedded: true, drop: () => server.stop() };
  }
  const url = testEnvironment.databaseUrl;
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(url, async (client) => {
    // Extensions belong to the whole database: created in `public` once, never inside a test
    // file's schema, where dropping the schema would take it away from every other file.
    await client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`).catch((error: { code?: string }) => {
      // Two test files creating it at the same moment: the other one won.
      if (error.code !== '23505') throw error;
    });
    await client.query(`CREATE SCHEMA "${schema}"`);
  });
  return {
    url,
    schema,
    embedded: false,
    drop: () => withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, body: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}
