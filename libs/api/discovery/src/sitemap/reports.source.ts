import { Injectable } from '@nestjs/common';
import { ReportSitemap } from '@walikota/api-reports';
import type { SitemapSource, SitemapUrl } from './sitemap-source';

/**
 * `sitemap-reports-<n>.xml`: each report a visitor may read, at its tracking page. Which reports,
 * and how the pages are cut, is the reports module's business (`ReportSitemap`).
 */
@Injectable()
export class ReportsSitemap implements SitemapSource {
  readonly name = 'reports';
  readonly paged = true;

  constructor(private readonly reports: ReportSitemap) {}

  pages(pageSize: number): Promise<number[]> {
    return this.reports.pages(pageSize);
  }

  async *urls(page: number, pageSize: number): AsyncGenerator<readonly SitemapUrl[]> {
    for await (const batch of this.reports.entries(page, pageSize)) {
      yield batch.map((r) => ({ path: `/lacak/${encodeURIComponent(r.code)}`, lastModified: r.lastModified }));
    }
  }
}
