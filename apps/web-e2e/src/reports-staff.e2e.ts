import { APIRequestContext, BrowserContext, Locator, Page, request as playwrightRequest } from '@playwright/test';
import { crc32, deflateSync } from 'node:zlib';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { linkFromOutbox } from './outbox';

// Demo accounts of the embedded database (libs/api/identity/src/users/account-bootstrap.service.ts).
const PASSWORD = 'demo-walikota-2026';
const CITIZEN = 'warga@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
const DPU_OFFICIAL = 'dpu@demo.walikota.id';
const ADMIN = 'admin@demo.walikota.id';

interface Department {
  id: string;
  shortName: string;
}
interface Category {
  id: string;
  departmentId?: string | null;
}
interface AreaTree {
  kecamatan: { kelurahan: { id: string }[] }[];
}

/** An API session of its own (cookies apart from the page's), sending the CSRF header as the web app does. */
class ApiSession {
  private constructor(private readonly context: APIRequestContext) {}

  static async signIn(baseURL: string | undefined, email: string, password = PASSWORD): Promise<ApiSession> {
    const context = await playwrightRequest.newContext({ baseURL });
    const login = await context.post('/api/auth/login', { data: { email, password } });
    expect(login.status(), `sign-in of ${email}`).toBe(200);
    return new ApiSession(context);
  }

  get(url: string) {
    return this.context.get(url);
  }

  async post(url: string, data: unknown) {
    return this.context.post(url, { data, headers: await this.csrf() });
  }

  async put(url: string, data: unknown) {
    return this.context.put(url, { data, headers: await this.csrf() });
  }

  async upload(name: string, mimeType: string, buffer: Buffer) {
    return this.context.post('/api/uploads', { multipart: { file: { name, mimeType, buffer } }, headers: await this.csrf() });
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }

