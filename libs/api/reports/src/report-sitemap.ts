import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isListed } from './report-access';
import type { ReportPrivacy, ReportStatus } from './report-workflow';

/**
 * The number in a report's code (`LPR-2026-004217` → 4217), drawn once from `report_code_seq`,
 * so it never repeats. Written exactly as the index `ix_report_listed_code_number` is (migration
 * 1795400400000), or the planner will not use it.
 */
const CODE_NUMBER = `CAST(substring(code FROM '[0-9]{1,18}$') AS bigint)`;

/** Rows read per query while a page is written. */
const BATCH_SIZE = 5_000;

/** One report in the sitemap: its address is `/lacak/<code>`. */
export interface ReportSitemapEntry {
  code: string;
  /** Its last change. */
  lastModified: Date;
}

interface Row {
  code: string;
  updated_at: Date;
  privacy: ReportPrivacy;
  status: ReportStatus;
  verified_at: Date | null;
  n: string;
}

/**
 * The reports a search engine may know of, for the sitemap (libs/api/discovery): the listed
 * ones — content public (`contentIsPublic`: verified, not rejected, never confidential) and not
 * merged into another report, whose page would repeat the original's. Page `n` of `pageSize`
 * holds the listed reports whose code number lies in `[(n-1)·pageSize, n·pageSize)`: at most
 * `pageSize` (the protocol's 50,000), found by ranges of one index without OFFSET or count, and
 * the same page keeps the same reports as the table grows.
 */
@Injectable()
export class ReportSitemap {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The pages (1, 2, …) holding at least one listed report, in order: one index probe per page
   * (each step looks up the first code number at or past the next page's start).
   */
  async pages(pageSize: number): Promise<number[]> {
    const rows: { n: string }[] = await this.dataSource.query(
      `WITH RECURSIVE page(n) AS (
         SELECT min(${CODE_NUMBER}) / $1 FROM report WHERE listed
         UNION ALL
         SELECT (SELECT min(${CODE_NUMBER}) / $1 FROM report WHERE listed AND ${CODE_NUMBER} >= (page.n + 1) * $1)
           FROM page WHERE page.n IS NOT NULL
       )
       SELECT n FROM page WHERE n IS NOT NULL`,
      [pageSize],
    );
    return rows.map((row) => Number(row.n) + 1);
  }

  /**
   * The listed reports of one page in code order, in batches read by keyset on the code number;
   * nothing for a page that holds none. Only the columns the sitemap and the rule need are read.
   * Each batch is bounded below only (`> after … LIMIT`), so that the planner always walks the
   * index in order and stops at the limit, statistics or not; rows past the page's end, at most
   * one batch, are left out here.
   */
  async *entries(page: number, pageSize: number, batchSize = BATCH_SIZE): AsyncGenerator<ReportSitemapEntry[]> {
    const end = page * pageSize;
    let after = (page - 1) * pageSize - 1;
    while (after < end - 1) {
      // Code numbers never repeat: no more rows than numbers left in the page are needed.
      const limit = Math.min(batchSize, end - 1 - after);
      const rows: Row[] = await this.dataSource.query(
        `SELECT code, updated_at, privacy, status, verified_at, ${CODE_NUMBER} AS n
           FROM report
          WHERE listed AND ${CODE_NUMBER} > $1
          ORDER BY ${CODE_NUMBER}
          LIMIT $2`,
        [after, limit],
      );
      const inPage = rows.filter((r) => Number(r.n) < end);
      // The stored flag is the rule's own result (`isListed`, written with every status change);
      // the rule is applied again so that nothing it refuses is ever listed.
      const listed = inPage.filter((r) => isListed({ privacy: r.privacy, status: r.status, verifiedAt: r.verified_at }));
      if (listed.length) yield listed.map((r) => ({ code: r.code, lastModified: r.updated_at }));
      if (inPage.length < limit) return;
      after = Number(inPage[inPage.length - 1].n);
    }
  }
}
