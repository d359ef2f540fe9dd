import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@walikota/api-notifications';
import { FILE_STORAGE, FileStorage } from '@walikota/api-platform';
import { DataSource } from 'typeorm';

export const UPLOAD_CLEANUP_JOB = 'uploads.cleanup';
/** An upload nobody attached to anything within a day was abandoned (a form never sent). */
export const UNCLAIMED_TTL_MS = 24 * 60 * 60_000;
const RUN_EVERY_MS = 60 * 60_000;
const BATCH = 500;
const MAX_BATCHES_PER_RUN = 200;

/**
 * Deletes abandoned uploads, rows first and then files, every hour. Safe on any number of
 * instances and idempotent: each batch deletes only rows no one else holds (SKIP LOCKED skips
 * rows being claimed or deleted elsewhere). A crash between the two steps leaves at worst an
 * orphan file, never a row without its file.
 */
@Injectable()
export class UploadCleanupService implements OnModuleInit {
  private readonly logger = new Logger('Uploads');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: UPLOAD_CLEANUP_JOB, everyMs: RUN_EVERY_MS, run: async () => void (await this.deleteAbandoned()) });
  }

  /** Deletes unclaimed uploads created before `now` minus a day; returns how many. */
  async deleteAbandoned(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNCLAIMED_TTL_MS);
    let deleted = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const [rows]: [{ storage_key: string }[], number] = await this.dataSource.query(
        `DELETE FROM upload WHERE id IN (
           SELECT id FROM upload WHERE claimed_at IS NULL AND created_at < $1
           ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING storage_key`,
        [cutoff, BATCH],
      );
      for (const row of rows) await this.storage.delete(row.storage_key);
      deleted += rows.length;
      if (rows.length < BATCH) break;
    }
    if (deleted > 0) this.logger.log(`Deleted ${deleted} abandoned upload(s)`);
    return deleted;
  }
}