  private async csrf(): Promise<Record<string, string>> {
    const { cookies } = await this.context.storageState();
    return { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  }
}

/** The CSRF header for `page.request`, which shares the signed-in page's cookies. */
async function pageCsrf(context: BrowserContext): Promise<Record<string, string>> {
  const cookies = await context.cookies();
  return { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
}

/** A small real PNG (a 24×16 orange-and-blue flag), built here so that the test needs no fixture file. */
function smallPng(): Buffer {
  const width = 24;
  const height = 16;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set(y < height / 2 ? [240, 120, 20] : [20, 80, 200], row + 1 + x * 3);
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
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function signIn(page: Page, email: string, returnTo = '/admin'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

/** A thumbnail that has loaded and decoded (polled: the browser may still be fetching it). */
async function expectImageLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
}

/** An official of another department, made by the admin through the API. */
async function otherDepartmentOfficial(baseURL: string | undefined, departmentId: string): Promise<ApiSession> {
  const suffix = Date.now().toString(36);
  const email = `petugas.dlh.${suffix}@contoh.id`;
  const password = 'Sungai-Bersih-Kota-2026';
  const visitor = await playwrightRequest.newContext({ baseURL });
  expect((await visitor.post('/api/auth/register', { data: { name: `Petugas DLH ${suffix}`, email, password } })).status()).toBe(202);
  const token = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), 'http://x').searchParams.get('token');
  expect((await visitor.post('/api/auth/verify-email', { data: { token } })).status()).toBe(204);
  await visitor.dispose();

  const admin = await ApiSession.signIn(baseURL, ADMIN);
  const users = (await (await admin.get(`/api/admin/users?q=${encodeURIComponent(email)}`)).json()) as { items: { id: string }[] };
  const id = users.items[0]?.id;
  expect(id).toBeTruthy();
  const reason = 'Petugas pengaduan Dinas Lingkungan Hidup';
  expect((await admin.put(`/api/admin/users/${id}/roles`, { roles: ['citizen', 'official'], reason })).status()).toBe(200);
  expect((await admin.put(`/api/admin/users/${id}/departments`, { departmentIds: [departmentId], reason })).status()).toBe(200);
  await admin.dispose();
  return ApiSession.signIn(baseURL, email, password);
}

test.describe('report handling by staff (/admin/laporan)', () => {
  test('filed with a photo, verified and dispatched by a moderator, started and resolved by the department, rated by the citizen', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    const suffix = `uji${Date.now().toString(36)}`;

    // Reference data: a report category routed to DPU, a kelurahan.
    const citizen = await ApiSession.signIn(baseURL, CITIZEN);
    const departments = (await (await citizen.get('/api/departments')).json()) as Department[];
    const dpu = departments.find((d) => d.shortName === 'DPU');
    const dlh = departments.find((d) => d.shortName === 'DLH');
    expect(dpu && dlh).toBeTruthy();
    const categories = (await (await citizen.get('/api/categories?module=report')).json()) as Category[];
    const category = categories.find((c) => c.departmentId === dpu?.id);
    expect(category).toBeTruthy();
    const areas = (await (await citizen.get('/api/areas')).json()) as AreaTree;
    const areaId = areas.kecamatan[0].kelurahan[0].id;

    // The citizen files a complaint with a photo, and a confidential one.
    const upload = await citizen.upload('jalan-berlubang.png', 'image/png', smallPng());
    expect(upload.status(), await upload.text()).toBe(201);
    const photo = (await upload.json()) as { id: string; contentType: string };
    expect(photo.contentType).toBe('image/png');
    const title = `Jalan berlubang dekat pasar ${suffix}`;
    const filed = await citizen.post('/api/reports', {
      type: 'complaint',
      privacy: 'public',
      title,
      description: 'Lubang besar di jalan depan pasar membahayakan pengendara motor, terutama malam hari saat lampu mati.',
      categoryId: category?.id,
      areaId,
      // Simpang Lima lies in Pleburan, not in the kelurahan chosen: staff are told.
      latitude: -6.9903,
      longitude: 110.4229,
      attachmentIds: [photo.id],
    });
    expect(filed.status(), await filed.text()).toBe(201);
    const code = ((await filed.json()) as { code: string }).code;
    const secret = await citizen.post('/api/reports', {
      type: 'complaint',
      privacy: 'confidential',
      title: `Dugaan pungutan proyek jalan ${suffix}`,
      description: 'Ada permintaan uang kepada warga oleh oknum pelaksana proyek perbaikan jalan di lingkungan kami.',
      categoryId: category?.id,
      areaId,
    });
    expect(secret.status(), await secret.text()).toBe(201);
    const secretCode = ((await secret.json()) as { code: string }).code;

    // The moderator: staff home card → queue, search by the title.
    await signIn(page, MODERATOR);
    const queueCard = page.getByRole('link', { name: 'Antrean moderasi', exact: true });
    await expect(queueCard).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kotak masuk perangkat daerah' })).toHaveCount(0);
    await expect(page.getByText(/laporan menunggu/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await queueCard.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antrean moderasi laporan');
    await page.getByLabel('Cari judul atau uraian').fill(suffix);
    await page.getByLabel('Cari judul atau uraian').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/admin/laporan\\?q=${suffix}`));
    const row = page.getByRole('row').filter({ hasText: code });
    const secretRow = page.getByRole('row').filter({ hasText: secretCode });
    await expect(row).toContainText('Diajukan');
    await expect(row).toContainText('DPU');
    await expect(secretRow).toBeVisible();
    // Every column in view on a desktop screen: the table does not scroll sideways.
    const region = page.getByRole('region', { name: 'Laporan dalam antrean moderasi' });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // A stale page: someone else verifies the confidential report meanwhile; the dialog says why it cannot be done.
    await secretRow.getByRole('link', { name: secretCode }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dugaan pungutan proyek jalan ${suffix}`);
    await expect(page.getByTestId('report-code')).toHaveText(secretCode);
    await expect(page.getByText('Rahasia (hanya pelapor dan petugas yang menangani)')).toBeVisible();
    const behindTheBack = await page.request.post(`/api/reports/${secretCode}/actions`, {
      data: { action: 'verify' },
      headers: await pageCsrf(page.context()),
    });
    expect(behindTheBack.status()).toBe(200);
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    const verifyDialog = page.getByRole('dialog', { name: `Verifikasi laporan ${secretCode}` });
    await verifyDialog.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await expect(verifyDialog.getByRole('alert').filter({ hasText: 'berstatus “terverifikasi”' })).toBeVisible();
    await expectNoAxeViolations(page);
    await verifyDialog.getByRole('button', { name: 'Batal' }).click();
    await expect(verifyDialog).toBeHidden();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/admin/laporan\\?q=${suffix}`));

    // Bulk verify: one succeeds, the other (already verified) fails with the API's reason.
    await page.getByLabel(`Pilih ${code}`).check();
    await page.getByLabel(`Pilih ${secretCode}`).check();
    await expect(page.getByText('2 laporan terpilih')).toBeVisible();
    await page.getByRole('button', { name: 'Verifikasi terpilih' }).click();
    const result = page.getByTestId('bulk-result');
    await expect(result).toContainText('1 laporan berhasil diverifikasi.');
    await expect(result).toContainText('1 laporan gagal diproses:');
    await expect(result).toContainText(
      `${secretCode}: Tindakan ini tidak dapat dilakukan karena laporan sedang berstatus “terverifikasi”.`,
    );
    await expect(result).toBeFocused();
    await expect(row).toContainText('Terverifikasi');
    await expect(page.getByText('0 laporan terpilih')).toBeVisible();
    await expectNoAxeViolations(page);

    // Bulk dispatch to DPU: the report leaves the queue.
    await page.getByLabel(`Pilih ${code}`).check();
    await page.getByRole('button', { name: 'Teruskan terpilih ke…' }).click();
    const dispatchDialog = page.getByRole('dialog', { name: 'Teruskan 1 laporan ke…' });
    await dispatchDialog.getByLabel('Perangkat daerah tujuan').selectOption(dpu?.id ?? '');
    await expectNoAxeViolations(page);
    await dispatchDialog.getByRole('button', { name: 'Teruskan', exact: true }).click();
    await expect(dispatchDialog).toBeHidden();
    await expect(result).toContainText('1 laporan berhasil diteruskan.');
    await expect(row).toHaveCount(0);
    await expect(secretRow).toContainText('Terverifikasi');

    // The detail: an internal note for the department.
    await page.goto(`/admin/laporan/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('report-department')).toHaveText('Dinas Pekerjaan Umum (DPU)');
    await expect(page.getByText('Tenggat tindak lanjut')).toBeVisible();
    await expect(page.getByTestId('point-mismatch')).toContainText(
      'Lokasi tidak cocok Titik di peta berada di Pleburan, Semarang Selatan, bukan di kelurahan yang dipilih pelapor.',
    );
    // The citizen's photo, re-encoded by the API, shown to staff (the link is named by the thumbnail's text).
    const photoImage = page.getByRole('link', { name: 'Foto lampiran: jalan-berlubang.png' }).locator('img');
    await expect(photoImage).toBeVisible();
    await expectImageLoaded(photoImage);
    await page.getByRole('button', { name: 'Tambah catatan' }).click();
    const noteDialog = page.getByRole('dialog', { name: `Tambah catatan pada laporan ${code}` });
    await expect(noteDialog.getByLabel('Catatan internal (hanya terlihat oleh staf)')).toBeChecked();
    await noteDialog.getByRole('textbox', { name: /^Catatan/ }).fill('Foto sudah dicek: lubang sekitar satu meter.');
    await noteDialog.getByRole('button', { name: 'Tambah catatan' }).click();
    await expect(noteDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Catatan ditambahkan.' })).toBeVisible();
    await expect(page.getByTestId('report-timeline')).toContainText('Catatan · Internal');
    await expectNoAxeViolations(page);

    // An official of another department does not even learn that the confidential report exists.
    const dlhOfficial = await otherDepartmentOfficial(baseURL, dlh?.id ?? '');
    expect((await dlhOfficial.get(`/api/reports/${secretCode}`)).status()).toBe(404);
    expect((await dlhOfficial.post(`/api/reports/${secretCode}/actions`, { action: 'note', note: 'Ingin tahu isinya.' })).status()).toBe(
      404,
    );
    expect((await dlhOfficial.get(`/api/reports/${code}`)).status()).toBe(200);
    await dlhOfficial.dispose();

    // The DPU official, on a phone: inbox → detail → start → resolve.
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, DPU_OFFICIAL);
    const inboxCard = page.getByRole('link', { name: 'Kotak masuk perangkat daerah' });
    await expect(page.getByRole('link', { name: 'Antrean moderasi', exact: true })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await inboxCard.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kotak masuk perangkat daerah');
    await expect(page.getByRole('checkbox', { name: `Pilih ${code}` })).toHaveCount(0);
    // On a phone the filters besides the search fold away behind one button.
    const moreFilters = page.getByRole('button', { name: 'Saringan lainnya' });
    await expect(page.getByRole('checkbox', { name: 'Hanya yang lewat tenggat' })).toBeHidden();
    await moreFilters.click();
    await expect(moreFilters).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: 'Hanya yang lewat tenggat' })).toBeVisible();
    await moreFilters.click();
    await page.getByLabel('Cari judul atau uraian').fill(suffix);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/laporan/masuk\\?q=${suffix}`));
    const inboxRow = page.getByRole('row').filter({ hasText: code });
    await expect(inboxRow).toContainText('Diteruskan');
    await expect(page.getByRole('row').filter({ hasText: secretCode })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await inboxRow.getByRole('link', { name: code }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('button', { name: 'Verifikasi', exact: true })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Mulai tangani' }).click();
    const startDialog = page.getByRole('dialog', { name: `Mulai tangani laporan ${code}` });
    await startDialog.getByRole('button', { name: 'Mulai tangani' }).click();
    await expect(startDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Laporan ${code} mulai ditangani.` })).toBeVisible();
    await expect(page.getByTestId('report-status')).toContainText('Sedang ditangani');
    await expect(page.getByTestId('report-status')).toBeFocused();

    await page.getByRole('button', { name: 'Tandai selesai' }).click();
    const resolveDialog = page.getByRole('dialog', { name: `Selesaikan laporan ${code}` });
    await resolveDialog.getByRole('button', { name: 'Tandai selesai' }).click();
    await expect(resolveDialog.locator('.wk-field__error')).toContainText('Catatan penyelesaian wajib diisi.');
    await expectNoAxeViolations(page);
    await resolveDialog.getByLabel('Catatan penyelesaian').fill('Lubang sudah ditambal dengan aspal pada Selasa pagi.');
    // An "after" photo, uploaded as it is chosen and sent with the resolution.
    await resolveDialog
      .getByLabel('Foto sesudah ditangani')
      .setInputFiles({ name: 'sudah-ditambal.png', mimeType: 'image/png', buffer: smallPng() });
    await expect(resolveDialog.getByText('sudah-ditambal.png: Terunggah')).toBeVisible();
    await expectNoAxeViolations(page);
    await resolveDialog.getByRole('button', { name: 'Tandai selesai' }).click();
    await expect(resolveDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Laporan ${code} ditandai selesai.` })).toBeVisible();
    await expect(page.getByTestId('report-status')).toContainText('Selesai ditangani');
    await expect(page.getByRole('heading', { name: 'Foto sesudah ditangani' })).toBeVisible();
    await expectImageLoaded(page.getByRole('link', { name: 'Foto lampiran: sudah-ditambal.png' }).locator('img'));
    await expect(page.getByTestId('report-timeline')).toContainText('Petugas Dinas Pekerjaan Umum (DPU)');
    await expect(page.getByText('Ditutup otomatis pada')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);

    // The citizen rates the handling (the tracking page's rating form is the citizen pages' work).
    const rated = await citizen.post(`/api/reports/${code}/actions`, { action: 'rate', rating: 5, note: 'Cepat dan rapi, terima kasih.' });
    expect(rated.status(), await rated.text()).toBe(200);
    await citizen.dispose();

    // Back to the moderator: the timeline shows every step; an illegal action answers 409.
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, MODERATOR, `/admin/laporan/${code}`);
    const timeline = page.getByTestId('report-timeline');
    for (const step of [
      'Laporan diajukan',
      'Diverifikasi',
      'Diteruskan ke Dinas Pekerjaan Umum (DPU)',
      'Catatan · Internal',
      'Mulai ditangani',
      'Selesai ditangani',
      'Dinilai pelapor: 5 dari 5',
    ])
      await expect(timeline.getByText(step, { exact: true })).toBeVisible();
    await expect(timeline).toContainText('Lubang sudah ditambal dengan aspal pada Selasa pagi.');
    await expect(page.getByText('5 dari 5 — Cepat dan rapi, terima kasih.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Verifikasi', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const illegal = await page.request.post(`/api/reports/${code}/actions`, {
      data: { action: 'verify' },
      headers: await pageCsrf(page.context()),
    });
    expect(illegal.status()).toBe(409);
    expect(((await illegal.json()) as { message: string }).message).toBe(
      'Tindakan ini tidak dapat dilakukan karena laporan sedang berstatus “selesai ditangani”.',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('the queue is for moderators, the inbox for officials; filters live in the URL; English works too', async ({
    page,
    consoleErrors,
  }) => {
    await signIn(page, DPU_OFFICIAL, '/admin/laporan/masuk?overdue=true&status=in_progress');
    await expect(page.getByLabel('Hanya yang lewat tenggat')).toBeChecked();
    await expect(page.getByLabel('Status')).toHaveValue('in_progress');
    // One department only: no department filter to choose from.
    await expect(page.getByLabel('Perangkat daerah', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto('/admin/laporan');
    await expect(page).toHaveURL('/akses-ditolak');

    await signIn(page, MODERATOR, '/admin/laporan');
    await page.getByLabel('Hanya yang lewat tenggat').check();
    await page.getByLabel('Status').selectOption('submitted');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL('/admin/laporan?status=submitted&overdue=true');
    await expect(page.getByText('Tidak ada laporan yang cocok dengan filter ini.')).toBeVisible();
    await page.getByRole('button', { name: 'Verifikasi terpilih' }).click();
    await expect(page.getByText('Pilih setidaknya satu laporan terlebih dahulu.')).toBeVisible();
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await expect(page).toHaveURL('/admin/laporan');
    await page.goto('/admin/laporan/masuk');
    await expect(page).toHaveURL('/akses-ditolak');
    await page.goto('/admin/laporan/LPR-2026-999999');
    await expect(page.getByText('Laporan ini tidak ditemukan, atau Anda tidak berwenang melihatnya.')).toBeVisible();
    await expectNoAxeViolations(page);

    // The language is saved to the moderator's account: switched back at the end for the other tests.
    await page.goto('/admin/laporan');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report moderation queue');
    await expect(page.getByRole('button', { name: 'Verify selected' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Service deadline' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antrean moderasi laporan');
    expect(consoleErrors).toEqual([]);
  });
});
