import { Module } from '@nestjs/common';
import { ReferenceModule } from '@walikota/api-reference';
import { PreviewCardController } from './preview-card/preview-card.controller';
import { PreviewCardService } from './preview-card/preview-card.service';
import { RobotsController } from './robots/robots.controller';
import { SITEMAP_SOURCES } from './sitemap/sitemap-sources';
import type { SitemapSource } from './sitemap/sitemap-source';
import { SitemapController } from './sitemap/sitemap.controller';
import { SITEMAP_SOURCE_LIST, SitemapService } from './sitemap/sitemap.service';

const sources = SITEMAP_SOURCES.map((entry) => entry.source);
const sourceModules = [...new Set(SITEMAP_SOURCES.flatMap((entry) => (entry.module ? [entry.module] : [])))];

/**
 * What search engines and link previews read, at the root of the site (docs/product.md, "Link
 * previews and search engines"): `/sitemap.xml` and its files, `/robots.txt` and the default
 * preview card `/og/kartu.png`. Owns no table: the addresses come from the modules' exports.
 */
@Module({
  imports: [ReferenceModule, ...sourceModules],
  controllers: [SitemapController, RobotsController, PreviewCardController],
  providers: [
    ...sources,
    { provide: SITEMAP_SOURCE_LIST, useFactory: (...list: SitemapSource[]) => list, inject: sources },
    SitemapService,
    PreviewCardService,
  ],
})
export class DiscoveryModule {}
