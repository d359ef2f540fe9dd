import { absoluteUrl } from '../sitemap/sitemap-xml';

/**
 * What crawlers are asked to leave alone; everything else is public and may be crawled. Paths are
 * prefixes (`/profil` covers `/profil/sandi` and `/profil/data`).
 */
export const DISALLOWED_PATHS: readonly string[] = [
  // The staff area, and the machine interfaces (JSON, Open311): no page for a search engine there.
  '/admin',
  '/api/',
  '/open311/',
  // The account pages (ACCOUNT_ROUTES, libs/web/account/src/index.ts): forms and one's own data.
  // The e-mail links' pages carry one-time tokens in their address.
  '/masuk',
  '/daftar',
  '/verifikasi-email',
  '/lupa-sandi',
  '/atur-ulang-sandi',
  '/profil',
  '/notifikasi',
  // The signed-in pages of the reports (REPORTS_ROUTES, libs/web/reports/src/reports.routes.ts).
  '/aspirasi/baru',
  '/aspirasi/saya',
  // The signed-in pages of petitions: drafting, one's own, the sponsors' share links (a secret each).
  '/petisi/baru',
  '/petisi/saya',
  '/petisi/dukung/',
];

/** `/robots.txt` (RFC 9309), naming the sitemap by its absolute address. */
export function robotsTxt(publicUrl: string): string {
  return [
    '# Portal Warga: public pages and published reports may be crawled; the sitemap lists them.',
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absoluteUrl(publicUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}
