import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppConfig } from '../config/app-config';
import { contentSecurityPolicyHeader } from '../security/security';

const API_PREFIXES = ['/api/', '/open311/'];

/**
 * Serves the built Angular app from the API's port: its files as they are, and index.html for
 * any other GET outside the API so deep links work. Each page gets a fresh nonce that Angular
 * puts on the component styles it injects (`ngCspNonce`), so the policy needs no
 * 'unsafe-inline'. Returns false when there is no build.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const root = path.resolve(config.webDistDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Our own Cache-Control below, not the plugin's default `max-age=0`.
    cacheControl: false,
    // The build writes .br/.gz copies of text files (apps/web/tools/precompress.mjs).
    preCompressed: true,
    // index.html only through the handler below, with its nonce.
    allowedPath: (pathName: string) => pathName !== '/index.html',
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
      // A missing file (favicon.ico, sitemap.xml, an old chunk) is a 404, not the app's page.
      if (/\.[a-z0-9]{1,8}$/i.test(request.url.split('?')[0])) return reply.callNotFound();
      const nonce = randomBytes(16).toString('base64');
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Content-Security-Policy', contentSecurityPolicyHeader(config, nonce))
        .type('text/html; charset=utf-8')
        .send(indexHtml.replace('<app-root', `<app-root ngCspNonce="${nonce}"`));
    });
  return true;
}
