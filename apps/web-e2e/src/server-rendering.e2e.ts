import { APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Public pages rendered on the server (docs/architecture.md, "Server-side rendering"): readable
// without JavaScript, with their own link preview, taken over by the browser without asking the
// API again.
const PASSWORD = 'demo-walikota-2026';
const CITIZEN = 'warga@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
/** A word of this run only, so that the list's search finds this run's report alone. */
const RUN = `ssr${Date.now().toString(36)}`;
const TITLE = `Lampu penerangan jalan padam di Jalan Pemuda ${RUN}`;
const DESCRIPTION = 'Tiga lampu penerangan jalan padam sejak minggu lalu; jalan gelap dan rawan bagi pejalan kaki pada malam hari.';

/** An API session of its own, sending the CSRF header as the web app does. */
async function apiSession(baseURL: string | undefined, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { email, password: PASSWORD } })).status(), `sign-in of ${email}`).toBe(200);
  const { cookies } = await api.storageState();
  return { api, csrf: cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
}

let code = '';
let unverified = '';

test.beforeAll(async ({ baseURL }) => {
  const citizen = await apiSession(baseURL, CITIZEN);
  const moderator = await apiSession(baseURL, MODERATOR);
  try {
    const categories = (await (await citizen.api.get('/api/categories?module=report')).json()) as { id: string; code: string }[];
    const areas = (await (await citizen.api.get('/api/areas')).json()) as { kecamatan: { kelurahan: { id: string }[] }[] };
    const file = async (title: string) => {
      const response = await citizen.api.post('/api/reports', {
        headers: { 'x-xsrf-token': citizen.csrf },
        data: {
          type: 'complaint',
          privacy: 'public',
          title,
          description: DESCRIPTION,
          categoryId: categories[0]?.id,
          areaId: areas.kecamatan[0]?.kelurahan[0]?.id,
        },
      });
      expect(response.ok(), await response.text()).toBe(true);
      return ((await response.json()) as { code: string }).code;
    };
    code = await file(TITLE);
    unverified = await file(`Belum diverifikasi ${RUN}`);
    const verified = await moderator.api.post(`/api/reports/${code}/actions`, {
      headers: { 'x-xsrf-token': moderator.csrf },
      data: { action: 'verify' },
    });
    expect(verified.ok(), await verified.text()).toBe(true);
  } finally {
    await Promise.all([citizen.api.dispose(), moderator.api.dispose()]);
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor reads the report list, searches it and reads a report’s tracking page', async ({ page }) => {
    await page.goto('/aspirasi');
    await expect(page.getByRole('heading', { level: 1, name: 'Aspirasi & Pengaduan' })).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

    // The filters are a plain GET form: the server renders the list they ask for.
    await page.getByLabel('Cari').fill(RUN);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(new RegExp(`/aspirasi\\?q=${RUN}`));
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/lacak/${code}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText(DESCRIPTION)).toBeVisible();
    await expect(page.getByText('Terverifikasi').first()).toBeVisible();
  });

  test('the tracking form works as a plain form, and a report not yet verified shows its status only', async ({ page }) => {
    await page.goto('/lacak');
    await page.getByLabel('Kode laporan').fill(unverified.toLowerCase());
    await page.getByRole('button', { name: 'Lacak' }).click();
    await expect(page).toHaveURL(`/lacak/${unverified}`);
    await expect(page.getByText('Diajukan').first()).toBeVisible();
    await expect(page.getByText(DESCRIPTION)).toHaveCount(0);
  });

  test('on a phone the menu’s links are open, since its button needs JavaScript', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Statistik' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistik Aspirasi dan Pengaduan' })).toBeVisible();
  });
});

test('a chat app’s link preview of a report shows its title, status and city', async ({ baseURL }) => {
  // WhatsApp and Facebook fetch the page once, without running any script, and read its meta tags.
  const crawler = await playwrightRequest.newContext({ baseURL, userAgent: 'WhatsApp/2.24.6.77 A' });
  try {
    const response = await crawler.get(`/lacak/${code}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
    expect(meta('og:title')).toBe(TITLE);
    expect(meta('og:description')).toMatch(/^Pengaduan di Kota Semarang · Status: Terverifikasi\. Tiga lampu/);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(`${baseURL}/lacak/${code}`);
    expect(meta('og:site_name')).toBe('Portal Warga Kota Semarang');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${baseURL}/lacak/${code}">`);
    expect(html).toContain(`<title>${TITLE} · Portal Warga Kota Semarang</title>`);
    const image = meta('og:image') ?? '';
    expect(image).toBe(`${baseURL}/og/kartu.png`);
    const card = await crawler.get(image);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');

    // A list page has its own description; an address that names nothing answers 404.
    const list = await (await crawler.get('/aspirasi')).text();
    expect(list).toContain('<meta property="og:title" content="Aspirasi &amp; Pengaduan">');
    expect(list).toMatch(/<meta name="description" content="Aspirasi dan pengaduan warga Kota Semarang yang sudah diverifikasi/);
    expect((await crawler.get('/lacak/LPR-2020-999999')).status()).toBe(404);
    expect((await crawler.get('/halaman-yang-tidak-ada')).status()).toBe(404);
  } finally {
    await crawler.dispose();
  }
});

test('the browser takes over the rendered page without asking the API again for what it shows', async ({ page, consoleErrors }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(url.pathname);
  });
  const response = await page.goto(`/aspirasi?q=${RUN}`);
  // The report is in the HTML the server sent, before any script ran.
  expect(await response?.text()).toContain(TITLE);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  expect(calls).toEqual([]);

  // Taken over: the filters answer without a page load now.
  await page.getByLabel('Cari').fill('tidak-ada-yang-cocok');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
  expect(calls).toContain('/api/reports');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('a visitor who chose English gets pages rendered in English', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'wk_lang', value: 'en', url: baseURL ?? '' }]);
  const response = await page.goto(`/lacak/${code}`);
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<html lang="en"');
  expect(html).toContain('Complaint in Kota Semarang · Status: Verified.');
  await expect(page.getByRole('link', { name: 'Track a report' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a signed-in user’s pages are rendered in the browser, never from a visitor’s copy', async ({ page, baseURL }) => {
  await page.goto('/masuk');
  await page.getByLabel('E-mail').fill(CITIZEN);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  const response = await page.goto(`/lacak/${unverified}`);
  // The HTML is the empty shell the browser fills in: nothing personal was rendered on the server.
  expect(await response?.text()).not.toContain(DESCRIPTION);
  // The reporter sees their own report in full.
  await expect(page.getByRole('heading', { level: 1, name: `Belum diverifikasi ${RUN}` })).toBeVisible();
  await expect(page.getByText(DESCRIPTION)).toBeVisible();
});
