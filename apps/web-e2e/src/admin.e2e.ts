import { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

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
});
