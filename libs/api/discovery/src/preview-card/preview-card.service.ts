import { Injectable } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import sharp from 'sharp';
import { previewCardSvg } from './preview-card-svg';

/**
 * The default link-preview card (`og:image`) as PNG: rendered from SVG on first use and kept in
 * memory, since it changes only with the deployment (its city and address).
 */
@Injectable()
export class PreviewCardService {
  private card?: Promise<Buffer>;

  constructor(
    private readonly reference: ReferenceService,
    private readonly config: AppConfig,
  ) {}

  png(): Promise<Buffer> {
    // A failed rendering is tried again by the next request rather than kept.
    this.card ??= this.render().catch((error: unknown) => {
      this.card = undefined;
      throw error;
    });
    return this.card;
  }

  private async render(): Promise<Buffer> {
    const { cityName } = await this.reference.site();
    const svg = previewCardSvg({ city: cityName, host: new URL(this.config.publicUrl).host });
    // Opaque: the card paints every pixel, and some previews show a transparent PNG on black.
    return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
  }
}
