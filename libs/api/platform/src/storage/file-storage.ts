import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files are kept: a local disk today, an S3-compatible bucket later. Keys are
 * opaque random strings made by `newStorageKey()`, never names a user chose.
 */
export interface FileStorage {
  /** Stores `data` under `key` atomically: readers see the whole file or none of it. */
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes; rejects with StoredFileNotFoundError when there is nothing under `key`. */
  get(key: string): Promise<Readable>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** The DI token of the configured FileStorage (STORAGE_DRIVER). */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** 32 lower-case hex characters: 128 random bits, safe in any path or object name. */
export const STORAGE_KEY_PATTERN = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
}

export class StoredFileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under ${key}`);
    this.name = 'StoredFileNotFoundError';
  }
}
