import { absoluteUrl, sitemapIndexXml, urlsetXml, w3cDateTime, xmlEscape } from './sitemap-xml';
import type { SitemapUrl } from './sitemap-source';

async function text(pieces: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const piece of pieces) all += piece;
  return all;
}

async function* batches(...list: SitemapUrl[][]): AsyncGenerator<SitemapUrl[]> {
  yield* list;
}

describe('sitemap XML', () => {
  it('escapes the five characters the protocol names', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('writes addresses after PUBLIC_URL, with or without its trailing slash', () => {
    expect(absoluteUrl('https://kota.example', '/lacak')).toBe('https://kota.example/lacak');
    expect(absoluteUrl('https://kota.example/portal/', '/')).toBe('https://kota.example/portal/');
  });

  it('dates to the second in UTC (W3C Datetime)', () => {
    expect(w3cDateTime(new Date('2026-05-01T10:20:30.456+07:00'))).toBe('2026-05-01T03:20:30Z');
  });

  it('writes an index of escaped addresses', () => {
    expect(sitemapIndexXml(['https://k.example/a&b/sitemap-pages.xml'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap><loc>https://k.example/a&amp;b/sitemap-pages.xml</loc></sitemap>\n' +
        '</sitemapindex>\n',
    );
  });

  it('writes a file from its batches, lastmod only where known, skipping empty batches', async () => {
    const xml = await text(
      urlsetXml(
        'https://k.example',
        batches([{ path: '/lacak/A<1>', lastModified: new Date('2026-01-02T03:04:05Z') }], [], [{ path: "/x?a=1&b='2'" }]),
      ),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://k.example/lacak/A&lt;1&gt;</loc><lastmod>2026-01-02T03:04:05Z</lastmod></url>\n' +
        '<url><loc>https://k.example/x?a=1&amp;b=&apos;2&apos;</loc></url>\n' +
        '</urlset>\n',
    );
  });
});
