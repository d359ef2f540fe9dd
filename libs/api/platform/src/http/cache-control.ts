import type { FastifyInstance } from 'fastify';

/**
 * `Cache-Control: private, no-store` on every response to a signed-in caller (cookie session or
 * API key: `request.user` is set) and on every response that sets a cookie, unless the route
 * chose its own header: such responses hold personal data (or credentials) that neither a shared
 * proxy nor the browser's disk cache may keep. Visitors' public responses are left alone.
 * Register after @fastify/cookie: its own onSend hook writes the Set-Cookie header.
 */
export function preventCachingOfPersonalResponses(instance: FastifyInstance): void {
  instance.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control') && (request.user !== undefined || reply.hasHeader('set-cookie'))) {
      void reply.header('Cache-Control', 'private, no-store');
    }
    return payload;
  });
}
