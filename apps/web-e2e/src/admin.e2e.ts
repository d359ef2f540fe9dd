import { APIRequestContext, Page, request as playwrightRequest } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { linkFromOutbox } from './outbox';

// Demo accounts of the embedded database (libs/api/identity/src/users/account-bootstrap.service.ts).
const PASSWORD = 'demo-walikota-2026';
const ADMIN = 'admin@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
const CITIZEN = 'warga@demo.walikota.id';

async function signIn(page: Page, email: string, returnTo = '/admin'): Promise<void> {
  await page.goto(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

/** An API session of its own (cookies apart from the page's), sending the CSRF header as the web app does. */
async function apiSession(
  baseURL: string | undefined,
  email: string,
): Promise<{ context: APIRequestContext; csrf: () => Promise<Record<string, string>> }> {
  const context = await playwrightRequest.newContext({ baseURL });
  expect((await context.post('/api/auth/login', { data: { email, password: PASSWORD } })).status(), `sign-in of ${email}`).toBe(200);
  const csrf = async () => {
    const { cookies } = await context.storageState();
    return { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  };
  return { context, csrf };
}

/** A citizen of the calling test alone (not yet verified), so that the demo accounts keep their roles. */
async function freshCitizen(request: APIRequestContext, first: string): Promise<{ name: string; email: string }> {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `${first} ${suffix}`;
  const email = `${first.toLowerCase().replace(/\W+/g, '.')}.${suffix}@contoh.id`;
  const registered = await request.post('/api/auth/register', { data: { name, email, password: 'Taman-Kota-Hijau-2026' } });
  expect(registered.status()).toBe(202);
  return { name, email };
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
}

test.describe('the staff area (/admin)', () => {
  test('an admin verifies a new citizen from the outbox, makes them a moderator of a department and finds it in the audit log', async ({
    page,
    request,
    consoleErrors,
  }) => {
    // A fresh citizen of this test alone, so that the demo accounts keep their roles for other tests.
    const suffix = Date.now().toString(36);
    const name = `Sari Wulandari ${suffix}`;
    const email = `sari.${suffix}@contoh.id`;
    const registered = await request.post('/api/auth/register', { data: { name, email, password: 'Taman-Kota-Hijau-2026' } });
    expect(registered.status()).toBe(202);

    await signIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang, Admin');
    await expect(page.getByText('Admin', { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The outbox: embedded mode keeps e-mails here, verification link included (a link to follow).
    await page.getByRole('link', { name: 'Kotak keluar e-mail' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kotak keluar e-mail');
    const mail = page.getByRole('row').filter({ hasText: email });
    const toggle = mail.getByRole('button');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = mail.getByTestId('outbox-body');
    await expect(body).toContainText('/verifikasi-email?token=');
    // Only the address is a link, and exactly as written; the words around it stay text.
    const link = body.getByRole('link');
    await expect(link).toHaveCount(1);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/verifikasi-email\?token=[\w-]+$/);
    await expect(link).toHaveText(href);
    expect(await body.textContent()).toContain(`${href}`);
    await expectNoAxeViolations(page);
    const token = new URL(href).searchParams.get('token');
    expect(token).toBeTruthy();
    expect((await request.post('/api/auth/verify-email', { data: { token } })).status()).toBe(204);

    // Users: search by name; the query is in the URL.
    await page.getByRole('navigation', { name: 'Remah roti' }).getByRole('link', { name: 'Ruang staf' }).click();
    await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengguna');
    await expect(page.getByRole('link', { name: 'Admin', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Cari nama atau e-mail').fill(name);
    await page.getByLabel('Cari nama atau e-mail').press('Enter');
    await expect(page).toHaveURL(/\/admin\/pengguna\?q=Sari/);
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(row).toContainText('Warga');
    await expect(row).toContainText('Aktif');
    await expectNoAxeViolations(page);

    // Back and forward keep the search.
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
    await expect(page.getByLabel('Cari nama atau e-mail')).toHaveValue(name);
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('navigation', { name: 'Remah roti' })).toContainText('Pengguna');
    await expectNoAxeViolations(page);

    // Roles: add Moderator.
    const roles = page.getByRole('group', { name: 'Peran pengguna' });
    await expect(roles.getByLabel('Warga')).toBeChecked();
    await roles.getByLabel('Moderator').check();
    await page.locator('#field-rolesReason').fill('Bergabung sebagai moderator forum kelurahan');
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Peran ${name} diperbarui.` })).toBeVisible();
    await expect(page.getByTestId('user-roles')).toContainText('Moderator');

    // Departments: join DPU.
    const departments = page.getByRole('group', { name: 'Anggota perangkat daerah' });
    await departments.getByLabel('(DPU)').check();
    await page.getByRole('button', { name: 'Simpan perangkat daerah' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Perangkat daerah ${name} diperbarui.` })).toBeVisible();
    await expect(page.getByTestId('user-departments')).toContainText('Pekerjaan Umum');

    // Suspending asks for a reason in a dialog.
    await page.getByRole('button', { name: 'Tangguhkan akun' }).click();
    const dialog = page.getByRole('dialog', { name: `Tangguhkan ${name}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Tangguhkan', exact: true }).click();
    await expect(dialog.locator('.wk-field__error')).toContainText('Alasan wajib diisi.');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Tangguhkan akun' }).click();
    await dialog.getByLabel('Alasan').fill('Akun uji, ditangguhkan sementara');
    await dialog.getByRole('button', { name: 'Tangguhkan', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Akun ${name} ditangguhkan.` })).toBeVisible();
    await expect(page.getByText('Akun ini ditangguhkan: pemiliknya tidak dapat masuk.')).toBeFocused();
    await page.getByRole('region', { name: 'Status akun' }).getByLabel('Alasan').fill('Sudah diperiksa, boleh aktif lagi');
    await page.getByRole('button', { name: 'Aktifkan kembali' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Akun ${name} aktif kembali.` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tangguhkan akun' })).toBeVisible();

    // The audit log for this user shows the role change with before and after.
    await page.getByRole('link', { name: 'Lihat log audit pengguna ini' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log audit');
    await expect(page).toHaveURL(/\/admin\/audit\?targetId=/);
    const entry = page.getByRole('row').filter({ hasText: 'user.roles_changed' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Bergabung sebagai moderator forum kelurahan');
    await expect(entry).toContainText('Admin');
    await entry.getByRole('button', { name: /Tampilkan perubahan/ }).click();
    await expect(entry.locator('pre').last()).toContainText('moderator');
    await expect(page.getByRole('row').filter({ hasText: 'user.departments_changed' })).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: 'user.suspended' })).toContainText('Akun uji, ditangguhkan sementara');
    await expect(page.getByRole('row').filter({ hasText: 'user.reactivated' })).toHaveCount(1);
    await expectNoAxeViolations(page);

    // Departments, and their members in the user list.
    await page.goto('/admin/perangkat-daerah');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perangkat daerah');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Anggota DPU', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/pengguna\?departmentId=/);
    await expect(page.getByRole('row').filter({ hasText: email })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'dpu@demo.walikota.id' })).toBeVisible();
    await expect(page.getByLabel('Perangkat daerah')).not.toHaveValue('');
    expect(consoleErrors).toEqual([]);
  });

  test('an admin cannot remove their own admin role: the API says why, at the form', async ({ page, consoleErrors }) => {
    await signIn(page, ADMIN, '/admin/pengguna?q=admin');
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await expect(page.getByText('Ini akun Anda sendiri.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tangguhkan akun' })).toHaveCount(0);
    await page.getByRole('group', { name: 'Peran pengguna' }).getByLabel('Admin').uncheck();
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Anda tidak dapat mencabut peran admin' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('a moderator reaches the staff home but not the admin sections', async ({ page, consoleErrors }) => {
    await signIn(page, MODERATOR);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang, Moderator');
    await expect(page.getByRole('heading', { name: 'Antrean kerja' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pengguna', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto('/admin/pengguna');
    await expect(page).toHaveURL('/akses-ditolak');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda tidak memiliki akses ke halaman ini');
    await expect(page).toHaveTitle(/Akses ditolak/);
    expect(consoleErrors).toEqual([]);
  });

  test('a citizen gets the access-denied page and a visitor is asked to sign in', async ({ page, consoleErrors }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL('/masuk?kembali=%2Fadmin');
    await signIn(page, CITIZEN, '/');
    await page.goto('/admin');
    await expect(page).toHaveURL('/akses-ditolak');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda tidak memiliki akses ke halaman ini');
    expect(consoleErrors).toEqual([]);
  });

  test('users show e-mail verification, registration and last sign-in; a new verification e-mail can be sent; adding a role needs a reason, removing one does not', async ({
    page,
    request,
    baseURL,
    consoleErrors,
  }) => {
    const { name, email } = await freshCitizen(request, 'Budi Santoso');
    await signIn(page, ADMIN, '/admin/pengguna');
    const table = page.getByRole('table', { name: 'Daftar pengguna' });
    for (const header of ['E-mail terverifikasi', 'Terdaftar', 'Terakhir masuk'])
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    // The admin has just signed in and is verified.
    const adminRow = table.getByRole('row').filter({ hasText: ADMIN });
    await expect(adminRow.locator('wk-badge', { hasText: /^\s*Ya\s*$/ })).toBeVisible();
    await expect(adminRow.getByRole('cell').last()).toContainText(/\d{4}/);
    await expect(adminRow.getByRole('cell').last()).not.toContainText('Belum pernah');
    await expectNoAxeViolations(page);

    // The new citizen: not verified, never signed in.
    await page.getByLabel('Cari nama atau e-mail').fill(name);
    await page.getByLabel('Cari nama atau e-mail').press('Enter');
    const row = table.getByRole('row').filter({ hasText: email });
    await expect(row.locator('wk-badge', { hasText: /^\s*Belum\s*$/ })).toBeVisible();
    await expect(row.getByRole('cell').last()).toContainText('Belum pernah');
    await expect(row.getByRole('cell').nth(5)).toContainText(/\d{4}/);

    // The detail offers to send the verification e-mail again.
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Belum pernah')).toBeVisible();
    const resend = page.getByRole('button', { name: 'Kirim ulang e-mail verifikasi' });
    await resend.click();
    await expect(page.getByTestId('resend-verification')).toContainText(`E-mail verifikasi dikirim ulang ke ${email}.`);
    await expectNoAxeViolations(page);
    // Verified meanwhile (the page does not know yet): the API's 409 is said in its words.
    const token = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), 'http://x').searchParams.get('token');
    expect((await request.post('/api/auth/verify-email', { data: { token } })).status()).toBe(204);
    await resend.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Alamat e-mail pengguna ini sudah terverifikasi.' })).toBeVisible();

    // Adding a role without a reason is refused beside the field, and nothing is saved.
    const roles = page.getByRole('group', { name: 'Peran pengguna' });
    const reason = page.locator('#field-rolesReason');
    const reasonField = page.locator('wk-field', { has: reason });
    await expect(reasonField).toContainText('Alasan (tidak wajib)');
    await roles.getByLabel('Moderator').check();
    await expect(reasonField.locator('label')).toContainText('(wajib)');
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(reasonField.locator('.wk-field__error')).toContainText('Alasan wajib diisi.');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('wk-error-summary').getByRole('link', { name: 'Alasan wajib diisi.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByTestId('user-roles')).not.toContainText('Moderator');
    await reason.fill('ok');
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(reasonField.locator('.wk-field__error')).toContainText('Alasan minimal 3 karakter.');
    // Too long: kept whole, counted, refused.
    await reason.fill('x'.repeat(501));
    await expect(reason).toHaveValue('x'.repeat(501));
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(reasonField.locator('.wk-field__error')).toContainText('Alasan paling banyak 500 karakter; sekarang 501.');

    // The API requires the reason too: its field message lands beside the same field.
    await page.route('**/api/admin/users/*/roles', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      delete body['reason'];
      await route.continue({ postData: JSON.stringify(body) });
    });
    await reason.fill('Membantu moderasi laporan warga');
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(reasonField.locator('.wk-field__error')).toContainText('saat menambahkan peran');
    await page.unroute('**/api/admin/users/*/roles');

    // With a reason, it is saved.
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Peran ${name} diperbarui.` })).toBeVisible();
    await expect(page.getByTestId('user-roles')).toContainText('Moderator');
    await expect(reasonField.locator('.wk-field__error')).toHaveCount(0);

    // Only removing a role: no reason needed.
    await expect(reasonField).toContainText('Alasan (tidak wajib)');
    await roles.getByLabel('Moderator').uncheck();
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(page.getByTestId('user-roles')).not.toContainText('Moderator');
    await expect(reasonField.locator('.wk-field__error')).toHaveCount(0);

    // The audit log names the actions, the actor and the target.
    await page.getByRole('link', { name: 'Lihat log audit pengguna ini' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log audit');
    const changes = page.getByRole('row').filter({ hasText: 'Peran diubah' });
    await expect(changes).toHaveCount(2);
    const added = changes.filter({ hasText: 'Membantu moderasi laporan warga' });
    await expect(added.locator('code')).toHaveText('user.roles_changed');
    await expect(added.getByRole('link', { name: 'Admin', exact: true })).toHaveAttribute('href', /^\/admin\/pengguna\/[0-9a-f-]{36}$/);
    await expect(added.getByRole('link', { name })).toHaveAttribute('href', /^\/admin\/pengguna\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('row').filter({ hasText: 'E-mail verifikasi dikirim ulang' })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await added.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    expect(consoleErrors).toEqual([]);
  });

  test('the audit log: labelled actions, a report linked by its code, filters to choose from, and a chain check that says it is intact', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    // A report verified by the moderator: an entry whose target is a report.
    const citizen = await apiSession(baseURL, CITIZEN);
    const departments = (await (await citizen.context.get('/api/departments')).json()) as { id: string; shortName: string }[];
    const dpu = departments.find((d) => d.shortName === 'DPU');
    const categories = (await (await citizen.context.get('/api/categories?module=report')).json()) as {
      id: string;
      departmentId?: string;
    }[];
    const category = categories.find((c) => c.departmentId === dpu?.id);
    const areas = (await (await citizen.context.get('/api/areas')).json()) as { kecamatan: { kelurahan: { id: string }[] }[] };
    const title = `Lampu jalan padam di gang sekolah ${Date.now().toString(36)}`;
    const filed = await citizen.context.post('/api/reports', {
      data: {
        type: 'complaint',
        privacy: 'public',
        title,
        description: 'Sudah seminggu lampu jalan di gang menuju sekolah padam, anak-anak pulang les dalam gelap.',
        categoryId: category?.id,
        areaId: areas.kecamatan[0].kelurahan[0].id,
      },
      headers: await citizen.csrf(),
    });
    expect(filed.status(), await filed.text()).toBe(201);
    const code = ((await filed.json()) as { code: string }).code;
    await citizen.context.dispose();
    const moderator = await apiSession(baseURL, MODERATOR);
    const verified = await moderator.context.post(`/api/reports/${code}/actions`, {
      data: { action: 'verify' },
      headers: await moderator.csrf(),
    });
    expect(verified.status(), await verified.text()).toBeLessThan(300);
    await moderator.context.dispose();

    await signIn(page, ADMIN, '/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log audit');
    const entry = page.getByRole('row').filter({ hasText: code });
    await expect(entry).toContainText('Laporan diverifikasi');
    await expect(entry.locator('code')).toHaveText('report.verify');
    await expect(entry.getByRole('link', { name: 'Moderator', exact: true })).toBeVisible();
    await expect(entry.getByRole('link', { name: code })).toHaveAttribute('href', `/admin/laporan/${code}`);

    // The filters are lists of labels, not codes to type.
    const action = page.getByLabel('Tindakan', { exact: true });
    await expect(action.locator('option').first()).toHaveText('Semua');
    await expect(action.locator('option', { hasText: 'Peran diubah' })).toHaveAttribute('value', 'user.roles_changed');
    // Every kind of target by its label, in the shared list's order (the list grows with each module).
    await expect(page.getByLabel('Jenis sasaran').locator('option')).toContainText([
      'Semua',
      'Pengguna',
      'Kunci API',
      'Hari libur',
      'Laporan',
      'Petisi',
      'Alasan penolakan petisi',
      'Domain e-mail (petisi)',
      'Kategori forum',
      'Topik forum',
      'Pertemuan balai kota',
    ]);
    await action.selectOption({ label: 'Laporan diverifikasi' });
    await page.getByRole('button', { name: 'Terapkan filter' }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?action=report\.verify$/);
    const rows = page.getByRole('table', { name: 'Log audit' }).locator('tbody tr');
    await expect(rows.filter({ hasText: code })).toHaveCount(1);
    await expect(rows.filter({ hasNotText: 'Laporan diverifikasi' })).toHaveCount(0);
    await expect(action).toHaveValue('report.verify');
    await page.getByLabel('Jenis sasaran').selectOption({ label: 'Pengguna' });
    await page.getByRole('button', { name: 'Terapkan filter' }).click();
    await expect(page.getByText('Tidak ada catatan audit yang cocok dengan filter ini.')).toBeVisible();
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await expect(page).toHaveURL('/admin/audit');
    await expect(action).toHaveValue('');

    // The chain check: intact, with the head to write down elsewhere.
    await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
    const result = page.getByTestId('audit-verification');
    await expect(result).toContainText(/Rantai audit utuh: [\d.]+ catatan diperiksa\./);
    await expect(result.locator('.audit-hash')).toHaveText(/^\s*[0-9a-f]{64}\s*$/);
    await expect(result.locator('dd').first()).toHaveText(/^\s*\d+\s*$/);
    await expectNoAxeViolations(page);

    // In English, the same labels (the choice is saved to the account: switched back at once).
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    try {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
      await expect(page.getByRole('row').filter({ hasText: code })).toContainText('Report verified');
      await expect(page.getByLabel('Action', { exact: true }).locator('option', { hasText: 'Roles changed' })).toHaveCount(1);
      await page.getByRole('button', { name: 'Check the audit chain' }).click();
      await expect(result).toContainText('The audit chain is intact');
      await expectNoAxeViolations(page);
    } finally {
      await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log audit');

    // The report's link opens the staff report page.
    await page.getByRole('row').filter({ hasText: code }).getByRole('link', { name: code }).click();
    await expect(page).toHaveURL(`/admin/laporan/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(consoleErrors).toEqual([]);
  });

  test('the audit log and the users fit a 360 px phone: no sideways scrolling, axe clean', async ({
    page,
    request,
    baseURL,
    consoleErrors,
  }) => {
    // At least one entry, with a long name as its target, whatever ran before.
    const { email } = await freshCitizen(request, 'Raden Ajeng Kartika Wulandari Setyaningrum');
    const admin = await apiSession(baseURL, ADMIN);
    const found = (await (await admin.context.get(`/api/admin/users?q=${encodeURIComponent(email)}`)).json()) as {
      items: { id: string }[];
    };
    const resent = await admin.context.post(`/api/admin/users/${found.items[0]?.id}/verification-email`, { headers: await admin.csrf() });
    expect(resent.status()).toBe(204);
    await admin.context.dispose();

    await signIn(page, ADMIN, '/admin/audit');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log audit');
    await expect(page.getByRole('table', { name: 'Log audit' }).locator('tbody tr').first()).toBeVisible();
    await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
    await expect(page.getByTestId('audit-verification')).toContainText('Rantai audit utuh');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);

    await page.goto('/admin/pengguna');
    await expect(page.getByRole('table', { name: 'Daftar pengguna' }).getByRole('row').filter({ hasText: ADMIN })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Moderator', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderator');
    await page.getByRole('group', { name: 'Peran pengguna' }).getByLabel('Pejabat/Petugas OPD').check();
    await page.getByRole('button', { name: 'Simpan peran', exact: true }).click();
    await expect(page.locator('wk-field', { has: page.locator('#field-rolesReason') }).locator('.wk-field__error')).toContainText(
      'Alasan wajib diisi.',
    );
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});
