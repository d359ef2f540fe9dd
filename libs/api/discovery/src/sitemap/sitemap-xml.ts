import type { SitemapUrl } from './sitemap-source';

/** https://www.sitemaps.org/protocol.html */
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or an attribute value (the protocol asks for all five entities). */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An address on the portal: PUBLIC_URL, then the path. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return publicUrl.replace(/\/+$/, '') + path;
}

/** W3C Datetime to the second, in UTC (`2026-05-01T03:04:05Z`). */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The sitemap index: the absolute address of every sitemap file. */
export function sitemapIndexXml(locations: readonly string[]): string {
  const entries = locations.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>\n`).join('');
  return `${DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${entries}</sitemapindex>\n`;
}

/** One sitemap file, piece by piece as the batches of addresses come. */
export async function* urlsetXml(publicUrl: string, batches: AsyncIterable<readonly SitemapUrl[]>): AsyncGenerator<string> {
  yield `${DECLARATION}<urlset xmlns="${NAMESPACE}">\n`;
  for await (const urls of batches) {
    if (urls.length) yield urls.map((url) => urlXml(publicUrl, url)).join('');
  }
  yield '</urlset>\n';
}

function urlXml(publicUrl: string, { path, lastModified }: SitemapUrl): string {
  const lastmod = lastModified ? `<lastmod>${w3cDateTime(lastModified)}</lastmod>` : '';
  return `<url><loc>${xmlEscape(absoluteUrl(publicUrl, path))}</loc>${lastmod}</url>\n`;
}
