import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { contentDisposition } from './file-type';
import { UploadDto } from './upload.dto';

/**
 * Sends a stored upload: PDFs download, images show inline; nothing in the file may run or load
 * anything (a sandboxing policy), and the browser must not guess another type.
 */
export function uploadResponse(reply: FastifyReply, opened: { meta: UploadDto; stream: Readable }, cacheControl: string): StreamableFile {
  void reply.headers({
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  return new StreamableFile(opened.stream, {
    type: opened.meta.contentType,
    length: opened.meta.byteSize,
    disposition: contentDisposition(opened.meta.contentType === 'application/pdf' ? 'attachment' : 'inline', opened.meta.name),
  });
}
