import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows read per query while the sitemap is written. */
const BATCH_SIZE = 5_000;

/** One petition in the sitemap: its page is `/petisi/<code>`. */
export interface PetitionSitemapEntry {
  code: string;
  lastModified: Date;
}

/**
 * The petitions a search engine may know of (libs/api/discovery): the published ones, open or
 * closed — not drafts, not those waiting for sponsors or moderators, not rejected or hidden ones.
 * Newest first by keyset on `ix_petition_public_opened`, at most `limit` (one sitemap file: a
 * city's published petitions are counted in thousands, far below the protocol's 50,000).
 */
@Injectable()
export class PetitionSitemap {
  constructor(private readonly dataSource: DataSource) {}

  async *entries(limit: number, batchSize = BATCH_SIZE): AsyncGenerator<PetitionSitemapEntry[]> {
    let after: { openedAt: Date; id: string } | undefined;
    let left = limit;
    while (left > 0) {
      const rows: { id: string; code: string; opened_at: Date; updated_at: Date }[] = await this.dataSource.query(
        `SELECT id, code, opened_at, updated_at FROM petition
          WHERE state IN ('open', 'closed') AND opened_at IS NOT NULL ${after ? 'AND (opened_at, id) < ($2, $3)' : ''}
          ORDER BY opened_at DESC, id DESC LIMIT $1`,
        after ? [Math.min(batchSize, left), after.openedAt, after.id] : [Math.min(batchSize, left)],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => ({ code: r.code, lastModified: r.updated_at }));
      left -= rows.length;
      const last = rows[rows.length - 1];
      if (!last) return;
      after = { openedAt: last.opened_at, id: last.id };
      if (rows.length < batchSize) return;
    }
  }

  async hasAny(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM petition WHERE state IN ('open', 'closed') LIMIT 1`);
    return rows.length > 0;
  }
}
