import type { FastifyInstance } from 'fastify';
import { parse } from 'node:querystring';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Parses form-encoded bodies, which Open311 clients send, on the Open311 routes only: the
 * portal's own routes keep refusing them (415), so a cross-site form cannot reach them.
 */
export function registerOpen311FormParser(fastify: FastifyInstance, pathPrefix: string, bodyLimit: number): void {
  if (fastify.hasContentTypeParser(FORM)) return;
  fastify.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit }, (request, body, done) => {
    if (!request.url.startsWith(pathPrefix)) {
      done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
      return;
    }
    // Own properties only (a `__proto__` key stays a plain key); repeated keys become arrays.
    done(null, foldAttributes(Object.fromEntries(Object.entries(parse(String(body))))));
  });
}

const ATTRIBUTE_KEY = /^attribute\[([^\]]*)\]$/;

/**
 * `attribute[code]=value` fields as one `attribute` object (`{ code: value }`), as Open311
 * clients send a service's questions; every other field as it came. A plain `attribute` field is
 * left for the validation to refuse.
 */
export function foldAttributes(fields: Record<string, string | string[] | undefined>): Record<string, unknown> {
  const folded: Record<string, unknown> = {};
  const attributes: Record<string, string | string[]> = Object.create(null);
  let found = false;
  for (const [key, value] of Object.entries(fields)) {
    const match = ATTRIBUTE_KEY.exec(key);
    if (match && value !== undefined) {
      attributes[match[1]] = value;
      found = true;
    } else folded[key] = value;
  }
  if (found && !('attribute' in folded)) folded['attribute'] = { ...attributes };
  return folded;
}
