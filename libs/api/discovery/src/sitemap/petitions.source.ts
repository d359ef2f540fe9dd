import { Injectable } from '@nestjs/common';
import { PetitionSitemap } from '@walikota/api-petitions';
import type { SitemapSource, SitemapUrl } from './sitemap-source';

/**
 * `sitemap-petitions.xml`: each published petition at its page. Which petitions is the petitions
 * module's business (`PetitionSitemap`).
 */
@Injectable()
export class PetitionsSitemap implements SitemapSource {
  readonly name = 'petitions';
  readonly paged = false;

  constructor(private readonly petitions: PetitionSitemap) {}

  async pages(): Promise<number[]> {
    return (await this.petitions.hasAny()) ? [1] : [];
  }

  async *urls(page: number, pageSize: number): AsyncGenerator<readonly SitemapUrl[]> {
    if (page !== 1) return;
    for await (const batch of this.petitions.entries(pageSize)) {
      yield batch.map((p) => ({ path: `/petisi/${encodeURIComponent(p.code)}`, lastModified: p.lastModified }));
    }
  }
}
