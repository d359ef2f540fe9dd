import { APIRequestContext, Page, request as playwrightRequest } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { linkFromOutbox } from './outbox';

// The e2e server runs with PETITION_SPONSORS=2, PETITION_RESPONSE_THRESHOLD=3 and
// PETITION_AGENDA_THRESHOLD=4 (playwright.config.ts), so that a handful of accounts walk a
// petition through every step.
const PASSWORD = 'demo-walikota-2026';
const CITIZEN = 'warga@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
const DPU_OFFICIAL = 'dpu@demo.walikota.id';
const ADMIN = 'admin@demo.walikota.id';
const RUN = Date.now().toString(36);
const TITLE = `Tambah lampu jalan di sepanjang Jalan Pemuda ${RUN}`;
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

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

  dispose(): Promise<void> {
    return this.context.dispose();
  }

  private async csrf(): Promise<Record<string, string>> {
    const { cookies } = await this.context.storageState();
    return { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  }
}

/** A new verified citizen (registered, e-mail verified through the outbox link), with no kelurahan in the profile. */
async function newCitizen(baseURL: string | undefined, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${RUN}@contoh.id`;
  const visitor = await playwrightRequest.newContext({ baseURL });
  expect((await visitor.post('/api/auth/register', { data: { name, email, password: PASSWORD } })).status()).toBe(202);
  const token = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), 'http://x').searchParams.get('token');
  expect((await visitor.post('/api/auth/verify-email', { data: { token } })).status()).toBe(204);
  await visitor.dispose();
  return email;
}

/** Signs in through the form, starting at `returnTo` (a visitor is sent to sign in and brought back). */
async function signIn(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

/** axe at 360 px and at 1280 px, with nothing scrolling sideways on the phone. */
async function checkBothWidths(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
  await expectNoAxeViolations(page);
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page);
}

test.describe.serial('petisi', () => {
  let code = '';
  let sponsorPath = '';
  const sponsors: string[] = [];

  test.beforeAll(async ({ baseURL }) => {
    sponsors.push(await newCitizen(baseURL, 'Sri Wahyuni'), await newCitizen(baseURL, 'Bambang Pamungkas'));
  });

  test('a citizen drafts a petition, edits the draft and asks for sponsors', async ({ page, consoleErrors }) => {
    await signIn(page, CITIZEN, '/petisi/baru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat petisi');
    await checkBothWidths(page);

    // The title's counter, and a client-side check before anything is sent.
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(page.locator('#field-title')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel(/^Judul petisi/).fill(TITLE);
    await expect(page.getByText(`${TITLE.length} / 120 karakter`)).toBeVisible();
    await page
      .getByLabel(/^Latar belakang/)
      .fill('Jalan Pemuda gelap pada malam hari sejak lampu lama dicabut; warga dan pedagang pasar merasa tidak aman.');
    await page.getByLabel(/^Kategori/).selectOption({ label: 'Infrastruktur' });
    await page.getByRole('radio', { name: 'Satu kecamatan' }).check();
    await page.getByLabel(/^Kecamatan/).selectOption({ label: 'Semarang Tengah' });
    await page.getByRole('radio', { name: 'Seluruh kota' }).check();
    await page.getByRole('button', { name: 'Simpan draf' }).click();

    await expect(page).toHaveURL(/\/petisi\/PTS-\d{4}-\d{6}$/);
    code = page.url().split('/').pop() ?? '';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText('Draf petisi tersimpan.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Draf Anda' })).toBeVisible();
    await checkBothWidths(page);

    // The draft is edited once more, then goes to sponsors (its text is fixed from then on).
    await page.getByRole('link', { name: 'Ubah draf' }).click();
    await expect(page).toHaveURL(`/petisi/${code}/ubah`);
    await expect(page.getByLabel(/^Judul petisi/)).toHaveValue(TITLE);
    await page.getByLabel(/^Rincian/).fill('Usul: 40 titik lampu LED dari Tugu Muda sampai Pasar Johar.');
    await checkBothWidths(page);
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(page).toHaveURL(`/petisi/${code}`);
    await expect(page.getByText('40 titik lampu LED')).toBeVisible();

    await page.getByRole('button', { name: 'Cari pendukung awal' }).click();
    await expect(page.getByText('Mencari pendukung awal').first()).toBeVisible();
    await expect(page.getByText('0 dari 2 pendukung awal')).toBeVisible();
    const link = await page.getByLabel('Tautan untuk pendukung awal').inputValue();
    expect(link).toMatch(/\/petisi\/dukung\/[\w-]+$/);
    sponsorPath = new URL(link).pathname;
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect(page.getByText('Tautan disalin.').last()).toBeVisible();
    await checkBothWidths(page);

    // The draft is among the citizen's own petitions.
    await page.goto('/petisi/saya');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petisi saya');
    await expect(page.getByRole('link', { name: TITLE })).toHaveAttribute('href', `/petisi/${code}`);
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('two citizens sponsor it through the share link, after signing in', async ({ page, consoleErrors }) => {
    for (const [index, email] of sponsors.entries()) {
      await page.context().clearCookies();
      // A visitor is asked to sign in and comes back to the link.
      await page.goto(sponsorPath);
      await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(sponsorPath)}`);
      await signIn(page, email, sponsorPath);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dukung petisi');
      await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
      if (index === 0) await checkBothWidths(page);
      await page.getByRole('button', { name: 'Dukung petisi ini' }).click();
      await expect(page.getByText('Anda termasuk pendukung awal petisi ini.')).toBeVisible();
    }
    // The second sponsor sent it to the moderators.
    await expect(page.getByText('Menunggu moderasi')).toBeVisible();
    await checkBothWidths(page);

    // The creator sees the moderation target.
    await signIn(page, CITIZEN, `/petisi/${code}`);
    await expect(page.getByText('2 dari 2 pendukung awal')).toBeVisible();
    await expect(page.getByText(/Moderator menargetkan keputusan paling lambat/)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a moderator publishes it from the queue, naming the public works department', async ({ page, consoleErrors }) => {
    await signIn(page, MODERATOR, '/admin');
    await page.getByRole('link', { name: 'Moderasi petisi' }).first().click();
    await expect(page).toHaveURL('/admin/petisi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderasi petisi');
    await checkBothWidths(page);
    await page.getByRole('link', { name: code }).click();
    await expect(page).toHaveURL(`/admin/petisi/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await page.getByRole('radio', { name: 'Tolak' }).check();
    await expect(page.getByLabel(/^Alasan/)).toBeVisible();
    await checkBothWidths(page);
    await page.getByRole('radio', { name: 'Terbitkan' }).check();
    const department = page.getByLabel(/^Perangkat daerah penanggap/);
    const dpu = await department.locator('option', { hasText: '(DPU)' }).first().getAttribute('value');
    await department.selectOption(dpu ?? '');
    await page.getByRole('button', { name: 'Terbitkan petisi' }).click();
    await expect(page.getByText('Petisi diterbitkan dan terbuka untuk ditandatangani.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Aktivitas penandatanganan' })).toBeVisible();
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('visitors read it and are asked to sign in; citizens sign (the kelurahan asked once); the count follows', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    await page.context().clearCookies();
    await page.goto('/petisi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petisi');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await checkBothWidths(page);
    // The filters are a GET form: they land in the address.
    await page.getByLabel('Urutkan').selectOption({ label: 'Terbaru' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL('/petisi?sort=newest');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/petisi/${code}`);
    await expect(page.getByTestId('petition-count')).toHaveText('0');
    await expect(page.getByRole('link', { name: 'Masuk untuk menandatangani' })).toHaveAttribute(
      'href',
      `/masuk?kembali=${encodeURIComponent(`/petisi/${code}`)}`,
    );
    await expect(page.getByRole('heading', { name: 'Tanda tangan per wilayah' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Unduh angka per wilayah (CSV)' })).toHaveAttribute(
      'href',
      `/api/petitions/${code}/signatures-by-area.csv`,
    );
    await checkBothWidths(page);

    // A sponsor, whose profile names no kelurahan, signs on a phone: asked for it once.
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Masuk untuk menandatangani' }).click();
    await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(`/petisi/${code}`)}`);
    await page.getByLabel('E-mail').fill(sponsors[0]);
    await page.locator('#field-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page).toHaveURL(`/petisi/${code}`);
    await page.getByRole('button', { name: 'Tandatangani petisi ini' }).click();
    await expect(page.getByText('Di kelurahan mana Anda tinggal?')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tandatangani petisi ini' }).click();
    await expect(page.locator('#sign-areaId')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel(/^Kecamatan/).selectOption({ label: 'Semarang Selatan' });
    await page.getByLabel(/^Kelurahan/).selectOption({ label: 'Pleburan' });
    await page.getByRole('button', { name: 'Tandatangani petisi ini' }).click();
    await expect(page.getByText(/Anda menandatangani petisi ini pada/)).toBeVisible();
    await expect(page.getByTestId('petition-count')).toHaveText('1', { timeout: 15_000 });
    // Withdrawn and given again.
    await page.getByRole('button', { name: 'Tarik tanda tangan saya' }).click();
    await expect(page.getByRole('button', { name: 'Tandatangani petisi ini' })).toBeVisible();
    await page.getByRole('button', { name: 'Tandatangani petisi ini' }).click();
    await expect(page.getByText(/Anda menandatangani petisi ini pada/)).toBeVisible();
    await checkBothWidths(page);

    // Two more sign through the API while the page is open: its count follows without a reload.
    for (const email of [sponsors[1], CITIZEN]) {
      const signer = await ApiSession.signIn(baseURL, email);
      const areas = (await (await signer.get('/api/areas')).json()) as { kecamatan: { kelurahan: { id: string }[] }[] };
      const response = await signer.post(`/api/petitions/${code}/signatures`, { areaId: areas.kecamatan[1].kelurahan[0].id });
      expect(response.status(), await response.text()).toBeLessThan(300);
      await signer.dispose();
    }
    await expect(page.getByTestId('petition-count')).toHaveText('3', { timeout: 20_000 });

    // My petitions: the signed one is listed.
    await page.goto('/petisi/saya');
    await expect(page.getByRole('region', { name: 'Petisi yang saya tandatangani' }).getByRole('link', { name: TITLE })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('at the threshold the department responds, and everyone reads the response', async ({ page, consoleErrors }) => {
    await page.context().clearCookies();
    await page.goto(`/petisi/${code}`);
    await expect(page.getByText('Menunggu tanggapan').first()).toBeVisible();
    await expect(page.getByText(/Tercapai/).first()).toBeVisible();

    await signIn(page, DPU_OFFICIAL, `/petisi/${code}`);
    await page.getByRole('link', { name: 'Tulis tanggapan resmi' }).click();
    await expect(page).toHaveURL(`/admin/petisi/${code}/tanggapan`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tanggapan resmi petisi');
    await checkBothWidths(page);
    await page.getByLabel(/^Ringkasan tanggapan/).fill('DPU memasang 40 lampu LED di Jalan Pemuda bulan depan.');
    await page
      .getByLabel(/^Tanggapan lengkap/)
      .fill('Pemasangan dimulai tanggal 1 bulan depan, dari Tugu Muda ke arah Pasar Johar, selesai dalam tiga minggu.');
    await page.getByRole('button', { name: 'Terbitkan tanggapan' }).click();
    await expect(page.getByText('Tanggapan diterbitkan. Pembuat dan penanda tangan petisi diberi tahu.')).toBeVisible();

    await page.context().clearCookies();
    await page.goto(`/petisi/${code}`);
    await expect(page.getByRole('heading', { name: 'Tanggapan pemerintah kota' })).toBeVisible();
    await expect(page.getByText('DPU memasang 40 lampu LED di Jalan Pemuda bulan depan.')).toBeVisible();
    await expect(page.getByText('Sudah ditanggapi').first()).toBeVisible();
    await checkBothWidths(page);

    await page.goto('/petisi?state=responded');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the link preview names the petition, its count and status; an unknown code answers 404', async ({
    page,
    request,
    consoleErrors,
  }) => {
    const html = await (await request.get(`/petisi/${code}`)).text();
    expect(html).toContain(`<meta property="og:title" content="${TITLE}">`);
    expect(html).toMatch(/<meta name="description" content="3 tanda tangan · Sudah ditanggapi\. Tandatangani petisi ini\.">/);
    const missing = await request.get('/petisi/PTS-2020-999999');
    expect(missing.status()).toBe(404);
    await page.goto('/petisi/PTS-2020-999999');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petisi tidak ditemukan');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('staff pages: agenda, rejection reasons and blocked domains', async ({ page, consoleErrors }) => {
    await signIn(page, ADMIN, '/admin/petisi/agenda');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda petisi');
    await checkBothWidths(page);
    await page.goto('/admin/petisi/alasan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alasan penolakan petisi');
    await checkBothWidths(page);
    await page.goto('/admin/petisi/domain-diblokir');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Domain e-mail yang diblokir');
    await page.locator('#field-domain').fill(`sekali-pakai-${RUN}.example`);
    await page.getByRole('button', { name: 'Blokir', exact: true }).click();
    await expect(page.getByRole('cell', { name: `sekali-pakai-${RUN}.example`, exact: true })).toBeVisible();
    await checkBothWidths(page);
    await page.getByRole('button', { name: `Buka blokir sekali-pakai-${RUN}.example` }).click();
    await expect(page.getByText(`Blokir domain sekali-pakai-${RUN}.example dibuka.`)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the list and a petition in English', async ({ page, consoleErrors }) => {
    await page.context().clearCookies();
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('walikota.language', 'en'));
    await page.goto('/petisi?state=responded');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petitions');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await checkBothWidths(page);
    await page.goto(`/petisi/${code}`);
    await expect(page.getByRole('heading', { name: 'The city’s response' })).toBeVisible();
    await expect(page.getByText('Responded').first()).toBeVisible();
    await checkBothWidths(page);
    await page.evaluate(() => localStorage.setItem('walikota.language', 'id'));
    expect(consoleErrors).toEqual([]);
  });
});
