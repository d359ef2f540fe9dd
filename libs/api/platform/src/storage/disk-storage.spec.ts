import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DiskStorage } from './disk-storage';
import { StoredFileNotFoundError, newStorageKey } from './file-storage';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe(DiskStorage.name, () => {
  let root: string;
  let storage: DiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'walikota-storage-'));
    storage = new DiskStorage(path.join(root, 'uploads'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads back and deletes a file under a sharded path', async () => {
    const key = newStorageKey();
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Buffer.from('isi berkas'));
    expect(await storage.exists(key)).toBe(true);
    expect(storage.pathOf(key)).toBe(path.join(root, 'uploads', key.slice(0, 2), key.slice(2, 4), key));
    expect(await readFile(storage.pathOf(key), 'utf8')).toBe('isi berkas');
    expect((await readAll(await storage.get(key))).toString()).toBe('isi berkas');

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('replaces a file atomically and leaves no temporary file behind', async () => {
    const key = newStorageKey();
    await storage.put(key, Buffer.from('satu'));
    await storage.put(key, Buffer.from('dua'));
    expect((await readAll(await storage.get(key))).toString()).toBe('dua');
    expect(await readdir(path.dirname(storage.pathOf(key)))).toEqual([key]);
  });

  it('rejects a missing file with StoredFileNotFoundError when opened, not mid-stream', async () => {
    await expect(storage.get(newStorageKey())).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('accepts only its own random keys, so no key reaches outside the root', async () => {
    expect(newStorageKey()).toMatch(/^[0-9a-f]{32}$/);
    expect(newStorageKey()).not.toBe(newStorageKey());
    for (const key of ['../../etc/passwd', 'foto.jpg', '', 'AB'.repeat(16), `${'a'.repeat(31)}/`]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Not a storage key/);
      await expect(storage.exists(key)).rejects.toThrow(/Not a storage key/);
    }
    expect(await readdir(root)).toEqual([]);
  });
});
