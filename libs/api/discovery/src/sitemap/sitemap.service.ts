import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import type { SitemapSource, SitemapUrl } from './sitemap-source';
import { absoluteUrl, sitemapIndexXml, urlsetXml } from './sitemap-xml';

/** Every source, in SITEMAP_SOURCES order (DiscoveryModule provides it). */
export const SITEMAP_SOURCE_LIST = Symbol('SITEMAP_SOURCE_LIST');

/** What follows `/sitemap-`: `pages.xml`, `reports-3.xml` (pages count from 1, no leading zero). */
const FILE_NAME = /^([a-z]+)(?:-([1-9][0-9]{0,8}))?\.xml$/;

/** The sitemap (https://www.sitemaps.org/protocol.html): an index of files, each source's pages. */
@Injectable()
export class SitemapService {
  constructor(
    @Inject(SITEMAP_SOURCE_LIST) private readonly sources: readonly SitemapSource[],
    private readonly config: AppConfig,
  ) {}

  /** `/sitemap.xml`: the address of every file that holds at least one address. */
  async index(): Promise<string> {
    const files: string[] = [];
    for (const source of this.sources) {
      for (const page of await source.pages(this.config.sitemapPageSize))
        files.push(source.paged ? `sitemap-${source.name}-${page}.xml` : `sitemap-${source.name}.xml`);
    }
    return sitemapIndexXml(files.map((file) => absoluteUrl(this.config.publicUrl, `/${file}`)));
  }

  /**
   * `/sitemap-<name>.xml` or `/sitemap-<name>-<page>.xml` as pieces of XML, or null when there is
   * no such file (404). The first addresses are read before answering, so that a page that holds
   * none is a 404 rather than an empty file.
   */
  async file(fileName: string): Promise<AsyncIterable<string> | null> {
    const match = FILE_NAME.exec(fileName);
    const source = match && this.sources.find((s) => s.name === match[1]);
    if (!match || !source || source.paged !== (match[2] !== undefined)) return null;
    const batches = source.urls(source.paged ? Number(match[2]) : 1, this.config.sitemapPageSize)[Symbol.asyncIterator]();
    let first = await batches.next();
    while (!first.done && first.value.length === 0) first = await batches.next();
    if (first.done) return null;
    const firstBatch = first.value;
    async function* all(): AsyncGenerator<readonly SitemapUrl[]> {
      yield firstBatch;
      for (let next = await batches.next(); !next.done; next = await batches.next()) yield next.value;
    }
    return urlsetXml(this.config.publicUrl, all());
  }
}
