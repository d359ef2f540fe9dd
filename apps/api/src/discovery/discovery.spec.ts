import { ReportSitemap, ReportSitemapEntry } from '@walikota/api-reports';
import sharp from 'sharp';
import supertest from 'supertest';
import { ReportWorld, advance, reportWorld } from '../reports/report-fixtures';

// The sitemap, robots.txt and the link-preview card (docs/product.md, "Link previews and search
// engines") against the whole application. A PUBLIC_URL with `&` in its path shows the escaping;
// pages of 2 code numbers show the paging.
const PUBLIC_URL = 'http://warga.example/kota&desa';
const PAGE_SIZE = 2;
const XML = 'application/xml; charset=utf-8';
const AN_HOUR = 'public, max-age=3600';
/** Who may call: everyone gets the same public answer. */
const MATRIX = ['visitor', 'citizen', 'moderator', 'official', 'admin'] as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The `<loc>`s of a sitemap or index, unescaped; fails on text that is not escaped. */
function locs(xml: string): string[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  for (const text of xml.match(/>[^<]+</g) ?? []) expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)|>.*>/s);
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) =>
    loc.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]),
  );
}

/** The `<lastmod>` of each `<url>`, by its `<loc>`. */
function lastmods(xml: string): Map<string, string | undefined> {
  return new Map(
    [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => [
      loc.replace(/&amp;/g, '&'),
      lastmod,
    ]),
  );
}

/** `LPR-2026-000042` → 42: what the sitemap pages by. */
const codeNumber = (code: string) => Number(/\d+$/.exec(code)![0]);
const pageOf = (code: string) => Math.floor(codeNumber(code) / PAGE_SIZE) + 1;

