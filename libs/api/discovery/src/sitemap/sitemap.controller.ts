import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { NotFoundDomainException, Public } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { SitemapService } from './sitemap.service';

const XML = 'application/xml; charset=utf-8';
/** The same answer for everyone (only public addresses), so shared caches may keep it. */
const CACHE_AN_HOUR = 'public, max-age=3600';

/**
 * `/sitemap.xml` and its files, at the root of the site where search engines look for them
 * (outside /api: create-http-app.ts, UNPREFIXED_PATHS). Not in the portal's OpenAPI document:
 * the format is the sitemap protocol's.
 */
@ApiExcludeController()
@Public()
@Controller()
export class SitemapController {
  constructor(private readonly sitemap: SitemapService) {}

  @Get('sitemap.xml')
  async sitemapIndex(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const xml = await this.sitemap.index();
    void reply.header('Content-Type', XML).header('Cache-Control', CACHE_AN_HOUR);
    return xml;
  }

  @Get('sitemap-:file')
  async sitemapFile(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const body = await this.sitemap.file(file);
    if (!body) throw new NotFoundDomainException();
    void reply.header('Content-Type', XML).header('Cache-Control', CACHE_AN_HOUR);
    // A report page is up to 50,000 addresses: written as its batches are read, two ahead at most.
    return new StreamableFile(Readable.from(body, { highWaterMark: 2 }));
  }
}
