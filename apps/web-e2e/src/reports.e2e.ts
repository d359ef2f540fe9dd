import { Locator, Page, request as playwrightRequest } from '@playwright/test';
import { crc32, deflateSync } from 'node:zlib';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { linkFromOutbox } from './outbox';

// Demo accounts of the embedded database; the citizen's e-mail is verified.
const PASSWORD = 'demo-walikota-2026';
const CITIZEN = 'warga@demo.walikota.id';
/** The demo admin is a verified citizen too. */
const ADMIN = 'admin@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
/** Unique words per run, so that searches find this run's reports only. */
const RUN = Date.now().toString(36);
const TITLE = `Lampu jalan mati di Jalan Pemuda ${RUN}`;
const SIMILAR_TITLE = `Lampu jalan mati di Jalan Pemuda lagi`;

/** A small real PNG (24×16, two colours), made here so that the test needs no fixture file. */
function smallPng(): Buffer {
  const width = 24;
  const height = 16;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(y < height / 2 ? [200, 30, 30] : [250, 250, 250], y * (width * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signs in through the form; a visitor sent to sign in comes back to `returnTo`. */
async function signIn(page: Page, email: string, returnTo: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.locator('#field-password').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

/** An API session of its own (cookies apart from the page's), sending the CSRF header as the web app does. */
async function apiSession(baseURL: string | undefined, email: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { email, password: PASSWORD } })).status(), `sign-in of ${email}`).toBe(200);
  const { cookies } = await api.storageState();
  const headers = { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  return {
    get: (url: string) => api.get(url),
    post: async (url: string, data: unknown) => {
      const response = await api.post(url, { data, headers });
      expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
      return (await response.json()) as { code: string };
    },
    upload: async (name: string, buffer: Buffer) => {
      const response = await api.post('/api/uploads', { multipart: { file: { name, mimeType: 'image/png', buffer } }, headers });
      expect(response.status(), await response.text()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    },
    dispose: () => api.dispose(),
  };
}

async function verifyAsModerator(baseURL: string | undefined, code: string): Promise<void> {
  const moderator = await apiSession(baseURL, MODERATOR);
  try {
    await moderator.post(`/api/reports/${code}/actions`, { action: 'verify' });
  } finally {
    await moderator.dispose();
  }
}

/** A road report filed by the demo citizen and resolved by the public works department (DPU), all through the API. */
async function resolvedReport(baseURL: string | undefined, title: string): Promise<string> {
  const citizen = await apiSession(baseURL, CITIZEN);
  const moderator = await apiSession(baseURL, MODERATOR);
  const official = await apiSession(baseURL, 'dpu@demo.walikota.id');
  try {
    const categories = (await (await citizen.get('/api/categories?module=report')).json()) as { id: string; code: string }[];
    const areas = (await (await citizen.get('/api/areas')).json()) as { kecamatan: { kelurahan: { id: string }[] }[] };
    const { code } = await citizen.post('/api/reports', {
      type: 'complaint',
      privacy: 'public',
      title,
      description: 'Lubang besar di tengah jalan, sudah dua motor terjatuh minggu ini.',
      categoryId: categories.find((c) => c.code === 'jalan-jembatan')?.id,
      areaId: areas.kecamatan[0].kelurahan[0].id,
    });
    await moderator.post(`/api/reports/${code}/actions`, { action: 'verify' });
    await moderator.post(`/api/reports/${code}/actions`, { action: 'dispatch' });
    await official.post(`/api/reports/${code}/actions`, { action: 'start' });
    const after = await official.upload('sudah-ditambal.png', smallPng());
    await official.post(`/api/reports/${code}/actions`, { action: 'resolve', note: 'Lubang sudah ditambal.', attachmentIds: [after] });
    return code;
  } finally {
    await Promise.all([citizen.dispose(), moderator.dispose(), official.dispose()]);
  }
}

/** The department resolves a reopened report again, through the API. */
async function resolveAgain(baseURL: string | undefined, code: string): Promise<void> {
  const official = await apiSession(baseURL, 'dpu@demo.walikota.id');
  try {
    await official.post(`/api/reports/${code}/actions`, { action: 'resolve', note: 'Ditambal ulang dengan beton.' });
  } finally {
    await official.dispose();
  }
}

/** Fills everything but the title (so that the similar-report check sees the category first). */
async function fillReport(page: Page, title: string): Promise<void> {
  await page.getByRole('radio', { name: /^Pengaduan/ }).check();
  await page.getByLabel(/^Kategori/).selectOption({ label: 'Penerangan jalan umum' });
  await page.getByLabel(/^Judul/).fill(title);
  await page
    .getByLabel(/^Uraian/)
    .fill('Sudah seminggu tiga lampu jalan di depan pasar mati, jalan gelap dan rawan kecelakaan pada malam hari.');
  await page.getByLabel(/^Kecamatan/).selectOption({ label: 'Semarang Selatan' });
  await page.getByLabel(/^Kelurahan/).selectOption({ label: 'Pleburan' });
  await page.getByLabel('Alamat').fill('Jl. Pemuda No. 10, depan pasar');
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
}

test.describe.serial('aspirasi & pengaduan', () => {
  let code = '';

  test('a citizen files a complaint with a photo and lands on its tracking page', async ({ page, consoleErrors }) => {
    await page.goto('/aspirasi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aspirasi & Pengaduan');
    await page.getByRole('link', { name: 'Buat laporan' }).first().click();
    // Visitors are sent to sign in and brought back.
    await expect(page).toHaveURL(/\/masuk\?kembali=/);
    await signIn(page, CITIZEN, '/aspirasi/baru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat laporan');
    await expectNoAxeViolations(page);

    // Nothing filled: a summary that takes focus, and each message beside its field.
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ada masalah' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Jenis laporan wajib diisi.' })).toBeVisible();
    await expect(page.locator('#field-title')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: 'Judul wajib diisi.' }).click();
    await expect(page.locator('#field-title')).toBeFocused();

    await fillReport(page, TITLE);
    await expect(page.getByText(`${TITLE.length} / 150 karakter`)).toBeVisible();
    // Only one coordinate: the other one is asked for.
    await page.getByLabel('Lintang (latitude)').fill('-6,9891');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(summary.getByRole('link', { name: 'Bujur (longitude) wajib diisi.' })).toBeVisible();
    await page.getByLabel('Bujur (longitude)').fill('110.4219');

    // The photo uploads as soon as it is chosen, with a progress bar.
    await page.getByLabel('Lampiran').setInputFiles({ name: 'lampu-mati.png', mimeType: 'image/png', buffer: smallPng() });
    await expect(page.getByRole('progressbar', { name: 'Kemajuan unggahan' })).toHaveJSProperty('value', 100);
    await expect(page.getByText('100% terunggah')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'lampu-mati.png: Terunggah' })).toBeVisible();
    await page.getByRole('radio', { name: /^Anonim/ }).check();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    // A confirmation that stays (not a toast that fades): the code, what happens next, where to go.
    const confirmation = page.getByRole('heading', { level: 1, name: 'Laporan terkirim' });
    await expect(confirmation).toBeFocused();
    await expect(page).toHaveURL('/aspirasi/baru');
    code = (await page.getByTestId('filed-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^LPR-\d{4}-\d{6,}$/);
    const report = (await (await page.request.get(`/api/reports/${code}`)).json()) as { verifyDueAt: string };
    const due = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(report.verifyDueAt),
    );
    await expect(page.getByText(`paling lambat ${due}`, { exact: false })).toBeVisible();
    await expect(page.getByText('dalam 5 hari kerja', { exact: false })).toBeVisible();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: `Salin kode ${code}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kode disalin.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.getByRole('link', { name: 'Laporan saya' }).last()).toHaveAttribute('href', '/aspirasi/saya');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Lacak laporan ini' }).click();
    await expect(page).toHaveURL(`/lacak/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText('Diajukan', { exact: true })).toBeVisible();
    await expect(page.getByText('Ini laporan Anda.')).toBeVisible();
    const timeline = page
      .getByRole('region', { name: 'Riwayat penanganan' })
      .or(page.locator('section[aria-labelledby="report-timeline"]'));
    await expect(timeline.getByText('Laporan diterima')).toBeVisible();
    await expect(timeline.getByText(/· Warga$/)).toBeVisible();
    const photo = page.getByRole('img', { name: 'Foto lampiran: lampu-mati.png' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // Not on one's own report.
    await expect(page.getByRole('button', { name: 'Saya juga mengalami ini' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/aspirasi/saya');
    await expect(page.getByRole('table', { name: 'Laporan yang Anda kirim' }).getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('once verified, it is public: search, filters, map list and tracking by code', async ({ page, baseURL, consoleErrors }) => {
    // Before a moderator has verified it, a visitor who has the code learns its status only.
    await page.goto(`/lacak/${code}`);
    await expect(page.getByText('Isi laporan ini belum dapat ditampilkan.', { exact: false })).toBeVisible();
    await expect(page.getByText('Laporan sedang menunggu pemeriksaan moderator.', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Anda pelapornya? Masuk untuk melihat laporan Anda.' })).toBeVisible();
    await expect(page.getByText(TITLE)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await verifyAsModerator(baseURL, code);

    await page.goto(`/aspirasi?q=${RUN}`);
    const table = page.getByRole('table', { name: 'Daftar laporan' });
    const row = table.getByRole('row').filter({ hasText: code });
    await expect(row).toContainText(TITLE);
    await expect(row).toContainText('Terverifikasi');
    await expect(row).toContainText('Penerangan jalan umum');
    // Every column in view on a desktop screen: the table does not scroll sideways.
    const region = page.getByRole('region', { name: 'Daftar laporan' });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(row).toContainText('Pleburan');
    await expect(page.getByLabel('Cari judul atau uraian')).toHaveValue(RUN);
    await expectNoAxeViolations(page);

    // Another type hides it; the filter stands in the URL.
    await page.getByLabel('Jenis laporan').selectOption({ label: 'Aspirasi' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/type=aspiration/);
    await expect(page.getByText('Tidak ada laporan yang cocok dengan pencarian Anda.')).toBeVisible();
    await page.getByLabel('Jenis laporan').selectOption({ label: 'Pengaduan' });
    await page.getByLabel('Kecamatan').selectOption({ label: 'Semarang Selatan' });
    await page.getByLabel('Kelurahan').selectOption({ label: 'Pleburan' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/areaId=/);
    await expect(row).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Kelurahan')).toHaveValue(/.+/);
    await expect(row).toBeVisible();
    // The same filtered list as open data.
    const csvLink = page.getByRole('link', { name: 'CSV (lembar kerja)' });
    await expect(csvLink).toHaveAttribute('href', /^\/api\/reports\/export\?.*areaId=.*&format=csv$/);
    const csv = await page.request.get((await csvLink.getAttribute('href')) ?? '');
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain(`${code},complaint,verified,`);

    // The map view without tiles: the city drawn from its own boundaries, the count per kelurahan
    // (its table too), and the reports with a location grouped by kelurahan.
    await page.getByRole('tab', { name: 'Peta' }).click();
    await expect(page).toHaveURL(/tampilan=peta/);
    await expect(
      page.getByRole('group', { name: 'Peta laporan' }).getByRole('img', { name: /^Peta Kota Semarang: 1 laporan di 1 kelurahan/ }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Jumlah laporan per kelurahan' }).getByRole('row', { name: /Pleburan/ })).toContainText(
      '1',
    );
    await expect(page.getByRole('heading', { name: 'Pleburan', level: 3 })).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect(page).toHaveURL(/\/aspirasi\?tampilan=peta$/);

    // Tracking by code: anonymous, so no name; the timeline says who verified it, by role.
    await page.goto('/lacak');
    await page.getByLabel('Kode laporan').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Lacak' }).click();
    await expect(page).toHaveURL(`/lacak/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText('Disembunyikan')).toBeVisible();
    await expect(page.getByText(/· Moderator$/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Masuk untuk mendukung atau mengikuti laporan ini' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/lacak/LPR-2020-999999');
    await expect(page.getByText('Laporan tidak ditemukan')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('a second similar title suggests the open report to another citizen, who files anyway', async ({ page, consoleErrors }) => {
    // Not the reporter: one's own reports are not suggested (one cannot support them).
    await page.goto('/aspirasi/baru');
    await signIn(page, ADMIN, '/aspirasi/baru');
    await page.getByLabel(/^Kategori/).selectOption({ label: 'Penerangan jalan umum' });
    await page.getByLabel(/^Judul/).pressSequentially(SIMILAR_TITLE, { delay: 5 });
    const similar = page.getByRole('region', { name: 'Laporan serupa' });
    await expect(similar.getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
    await expect(similar.getByRole('button', { name: `Dukung laporan ini (${code})` })).toBeVisible();
    await expectNoAxeViolations(page);

    await fillReport(page, SIMILAR_TITLE);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan terkirim' })).toBeFocused();
    await expect(page.getByTestId('filed-code')).toHaveText(/^LPR-\d{4}-\d{6,}$/);
    await expect(page.getByTestId('filed-code')).not.toHaveText(code);
    await page.getByRole('link', { name: 'Lacak laporan ini' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIMILAR_TITLE);
    expect(consoleErrors).toEqual([]);
  });

  test('another citizen supports and follows the report', async ({ page, baseURL, consoleErrors }) => {
    const email = `tetangga.${RUN}@contoh.id`;
    expect(
      (
        await page.request.post('/api/auth/register', { data: { name: 'Tetangga Baik', email, password: 'Lampu-Terang-Lagi-2026' } })
      ).status(),
    ).toBe(202);
    const verify = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), baseURL);
    expect((await page.request.post('/api/auth/verify-email', { data: { token: verify.searchParams.get('token') } })).status()).toBe(204);

    await page.goto(`/masuk?kembali=/lacak/${code}`);
    await signIn(page, email, `/lacak/${code}`, 'Lampu-Terang-Lagi-2026');
    const support = page.getByRole('button', { name: 'Saya juga mengalami ini' });
    await expect(support).toHaveAttribute('aria-pressed', 'false');
    await support.click();
    await expect(support).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('1 dukungan')).toBeVisible();
    // Supporting follows too.
    await expect(page.getByRole('button', { name: 'Ikuti laporan' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Ikuti laporan' }).click();
    await expect(page.getByRole('button', { name: 'Ikuti laporan' })).toHaveAttribute('aria-pressed', 'false');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('with map tiles the pages show a Leaflet map, within the strict CSP, and the form picks a point', async ({
    page,
    consoleErrors,
  }) => {
    // A same-origin tile template (the CSP's img-src 'self'); the API answers 404 for every tile.
    await page.route('**/api/site', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), mapTileUrl: '/api/test-tiles/{z}/{x}/{y}.png' } });
    });
    // Signed in, the page is rendered in the browser, which asks for /api/site itself (a visitor's
    // page gets the site from the server renderer, out of reach of page.route).
    await page.goto('/aspirasi/baru');
    await signIn(page, CITIZEN, '/aspirasi/baru');
    await page.goto(`/aspirasi?q=${RUN}&tampilan=peta`);
    const map = page.getByRole('region', { name: /^Peta laporan/ });
    await expect(map).toHaveClass(/leaflet-container/);
    // Only the first report has a point (the second, unverified, is not listed).
    await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Perbesar' })).toBeVisible();
    await map.focus();
    await page.keyboard.press('+');
    await expectNoAxeViolations(page);

    await page.goto('/aspirasi/baru');
    const picker = page.getByRole('region', { name: /^Peta laporan/ });
    // Leaflet loads after the form renders; the crosshair class is set with the click handler.
    await expect(picker).toHaveClass(/leaflet-crosshair/);
    await picker.click({ position: { x: 120, y: 90 } });
    await expect(page.getByLabel('Lintang (latitude)')).toHaveValue(/^-?\d+(\.\d+)?$/);
    await expect(page.getByLabel('Bujur (longitude)')).toHaveValue(/^-?\d+(\.\d+)?$/);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('“Sudah selesai?”: the reporter sees what was done, says no once with a reason, then yes with a rating; or closes another and rates it later', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const reopened = await resolvedReport(baseURL, `Jalan berlubang di depan sekolah ${RUN}`);
    const confirmed = await resolvedReport(baseURL, `Jalan berlubang di dekat pasar ${RUN}`);
    await page.goto(`/masuk?kembali=/lacak/${reopened}`);
    await signIn(page, CITIZEN, `/lacak/${reopened}`);

    // What the department did, in its words and its "after" photo, named by department.
    const resolution = page.getByRole('region', { name: 'Hasil penanganan' });
    await expect(resolution).toContainText('Lubang sudah ditambal.');
    await expect(resolution).toContainText('Petugas Dinas Pekerjaan Umum (DPU)');
    const after = resolution.getByRole('img', { name: 'Foto lampiran: sudah-ditambal.png' });
    await expect(after).toBeVisible();
    await expect.poll(() => after.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByText('Diteruskan ke Dinas Pekerjaan Umum (DPU)')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Dinas Pekerjaan Umum (DPU)' })).toBeVisible();

    // One question; each answer opens only its own form.
    const actions = page.getByRole('region', { name: 'Tanggapan Anda' });
    const question = actions.getByRole('group', { name: 'Sudah selesai?' });
    await expect(question).toBeVisible();
    await expect(actions.getByRole('button')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // No: the reason is required, then the report goes back to the department — once.
    await question.getByRole('radio', { name: 'Belum, masalahnya masih ada' }).check();
    await actions.getByRole('button', { name: 'Buka kembali laporan' }).click();
    await expect(actions.getByRole('alert').filter({ hasText: 'Alasan membuka kembali wajib diisi.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await actions.getByLabel(/^Alasan membuka kembali/).fill('Tambalannya sudah retak lagi setelah hujan.');
    await actions.getByRole('button', { name: 'Buka kembali laporan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Laporan dibuka kembali' })).toBeVisible();
    await expect(page.getByText('Dibuka kembali oleh pelapor')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tanggapan Anda' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Hasil penanganan' })).toHaveCount(0);

    // Resolved again: "no" now explains that a report reopens only once, and where to go instead.
    await resolveAgain(baseURL, reopened);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Hasil penanganan' })).toContainText('Ditambal ulang dengan beton.');
    await question.getByRole('radio', { name: 'Belum, masalahnya masih ada' }).check();
    await expect(actions.getByText('Laporan ini sudah pernah dibuka kembali')).toBeVisible();
    await expect(actions.getByRole('link', { name: 'Kirim laporan baru' })).toHaveAttribute('href', '/aspirasi/baru');
    await expect(actions.getByRole('button', { name: 'Buka kembali laporan' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Yes: closes it, with an optional rating and comment in the same step.
    await question.getByRole('radio', { name: 'Ya, masalahnya sudah teratasi' }).check();
    await actions.getByRole('radio', { name: /4 — Baik/ }).check();
    await actions.getByLabel('Komentar (tidak wajib)').fill('Sekarang sudah rapi, terima kasih.');
    await expectNoAxeViolations(page);
    await actions.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Terima kasih. Laporan ditutup.' })).toBeVisible();
    await expect(page.getByText('Pelapor mengonfirmasi selesai')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '4 — Baik' })).toContainText('Sekarang sudah rapi, terima kasih.');
    await expect(page.getByRole('region', { name: 'Tanggapan Anda' })).toHaveCount(0);

    // The other: yes without a rating closes it; a rating can follow, and then it is required.
    await page.goto(`/lacak/${confirmed}`);
    await page.getByRole('radio', { name: 'Ya, masalahnya sudah teratasi' }).check();
    await page.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Terima kasih. Laporan ditutup.' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Ya, masalahnya sudah teratasi' })).toHaveCount(0);
    const later = page.getByRole('region', { name: 'Tanggapan Anda' });
    await later.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Seberapa baik penanganannya? wajib diisi.' }).first()).toBeVisible();
    await later.getByRole('radio', { name: /5 — Sangat baik/ }).check();
    await later.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Terima kasih atas penilaian Anda.' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '5 — Sangat baik' })).toBeVisible();
    await expect(later.getByRole('button', { name: 'Kirim penilaian' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('fits a 360 px phone: list, form, tracking page and my reports', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // The list comes first: the search shows, the other filters fold behind a button that
    // says how many of them are applied; each report is a card, still a table row to assistive tech.
    await page.goto(`/aspirasi?q=${RUN}&type=complaint`);
    const more = page.getByRole('button', { name: 'Saringan lainnya (1 aktif)' });
    await expect(page.getByLabel('Cari judul atau uraian')).toBeVisible();
    await expect(page.getByLabel('Jenis laporan')).toBeHidden();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const card = page.getByRole('table', { name: 'Daftar laporan' }).getByRole('row').filter({ hasText: code });
    await expect(card.getByText('Status', { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByLabel('Jenis laporan')).toHaveValue('complaint');
    await expectNoAxeViolations(page);

    await page.goto('/masuk?kembali=/aspirasi/saya');
    await signIn(page, CITIZEN, '/aspirasi/saya');
    for (const path of ['/aspirasi/saya', '/aspirasi', '/aspirasi?tampilan=peta', '/aspirasi/baru', `/lacak/${code}`, '/lacak']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('a citizen files a report with the keyboard alone', async ({ page, consoleErrors }) => {
    await page.goto('/masuk?kembali=/aspirasi/baru');
    await signIn(page, CITIZEN, '/aspirasi/baru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat laporan');
    /** Presses Tab (forwards only) until `target` has focus: it is reachable in the page's own order. */
    const tabTo = async (target: Locator) => {
      for (let presses = 0; presses < 80; presses++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`not reachable with Tab: ${target}`);
    };

    await tabTo(page.getByRole('radio', { name: /^Aspirasi/ }));
    await page.keyboard.press('ArrowDown'); // within a radio group, arrows choose
    await expect(page.getByRole('radio', { name: /^Pengaduan/ })).toBeChecked();
    await tabTo(page.getByLabel(/^Kategori/));
    await page.keyboard.type('Penerangan'); // a closed select picks by typing
    await expect(page.getByLabel(/^Kategori/).locator('option:checked')).toHaveText('Penerangan jalan umum');
    await tabTo(page.getByLabel(/^Judul/));
    await page.keyboard.type(`Trotoar amblas dekat halte ${RUN}`);
    await tabTo(page.getByLabel(/^Uraian/));
    await page.keyboard.type('Trotoar di dekat halte bus amblas sedalam sejengkal, pejalan kaki terpaksa turun ke jalan.');
    await tabTo(page.getByLabel(/^Kecamatan/));
    await page.keyboard.type('Semarang Selatan');
    await expect(page.getByLabel(/^Kecamatan/).locator('option:checked')).toHaveText('Semarang Selatan');
    await tabTo(page.getByLabel(/^Kelurahan/));
    await page.keyboard.type('Pleburan');
    await expect(page.getByLabel(/^Kelurahan/).locator('option:checked')).toHaveText('Pleburan');
    await tabTo(page.getByRole('button', { name: 'Kirim laporan' }));
    await page.keyboard.press('Enter');

    // Focus moves to the confirmation's heading; the next Tab stops lead on from there.
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan terkirim' })).toBeFocused();
    await tabTo(page.getByRole('link', { name: 'Lacak laporan ini' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lacak\/LPR-\d{4}-\d{6,}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Trotoar amblas dekat halte ${RUN}`);
    // After the page change, focus starts at the new page's content.
    await expect(page.locator('#main')).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('nothing typed is cut off: an over-long title and description are counted, refused with what to shorten, then filed', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/masuk?kembali=/aspirasi/baru');
    await signIn(page, CITIZEN, '/aspirasi/baru');
    const longTitle = `Lampu jalan padam sepanjang Jalan Pandanaran ${RUN} `.repeat(8).slice(0, 205);
    const longDescription = 'Sudah seminggu lampu jalan di depan pasar mati, jalan gelap dan rawan kecelakaan. '.repeat(80).slice(0, 5713);
    await fillReport(page, longTitle);
    const title = page.getByLabel(/^Judul/);
    const description = page.getByLabel(/^Uraian/);
    // Pasted whole: the fields keep every character, past the limit too.
    await description.fill(longDescription);
    await expect(title).toHaveValue(longTitle);
    await expect(description).toHaveValue(longDescription);
    const titleCounter = page.locator('wk-field:has(#field-title) .wk-field__counter');
    await expect(titleCounter).toHaveText('205 / 150 karakter — kelebihan 55');
    await expect(titleCounter).toBeVisible();
    await expect(page.locator('wk-field:has(#field-description) .wk-field__counter')).toHaveText('5.713 / 5.000 karakter — kelebihan 713');
    await expect(title).toHaveAccessibleDescription(/205 \/ 150 karakter/);
    // Said to screen readers too (politely), not only shown.
    await expect(page.locator('wk-field:has(#field-title) [aria-live="polite"]')).toContainText('205 / 150 karakter');

    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ada masalah' });
    await expect(summary).toBeFocused();
    const titleMessage = 'Judul paling banyak 150 karakter; sekarang 205. Persingkat 55 karakter.';
    await expect(summary.getByRole('link', { name: titleMessage })).toBeVisible();
    await expect(
      summary.getByRole('link', { name: 'Uraian paling banyak 5.000 karakter; sekarang 5.713. Persingkat 713 karakter.' }),
    ).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(new RegExp(titleMessage.replace(/[.;]/g, '\\$&')));
    await expect(title).toHaveValue(longTitle);
    await expect(page).toHaveURL('/aspirasi/baru');
    await expectNoAxeViolations(page);

    await title.fill(longTitle.slice(0, 150));
    await description.fill(longDescription.slice(0, 5000));
    await expect(titleCounter).toHaveText('150 / 150 karakter');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan terkirim' })).toBeFocused();
    // "File another": an empty form again, starting at its heading.
    await page.getByRole('button', { name: 'Buat laporan lain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Buat laporan' })).toBeFocused();
    await expect(page.getByLabel(/^Judul/)).toHaveValue('');
    expect(consoleErrors).toEqual([]);
  });

  test('a file that is neither a photo nor a PDF is refused once, by name, saying what is accepted', async ({ page, consoleErrors }) => {
    await page.goto('/masuk?kembali=/aspirasi/baru');
    await signIn(page, CITIZEN, '/aspirasi/baru');
    // A text file renamed .jpg: the browser takes it for a JPEG; the API reads its bytes.
    await page
      .getByLabel('Lampiran')
      .setInputFiles({ name: 'catatan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Bukan foto, hanya catatan.\n') });
    const message = /catatan\.jpg gagal diunggah: Isi berkas ini bukan foto JPEG, PNG atau WebP, dan bukan dokumen PDF\./;
    await expect(page.getByText(message)).toHaveCount(1);
    await expect(page.getByText('Data yang dikirim belum benar', { exact: false })).toHaveCount(0);
    await expect(page.getByLabel('Lampiran')).toHaveAccessibleDescription(message);
    await expect(page.getByRole('listitem').filter({ hasText: 'catatan.jpg: Gagal diunggah' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('what a citizen types is kept until it is sent, and forgotten at sign-out', async ({ page, consoleErrors }) => {
    const hasDraft = () => page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('walikota.draft.')));
    await page.goto('/masuk?kembali=/aspirasi/baru');
    await signIn(page, CITIZEN, '/aspirasi/baru');
    const title = `Pohon tumbang menutup jalan ${RUN}`;
    await page.getByLabel(/^Judul/).fill(title);
    await page.getByLabel(/^Uraian/).fill('Sebuah pohon besar tumbang dan menutup separuh jalan sejak tadi pagi.');
    await page.getByLabel(/^Kecamatan/).selectOption({ label: 'Semarang Selatan' });
    await page.getByLabel(/^Kelurahan/).selectOption({ label: 'Pleburan' });
    await expect.poll(hasDraft).toBe(true);

    // A reload (or a closed tab) loses nothing.
    await page.reload();
    await expect(page.getByText('Laporan Anda yang belum terkirim dipulihkan')).toBeVisible();
    await expect(page.getByLabel(/^Judul/)).toHaveValue(title);
    await expect(page.getByLabel(/^Uraian/)).toHaveValue(/^Sebuah pohon besar/);
    await expect(page.getByLabel(/^Kelurahan/).locator('option:checked')).toHaveText('Pleburan');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Mulai dari awal' }).click();
    await expect(page.getByLabel(/^Judul/)).toHaveValue('');
    await expect.poll(hasDraft).toBe(false);

    // Signing out leaves nothing of it on a shared computer.
    await page.getByLabel(/^Judul/).fill('Draf yang tidak boleh tertinggal');
    await expect.poll(hasDraft).toBe(true);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page).toHaveURL('/');
    await expect.poll(hasDraft).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  test('in English too', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('walikota.language', 'en'));
    await page.goto(`/aspirasi?q=${RUN}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aspirations & Complaints');
    await expect(page.getByRole('table', { name: 'Reports' }).getByText('Verified')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/lacak/${code}`);
    await expect(page.getByRole('heading', { name: 'Handling history' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});
