import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';

/** The strict policy every page and response gets: only our own origin, no inline code. */
export function contentSecurityPolicy(config: AppConfig): Record<string, string[]> {
  const https = config.publicUrl.startsWith('https:');
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(config.mapTileUrl ? [tileOrigin(config.mapTileUrl)] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** The origin of a tile URL template for the CSP; a `{s}` subdomain becomes a wildcard. */
export function tileOrigin(template: string): string {
  const host = /^https:\/\/([^/]+)\//.exec(template)?.[1] ?? '';
  return `https://${host.replace('{s}', '*')}`;
}

/**
 * The policy as a header value; `nonce` admits the Angular app's own component styles and, with
 * `scriptsToo`, the inline loader of a page rendered on the server (deferred-scripts.ts).
 */
export function contentSecurityPolicyHeader(config: AppConfig, nonce?: string, scriptsToo = false): string {
  const directives = contentSecurityPolicy(config);
  if (nonce) directives['style-src'] = [...directives['style-src'], `'nonce-${nonce}'`];
  if (nonce && scriptsToo) directives['script-src'] = [...directives['script-src'], `'nonce-${nonce}'`];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join(';');
}

// Swagger UI ships inline styles and an inline bootstrap; it alone gets them.
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

export async function applySecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/docs')) reply.header('Content-Security-Policy', DOCS_CSP);
    });
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
  });
}