describe('link previews and search engines', () => {
  let w: ReportWorld;
  const http = () => w.t.http();
  /** Each kind of report, filed in this order (their code numbers follow it). */
  const codes = {} as Record<'published' | 'unverified' | 'rejected' | 'confidential' | 'anonymous' | 'original' | 'merged', string>;

  beforeAll(async () => {
    w = await reportWorld({ sitemapPageSize: PAGE_SIZE, publicUrl: PUBLIC_URL });
    codes.published = (await w.file()).code;
    codes.unverified = (await w.file()).code;
    codes.rejected = (await w.file()).code;
    codes.confidential = (await w.file('citizen', { privacy: 'confidential' })).code;
    codes.anonymous = (await w.file('citizen', { privacy: 'anonymous' })).code;
    codes.original = (await w.file()).code;
    codes.merged = (await w.file()).code;
    for (const code of [codes.published, codes.rejected, codes.confidential, codes.original, codes.merged])
      await advance(w, code, 'verified');
    await advance(w, codes.anonymous, 'dispatched');
    await w.act('moderator', codes.rejected, { action: 'reject', reasonCode: 'personal_data', note: 'Data pribadi.' }).expect(200);
    await w.act('moderator', codes.merged, { action: 'mark_duplicate', duplicateOf: codes.original }).expect(200);
  });
  afterAll(() => w.t.close());

  /** Every report address in the sitemap, through the index and the files it names. */
  async function listedCodes(): Promise<string[]> {
    const index = await http().get('/sitemap.xml').expect(200);
    const found: string[] = [];
    for (const loc of locs(index.text).filter((l) => l.includes('/sitemap-reports-'))) {
      const file = await http().get(loc.slice(PUBLIC_URL.length)).expect(200);
      found.push(...locs(file.text).map((l) => l.slice(`${PUBLIC_URL}/lacak/`.length)));
    }
    return found;
  }

  describe('GET /sitemap.xml', () => {
    it('is an index of the pages file and each page of reports that holds one, at absolute, escaped addresses', async () => {
      const res = await http().get('/sitemap.xml').expect(200);
      expect(res.headers['content-type']).toBe(XML);
      expect(res.headers['cache-control']).toBe(AN_HOUR);
      expect(res.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      expect(res.text).toContain('<loc>http://warga.example/kota&amp;desa/sitemap-pages.xml</loc>');
      const published = [codes.published, codes.anonymous, codes.original];
      const pages = [...new Set(published.map(pageOf))].sort((a, b) => a - b);
      expect(locs(res.text)).toEqual([
        `${PUBLIC_URL}/sitemap-pages.xml`,
        ...pages.map((page) => `${PUBLIC_URL}/sitemap-reports-${page}.xml`),
      ]);
      // A page whose reports are none of them public (the unverified and the rejected one, filed
      // one after the other) is neither named nor served.
      const empty = pageOf(codes.unverified);
      expect(pageOf(codes.rejected)).toBe(empty);
      expect(pages).not.toContain(empty);
      await http().get(`/sitemap-reports-${empty}.xml`).expect(404);
    });

    it('lists every published report once, and nothing unverified, rejected, confidential or merged', async () => {
      expect((await listedCodes()).sort()).toEqual([codes.published, codes.anonymous, codes.original].sort());
    });

    it('lists a report from its verification, and no more once it is rejected', async () => {
      const { code } = await w.file();
      expect(await listedCodes()).not.toContain(code);
      await advance(w, code, 'verified');
      expect(await listedCodes()).toContain(code);
      await w.act('moderator', code, { action: 'reject', reasonCode: 'spam', note: 'Iklan.' }).expect(200);
      expect(await listedCodes()).not.toContain(code);
    });
  });

  describe('GET /sitemap-reports-<n>.xml', () => {
    it('holds at most a page of reports, each at its tracking page with its last change', async () => {
      const page = pageOf(codes.anonymous);
      const res = await http().get(`/sitemap-reports-${page}.xml`).expect(200);
      expect(res.headers['content-type']).toBe(XML);
      expect(res.headers['cache-control']).toBe(AN_HOUR);
      expect(res.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const urls = lastmods(res.text);
      expect(urls.size).toBeLessThanOrEqual(PAGE_SIZE);
      expect([...urls.keys()].every((loc) => pageOf(loc) === page)).toBe(true);
      const [{ updated_at }] = await w.t.dataSource.query(`SELECT updated_at FROM report WHERE code = $1`, [codes.anonymous]);
      expect(urls.get(`${PUBLIC_URL}/lacak/${codes.anonymous}`)).toBe((updated_at as Date).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    });

    it('answers 404 for a file that is not in the index', async () => {
      const last = Math.max(...[codes.published, codes.anonymous, codes.original].map(pageOf));
      for (const path of [
        `/sitemap-reports-${last + 1}.xml`,
        '/sitemap-reports-0.xml',
        `/sitemap-reports-0${last}.xml`,
        '/sitemap-reports.xml',
        '/sitemap-pages-1.xml',
        '/sitemap-petitions-1.xml',
        '/sitemap-reports-1.json',
        '/api/sitemap.xml',
      ])
        expect({ path, status: (await http().get(path)).status }).toEqual({ path, status: 404 });
    });

    it('reads a page in batches by keyset, whatever the batch size', async () => {
      const sitemap = w.t.app.get(ReportSitemap);
      const read = async (batchSize: number) => {
        const batches: ReportSitemapEntry[][] = [];
        for await (const batch of sitemap.entries(1, 1_000, batchSize)) batches.push(batch);
        return batches;
      };
      const whole = await read(5_000);
      const oneByOne = await read(1);
      expect(whole).toHaveLength(1);
      expect(oneByOne.flat()).toEqual(whole.flat());
      expect(oneByOne.flat().map((e) => e.code)).toEqual([codes.published, codes.anonymous, codes.original].sort());
      expect(await sitemap.pages(1_000)).toEqual([1]);
    });
  });

  describe('GET /sitemap-petitions.xml', () => {
    it('lists published petitions (open or closed) and never a draft, one waiting for moderators or a rejected one', async () => {
      const [{ id: category }] = await w.t.dataSource.query(`SELECT id FROM category WHERE module = 'petition' ORDER BY sort_order LIMIT 1`);
      const draft = {
        title: 'Perbaiki trotoar di sepanjang Jalan Pandanaran',
        background: 'Trotoar rusak dan membahayakan pejalan kaki setiap hari, terutama lansia.',
        categoryId: category,
        scope: 'city',
      };
      const created: string[] = [];
      for (let i = 0; i < 3; i++) created.push((await w.as.citizen.post('/api/petitions').send(draft).expect(201)).body.code);
      const [published, rejected, unpublished] = created;
      // Published and rejected ones are moved there directly: the workflow has its own tests (petitions.spec.ts).
      await w.t.dataSource.query(`UPDATE petition SET state = 'open', opened_at = now(), closes_at = now() + interval '90 days' WHERE code = $1`, [published]);
      await w.t.dataSource.query(`UPDATE petition SET state = 'rejected', rejected_at = now(), rejection_code = 'unclear' WHERE code = $1`, [rejected]);
      const index = await http().get('/sitemap.xml').expect(200);
      expect(locs(index.text)).toContain(`${PUBLIC_URL}/sitemap-petitions.xml`);
      for (const caller of MATRIX) {
        const res = await w.as[caller].agent.get('/sitemap-petitions.xml').expect(200);
        expect(res.headers['content-type']).toBe(XML);
        expect(locs(res.text)).toEqual([`${PUBLIC_URL}/petisi/${published}`]);
      }
      expect(unpublished).toBeDefined();
    });
  });

  describe('GET /sitemap-pages.xml', () => {
    it('lists the public pages of the web app', async () => {
      const res = await http().get('/sitemap-pages.xml').expect(200);
      expect(res.headers['content-type']).toBe(XML);
      expect(locs(res.text)).toEqual(['/', '/aspirasi', '/aspirasi/statistik', '/petisi', '/perangkat-daerah', '/lacak'].map((p) => PUBLIC_URL + p));
    });
  });

  describe('GET /robots.txt', () => {
    it('allows the public site, keeps crawlers out of the staff area, the API and the account pages, and names the sitemap', async () => {
      const res = await http().get('/robots.txt').expect(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['cache-control']).toBe(AN_HOUR);
      const lines = res.text.split('\n');
      expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', `Sitemap: ${PUBLIC_URL}/sitemap.xml`]));
      for (const path of [
        '/admin',
        '/api/',
        '/masuk',
        '/daftar',
        '/profil',
        '/notifikasi',
        '/verifikasi-email',
        '/lupa-sandi',
        '/atur-ulang-sandi',
        '/petisi/baru',
        '/petisi/saya',
        '/petisi/dukung/',
      ])
        expect(lines).toContain(`Disallow: ${path}`);
      for (const path of ['/aspirasi', '/lacak', '/perangkat-daerah', '/og/', '/petisi', '/petisi/PTS-2026-000001'])
        expect(lines.filter((l) => l.startsWith('Disallow:') && path.startsWith(l.slice('Disallow: '.length)))).toEqual([]);
    });
  });

  describe('GET /og/kartu.png', () => {
    it('is a 1200×630 PNG with the portal’s and the city’s names, cached for a day', async () => {
      const res = await http().get('/og/kartu.png').responseType('blob').expect(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
      const png = res.body as Buffer;
      expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, channels: 3 });
      // The text was drawn (fonts found): the title's band holds white glyphs on the blue.
      const title = await sharp(png).extract({ left: 80, top: 140, width: 700, height: 100 }).stats();
      expect(title.channels.map((c) => c.max)).toEqual([255, 255, 255]);
      expect(title.channels[0].stdev).toBeGreaterThan(30);
      // Rendered once: the same bytes every time.
      expect(Buffer.compare((await http().get('/og/kartu.png').responseType('blob')).body as Buffer, png)).toBe(0);
    });
  });

  describe('who may call', () => {
    it('gives visitors, citizens, moderators, officials and admins the same public answer', async () => {
      const routes = [
        '/sitemap.xml',
        '/sitemap-pages.xml',
        `/sitemap-reports-${pageOf(codes.original)}.xml`,
        '/robots.txt',
        '/og/kartu.png',
      ];
      const answer = async (caller: (typeof MATRIX)[number], path: string) => {
        const res: supertest.Response = await w.as[caller].agent.get(path).responseType('blob');
        return {
          status: res.status,
          type: res.headers['content-type'],
          cache: res.headers['cache-control'],
          cookie: res.headers['set-cookie'] ?? null,
          body: (res.body as Buffer).toString('base64'),
        };
      };
      for (const path of routes) {
        const visitor = await answer('visitor', path);
        expect({ path, status: visitor.status, cookie: visitor.cookie }).toEqual({ path, status: 200, cookie: null });
        for (const caller of MATRIX) expect({ caller, path, ...(await answer(caller, path)) }).toEqual({ caller, path, ...visitor });
      }
    });
  });
});
