import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { PreviewCardService } from './preview-card.service';

/** Where the web app's pages point `og:image` and `twitter:image` unless a page has its own. */
export const PREVIEW_CARD_PATH = '/og/kartu.png';

/** The link-preview card, outside /api and outside the OpenAPI document (an image, not JSON). */
@ApiExcludeController()
@Public()
@Controller()
export class PreviewCardController {
  constructor(private readonly card: PreviewCardService) {}

  @Get(PREVIEW_CARD_PATH.slice(1))
  async previewCard(@Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const png = await this.card.png();
    void reply.header('Content-Type', 'image/png').header('Cache-Control', 'public, max-age=86400');
    return png;
  }
}
