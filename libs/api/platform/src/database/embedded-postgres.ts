import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the normal `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind a local socket so the application
 * uses the same `pg` driver and code path as with a real server. `dir` persists the data;
 * `undefined` keeps it in memory (tests). A lock file stops two processes sharing a folder,
 * which would corrupt it.
 */
export async function startEmbeddedPostgres(dir?: string): Promise<EmbeddedPostgres> {
  const lockFile = dir ? acquireLock(dir) : undefined;
  try {
    const db = await PGlite.create(dir ? path.resolve(dir) : 'memory://', { extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        if (lockFile) rmSync(lockFile, { force: true });
      },
    };
  } catch (error) {
    if (lockFile) rmSync(lockFile, { force: true });
    throw error;
  }
}

function acquireLock(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, 'walikota.pid');
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${path.resolve(dir)} is in use by process ${pid}. Stop it first (for example the running \`npm start\`).`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return lockFile;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
