/** One address in the sitemap. */
export interface SitemapUrl {
  /** A path on the portal (`/lacak/LPR-2026-004217`); the sitemap writes it after PUBLIC_URL. */
  path: string;
  /** Its last change, when known (`<lastmod>`). */
  lastModified?: Date;
}

/**
 * Where the sitemap's addresses come from: the portal's public pages, the reports, and each
 * future module with public pages (petitions…). A source answers only with what a visitor may
 * read — the owning module's own publication rule decides, never the sitemap.
 *
 * A source is listed in `SITEMAP_SOURCES` (sitemap-sources.ts), and that is all it takes
 * (docs/architecture.md, "Adding a module").
 */
export interface SitemapSource {
  /** In the file names: `sitemap-<name>.xml`, or `sitemap-<name>-<page>.xml` when paged. Lower-case letters. */
  readonly name: string;
  /** Whether it may outgrow one file (paged, at most AppConfig.sitemapPageSize addresses a page). */
  readonly paged: boolean;
  /** The pages (1, 2, …) that hold at least one address, in order; an unpaged source has page 1 or none. */
  pages(pageSize: number): Promise<number[]>;
  /** One page's addresses, in batches; nothing at all for a page it does not have. */
  urls(page: number, pageSize: number): AsyncIterable<readonly SitemapUrl[]>;
}
