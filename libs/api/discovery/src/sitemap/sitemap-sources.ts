import type { DynamicModule, Type } from '@nestjs/common';
import { PetitionsModule } from '@walikota/api-petitions';
import { ReportsModule } from '@walikota/api-reports';
import { PetitionsSitemap } from './petitions.source';
import { PublicPagesSitemap } from './public-pages.source';
import { ReportsSitemap } from './reports.source';
import type { SitemapSource } from './sitemap-source';

export interface SitemapSourceEntry {
  source: Type<SitemapSource>;
  /** The module whose exports the source reads (DiscoveryModule imports it). */
  module?: Type<unknown> | DynamicModule;
}

/**
 * Every source of the sitemap, in the order of the sitemap index. A module with public pages adds
 * its source here and nowhere else (docs/architecture.md, "Adding a module"): a class implementing
 * `SitemapSource` over what the module exports, as `ReportsSitemap` reads `ReportSitemap`.
 */
export const SITEMAP_SOURCES: readonly SitemapSourceEntry[] = [
  { source: PublicPagesSitemap },
  { source: ReportsSitemap, module: ReportsModule },
  { source: PetitionsSitemap, module: PetitionsModule },
];
