import '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSP_NONCE_PLACEHOLDER, SESSION_HINT_COOKIE } from '@walikota/shared-contracts';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { AppConfig } from '../config/app-config';
import { contentSecurityPolicyHeader } from '../security/security';
import { deferAppScripts } from './deferred-scripts';
import { loadPageRenderer, withNonce } from './page-renderer';

const API_PREFIXES = ['/api/', '/open311/'];
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** The page templates: only ever sent through the handler below, with a nonce. */
const TEMPLATES = ['/index.html', '/index.csr.html'];

/**
 * Serves the built Angular app from the API's port: its files as they are, and a page for any
 * other GET outside the API so deep links work. A visitor's public page is rendered on the server
 * (page-renderer.ts); a signed-in user's page, a page the server does not render and any failure
 * get the template the browser renders. Each response gets a fresh nonce, put where the page has
 * the placeholder: Angular puts it on the styles and scripts it adds (`ngCspNonce`), so the policy
 * needs no 'unsafe-inline'. Returns false when there is no build.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const root = path.resolve(config.webDistDir);
  // index.csr.html when the build has a server bundle, index.html when it has not.
  const templateFile = ['index.csr.html', 'index.html'].map((name) => path.join(root, name)).find((file) => existsSync(file));
  if (!templateFile) return false;
  const browserPage = readFileSync(templateFile, 'utf8');
  const inlineStylesheet = stylesheetInliner(root, browserPage);
  const asServed = (html: string) => deferAppScripts(inlineStylesheet(literalNoscript(html)));
  const renderer = await loadPageRenderer(app, config, asServed);
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Our own Cache-Control below, not the plugin's default `max-age=0`.
    cacheControl: false,
    // The build writes .br/.gz copies of text files (apps/web/tools/precompress.mjs).
    preCompressed: true,
    allowedPath: (pathName: string) => !TEMPLATES.includes(pathName),
    setHeaders: (res, filePath) => {
      // Angular's output file names carry a content hash.
      const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(filePath);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', async (request, reply) => {
      if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix)) || request.url === '/api') return reply.callNotFound();
      // A missing file (favicon.ico, an old chunk) is a 404, not the app's page.
      if (/\.[a-z0-9]{1,8}$/i.test(request.url.split('?')[0])) return reply.callNotFound();
      const signedIn = request.cookies?.[SESSION_HINT_COOKIE] !== undefined;
      const rendered = renderer && !signedIn ? await renderer.render(request) : null;
      // Only a path on this site: the page asked to go elsewhere in the app.
      if (rendered?.location?.startsWith('/') && !rendered.location.startsWith('//')) {
        return reply.header('Cache-Control', 'no-cache').redirect(rendered.location, rendered.status);
      }
      const nonce = randomBytes(16).toString('base64');
      const html = Buffer.from(withNonce(rendered?.html ?? browserPage, nonce));
      const encoding = acceptedEncoding(request.headers['accept-encoding']);
      reply
        .status(rendered?.status ?? 200)
        .header('Cache-Control', 'no-cache')
        // The same address answers differently to a visitor and a signed-in user, per language and encoding.
        .header('Vary', 'Cookie, Accept-Encoding')
        .header('Content-Security-Policy', contentSecurityPolicyHeader(config, nonce, rendered !== null))
        .type('text/html; charset=utf-8');
      if (!encoding) return reply.send(html);
      // A rendered page is several times smaller compressed: on a slow mobile network that is most of its time.
      const body =
        encoding === 'br'
          ? await brotli(html, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: html.length } })
          : await gzipped(html, { level: 6 });
      return reply.header('Content-Encoding', encoding).send(body);
    });
  return true;
}

/**
 * A page rendered on the server carries the app's stylesheet (7 kB, 2 kB compressed) in the page
 * itself: on a slow mobile network the page shows after one round trip instead of two. The
 * browser-rendered page keeps the link, which the browser caches.
 */
function stylesheetInliner(root: string, template: string): (html: string) => string {
  const link = /<link rel="stylesheet" href="(styles-[A-Za-z0-9]+\.css)">/.exec(template);
  const file = link ? path.join(root, link[1]) : null;
  if (!link || !file || !existsSync(file)) return (html) => html;
  const css = readFileSync(file, 'utf8');
  if (css.includes('</')) return (html) => html;
  const style = `<style nonce="${CSP_NONCE_PLACEHOLDER}">${css}</style>`;
  return (html) => html.replace(link[0], style);
}

/**
 * The server renderer's HTML serializer escapes what `<noscript>` holds (`&lt;style…`); the HTML
 * standard writes it as it is, and only then does the template's fallback for browsers without
 * JavaScript work. The template's own noscript elements are the only ones on a page.
 */
export function literalNoscript(html: string): string {
  return html.replace(/(<noscript>)([\s\S]*?)(<\/noscript>)/g, (_whole, open: string, content: string, close: string) => {
    const literal = content
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    return `${open}${literal}${close}`;
  });
}

/** br when the client takes it, else gzip, else none (q=0 refuses). */
export function acceptedEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return null;
}
