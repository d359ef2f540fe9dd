import { Injectable } from '@nestjs/common';
import type { SitemapSource, SitemapUrl } from './sitemap-source';

/**
 * The web app's public pages that are worth a search engine's visit (apps/web/src/app/app.routes.ts
 * and the reports routes): the home page, the public list of reports, their statistics, the list
 * of petitions, the departments and the tracking page. Not the placeholders of planned modules, the account pages or
 * the staff area (see robots-txt.ts).
 */
export const PUBLIC_PAGES: readonly string[] = ['/', '/aspirasi', '/aspirasi/statistik', '/petisi', '/perangkat-daerah', '/lacak'];

/** `sitemap-pages.xml`. */
@Injectable()
export class PublicPagesSitemap implements SitemapSource {
  readonly name = 'pages';
  readonly paged = false;

  async pages(): Promise<number[]> {
    return [1];
  }

  async *urls(page: number): AsyncGenerator<readonly SitemapUrl[]> {
    if (page === 1) yield PUBLIC_PAGES.map((path) => ({ path }));
  }
}
