import path from 'node:path';
import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  /** The configuration with `databaseUrl` set to a reachable server. */
  config: AppConfig;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * With DATABASE_URL, uses that server. Without, starts the embedded PostgreSQL persisted
 * under DATA_DIR/postgres (or in memory when `inMemory`).
 */
export async function resolveDatabase(config: AppConfig, { inMemory = false } = {}): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { config, embedded: false, close: async () => undefined };
  const server = await startEmbeddedPostgres(inMemory ? undefined : path.join(config.dataDir, 'postgres'));
  const resolved = Object.assign(new AppConfig(), config, { databaseUrl: server.url, embeddedDatabase: true });
  return { config: resolved, embedded: true, close: () => server.stop() };
}
