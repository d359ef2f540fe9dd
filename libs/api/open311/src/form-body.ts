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
    done(null, Object.fromEntries(Object.entries(parse(String(body)))));
  });
}
