import { Injectable } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The newest entry a verification found intact: its place in the chain and its hash. */
export interface AuditChainHead {
  seq: number;
  hash: string;
  /** When it was recorded (ISO 8601). */
  recordedAt: string;
}

/**
 * Remembers, outside the database, the head of the chain the last successful verification saw
 * (`DATA_DIR/audit-chain-head.json`, on the API's volume rather than the database server). A
 * chain cannot show by itself that its newest entries were cut off or that it was emptied, nor
 * that it was rewritten from some entry on with fresh hashes; the next verification compares the
 * stored chain with this anchor and reports either. It only moves forward.
 */
@Injectable()
export class AuditAnchorStore {
  private readonly file: string;

  constructor(config: AppConfig) {
    this.file = path.resolve(config.dataDir, 'audit-chain-head.json');
  }

  async read(): Promise<AuditChainHead | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const value: unknown = JSON.parse(text);
    if (!isHead(value))
      throw new Error(`${this.file} is not an audit chain head; remove it to anchor afresh (audit:verify --reset-anchor)`);
    return value;
  }

  /** Records `head` unless the anchor already is at or beyond it (replace: write anyway). */
  async advance(head: Omit<AuditChainHead, 'recordedAt'>): Promise<void> {
    const current = await this.read();
    if (current && current.seq >= head.seq) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    // Write then rename, so that a reader never sees half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ ...head, recordedAt: new Date().toISOString() }) + '\n', { mode: 0o600 });
    await rename(temporary, this.file);
  }

  /** Forgets the anchor (an operator's decision, e.g. after restoring the database on purpose). */
  async reset(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

function isHead(value: unknown): value is AuditChainHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(head['seq']) &&
    typeof head['hash'] === 'string' &&
    /^[0-9a-f]{64}$/.test(head['hash']) &&
    typeof head['recordedAt'] === 'string'
  );
}
