import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DISALLOWED_PATHS, robotsTxt } from './robots-txt';

const ROOT = path.resolve(__dirname, '../../../../..');
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const disallowed = (page: string) => DISALLOWED_PATHS.some((prefix) => page.startsWith(prefix));

describe(robotsTxt.name, () => {
  it('allows everything else and names the sitemap by its absolute address', () => {
    const text = robotsTxt('https://aspirasi.semarangkota.go.id');
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^# /),
      'User-agent: *',
      'Allow: /',
      ...DISALLOWED_PATHS.map((p) => `Disallow: ${p}`),
      '',
      'Sitemap: https://aspirasi.semarangkota.go.id/sitemap.xml',
      '',
    ]);
  });

  // The web app's routes are the truth; this list follows them by hand (the API cannot import the web).
  it('keeps crawlers off every account page of the web app', () => {
    const routes = [...source('libs/web/account/src/index.ts').matchAll(/path: '([^']+)'/g)].map(([, p]) => `/${p}`);
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((page) => !disallowed(page))).toEqual([]);
  });

  it('keeps crawlers off the signed-in pages of the reports, and not off the public ones', () => {
    const file = source('libs/web/reports/src/reports.routes.ts');
    const signedIn = [...file.matchAll(/path: '([^']+)',[^{}]*?canActivate: \[signedInGuard\]/g)].map(([, p]) => `/aspirasi/${p}`);
    expect(signedIn.sort()).toEqual(['/aspirasi/baru', '/aspirasi/saya']);
    expect(signedIn.filter((page) => !disallowed(page))).toEqual([]);
    for (const page of ['/', '/aspirasi', '/aspirasi/statistik', '/lacak/LPR-2026-000001', '/perangkat-daerah', '/og/kartu.png'])
      expect({ page, disallowed: disallowed(page) }).toEqual({ page, disallowed: false });
  });
});
