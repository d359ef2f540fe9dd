import fastifyMultipart from '@fastify/multipart';
import { FieldDomainException } from '@walikota/api-platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The one file of an upload request, read into memory (at most the configured limit). */
export interface ReceivedFile {
  data: Buffer;
  fileName: string;
  declaredType: string;
}

const registered = new WeakSet<FastifyInstance>();
/** Anything beyond one file and a few small fields is refused while parsing. */
const LIMITS = { files: 1, fields: 5, fieldSize: 1024, fieldNameSize: 100, headerPairs: 50 };

/**
 * Lets Fastify accept multipart/form-data. Registered once per server; the parser only marks
 * the request, and a route reads the stream itself with `readSingleFile`.
 */
export function registerMultipart(fastify: FastifyInstance, maxBytes: number): void {
  if (registered.has(fastify)) return;
  registered.add(fastify);
  void fastify.register(fastifyMultipart, {
    limits: { ...LIMITS, fileSize: maxBytes },
  });
}

/**
 * Reads the single part `file` as it streams in. Past `maxBytes` the parser stops keeping the
 * data and the upload is refused, so an oversized or endless body never fills memory.
 * Every problem with the request becomes a 400 about the field `file`.
 */
export async function readSingleFile(request: FastifyRequest, maxBytes: number): Promise<ReceivedFile> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) throw new FieldDomainException('file', 'file_required');
  let received: ReceivedFile | undefined;
  try {
    // Read to the end, so a second file or a stray field is noticed rather than ignored.
    for await (const part of request.parts({ limits: { ...LIMITS, fileSize: maxBytes } })) {
      if (part.type === 'file' && part.fieldname === 'file' && part.filename && !received) {
        received = { data: await part.toBuffer(), fileName: part.filename, declaredType: part.mimetype };
      } else {
        const misnamedFile = part.type === 'file' && part.fieldname !== 'file' && !received;
        throw new FieldDomainException('file', misnamedFile ? 'file_required' : 'file_only_one');
      }
    }
  } catch (error) {
    if (error instanceof FieldDomainException) throw error;
    switch ((error as { code?: string }).code) {
      case 'FST_REQ_FILE_TOO_LARGE':
        throw new FieldDomainException('file', 'file_too_large', { max: formatBytes(maxBytes) });
      case 'FST_FIELDS_LIMIT':
      case 'FST_FILES_LIMIT':
      case 'FST_PARTS_LIMIT':
        throw new FieldDomainException('file', 'file_only_one');
      default:
        // A malformed body (no boundary, cut short, …): the client's fault, never a 500.
        throw new FieldDomainException('file', 'file_unreadable');
    }
  }
  if (!received) throw new FieldDomainException('file', 'file_required');
  return received;
}

export function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes >= mib ? `${Number((bytes / mib).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
