import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

const API_PREFIXES = ['/api/', '/open311/'];

/**
 * Serves the built Angular app from the API's port: its files as they are, and index.html for
 * any other GET outside the API so deep links work. Returns false when there is no build.
 */
export async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Our own Cache-Control below, not the plugin's default `max-age=0`.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      // Angular's output file names carry a content hash.
      const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(filePath);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix)) || request.url === '/api') return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', root);
    });
  return true;
}
