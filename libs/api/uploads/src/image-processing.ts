import { FieldDomainException } from '@walikota/api-platform';
import sharp from 'sharp';
import { UploadContentType } from './file-type';

/** Larger images are refused: a small file can declare a huge canvas (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface ProcessedImage {
  data: Buffer;
  width: number;
  height: number;
}

const SHARP_FORMAT: Record<Exclude<UploadContentType, 'application/pdf'>, keyof sharp.FormatEnum> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * Decodes and re-encodes an image in its own format. Re-encoding drops every metadata block
 * (EXIF with GPS position and camera serial, XMP, IPTC, comments; sharp keeps none unless asked)
 * and anything appended after the image data; the EXIF orientation is applied to the pixels
 * first, so the photo still shows the right way up. Animated images keep their first frame.
 */
export async function reencodeImage(input: Buffer, type: Exclude<UploadContentType, 'application/pdf'>): Promise<ProcessedImage> {
  const options: sharp.SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' };
  let metadata: sharp.Metadata;
  try {
    // Reads only the header (so no pixel limit yet): the canvas size is checked before any
    // pixel is decoded.
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new FieldDomainException('file', 'image_unreadable');
  }
  if (metadata.format !== SHARP_FORMAT[type]) throw new FieldDomainException('file', 'image_unreadable');
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_IMAGE_PIXELS) {
    throw new FieldDomainException('file', 'image_too_large', { megapixels: MAX_IMAGE_PIXELS / 1_000_000 });
  }
  try {
    const pipeline = sharp(input, options).rotate();
    const encoded =
      type === 'image/jpeg'
        ? pipeline.jpeg({ quality: 85, mozjpeg: true })
        : type === 'image/png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new FieldDomainException('file', 'image_unreadable');
  }
}
