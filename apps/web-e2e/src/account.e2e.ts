import { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { linkFromOutbox } from './outbox';

const PASSWORD = 'Jembatan-Merah-Putih-2026';

function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@contoh.id`;
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Kata sandi( \(wajib\))?$/).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Registers through the API and verifies through the outbox (for tests about later steps). */
async function registeredCitizen(page: Page, baseURL: string | undefined, name: string): Promise<string> {
  const email = uniqueEmail('warga');
  const res = await page.request.post('/api/auth/register', { data: { name, email, password: PASSWORD } });
  expect(res.status()).toBe(202);
  const verify = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), baseURL);
  expect((await page.request.post('/api/auth/verify-email', { data: { token: verify.searchParams.get('token') } })).status()).toBe(204);
  return email;
}

test.describe('accounts', () => {
  test('a newcomer registers, verifies the e-mail from the outbox, signs in, edits the profile and signs out', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const email = uniqueEmail('budi');
    await page.goto('/');
    await page.getByRole('link', { name: 'Daftar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daftar akun');
    await expect(page).toHaveTitle(/^Daftar akun · Portal Warga Kota Semarang$/);
    await expectNoAxeViolations(page);

    // Empty form: a summary that takes focus, and each message beside its field.
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ada masalah' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Nama lengkap wajib diisi.' })).toBeVisible();
    const name = page.getByLabel('Nama lengkap');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Nama lengkap wajib diisi.', { exact: false }).last()).toBeVisible();
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: 'E-mail wajib diisi.' }).click();
    await expect(page.getByLabel('E-mail')).toBeFocused();

    // A password the API refuses (too common) comes back next to the field, in Indonesian.
    await name.fill('Budi Santoso');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Kata sandi( \(wajib\))?$/).fill('1234567890');
    await page.getByLabel('Kelurahan tempat tinggal').selectOption({ label: 'Pleburan' });
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect(page.getByLabel(/^Kata sandi( \(wajib\))?$/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#field-password').locator('..')).toContainText(/terlalu umum|mudah ditebak/i);

    await page.getByLabel(/^Kata sandi( \(wajib\))?$/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periksa e-mail Anda');
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);

    // The link of the verification e-mail, as the newcomer would click it.
    await page.goto(await linkFromOutbox(baseURL, email, 'verify_email'));
    await expect(page.getByText('Alamat e-mail Anda sudah terverifikasi.')).toBeVisible();
    await expectNoAxeViolations(page);
    // Opening the link again (a mail client's preview, a second tap) still says it is verified.
    await page.reload();
    await expect(page.getByText('Alamat e-mail Anda sudah terverifikasi.')).toBeVisible();
    // A token that was never issued is refused.
    await page.goto('/verifikasi-email?token=' + 'x'.repeat(43));
    await expect(page.getByText('Tautan verifikasi tidak valid atau sudah kedaluwarsa.')).toBeVisible();

    await page.getByRole('link', { name: 'Masuk', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk');
    await expectNoAxeViolations(page);
    await signIn(page, email, 'salah-kata-sandi');
    await expect(page.getByRole('alert').filter({ hasText: /salah/i })).toBeVisible();
    await signIn(page, email);
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'Selamat datang, Budi Santoso.' })).toBeVisible();

    await page.getByRole('link', { name: /^Akun/ }).click();
    await expect(page).toHaveURL('/profil');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profil Anda');
    await expect(page.getByText('Terverifikasi')).toBeVisible();
    await expect(page.getByLabel('Kelurahan tempat tinggal')).toHaveValue(/.+/);
    await expectNoAxeViolations(page);
    await page.getByLabel('Nama lengkap').fill('Budi Santoso Wibowo');
    await page.getByLabel('Nomor telepon').fill('+62 812 3456 7890');
    await page.getByLabel('Ringkasan harian').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Perubahan disimpan.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso Wibowo');
    await expect(page.getByLabel('Ringkasan harian')).toBeChecked();

    // An invalid value is refused by the API and shown beside its field.
    await page.getByLabel('Nomor telepon').fill('bukan nomor');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByLabel('Nomor telepon')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByText('Anda telah keluar.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
    // The account pages now ask to sign in, and bring the user back afterwards.
    await page.goto('/profil');
    await expect(page).toHaveURL('/masuk?kembali=%2Fprofil');
    await signIn(page, email);
    await expect(page).toHaveURL('/profil');
    expect(consoleErrors).toEqual([]);
  });

  test('on a phone, the registration’s outcome is in view and has focus, not scrolled away above', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const email = uniqueEmail('ponsel');
    await page.goto('/daftar');
    await page.getByLabel('Nama lengkap').fill('Rina Kusuma');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Kata sandi( \(wajib\))?$/).fill(PASSWORD);
    await page.getByLabel('Nomor telepon', { exact: false }).fill('081234567890');
    // The submit button sits far down the long form on a phone.
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Periksa e-mail Anda' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
    await expect(page.getByText(email)).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the language follows the user: chosen in the browser, saved to the account, restored at sign-in', async ({ page, baseURL }) => {
    const email = await registeredCitizen(page, baseURL, 'Rina Kartika');
    await page.goto('/masuk');
    await signIn(page, email);
    await expect(page).toHaveURL('/');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speak up, keep watch and help build the city');
    await expect(page).toHaveTitle(/Citizen Portal Kota Semarang$/);
    await page.getByRole('link', { name: /^Account/ }).click();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();

    // Another person on this browser switches back to Indonesian…
    await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await page.goto('/masuk');
    // …and Rina gets her English back as soon as she signs in.
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speak up, keep watch and help build the city');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // API errors come in her language too.
    await page.goto('/profil/sandi');
    await page.getByLabel(/^Current password/).fill('bukan-sandi-saya');
    await page.getByLabel(/^New password/).fill('Sandi-Baru-Yang-Panjang-1');
    await page.getByLabel('Repeat the new password').fill('Sandi-Baru-Yang-Panjang-1');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByLabel(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('wk-field').filter({ has: page.getByLabel(/^Current password/) })).toContainText(
      /incorrect|wrong|not correct/i,
    );
    await expectNoAxeViolations(page);
  });

  test('forgotten password: the link from the e-mail sets a new one', async ({ page, baseURL }) => {
    const email = await registeredCitizen(page, baseURL, 'Agus Salim');
    await page.goto('/masuk');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lupa kata sandi');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await expect(page.getByText(/tautan untuk mengatur ulang kata sandi sudah dikirim/)).toBeVisible();

    await page.goto(await linkFromOutbox(baseURL, email, 'reset_password'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atur ulang kata sandi');
    await page.getByLabel(/^Kata sandi baru/).fill('Kopi-Tubruk-Pagi-Hari');
    await page.getByLabel('Ulangi kata sandi baru').fill('Kopi-Tubruk-Sore-Hari');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(page.getByLabel('Ulangi kata sandi baru')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await page.getByLabel('Ulangi kata sandi baru').fill('Kopi-Tubruk-Pagi-Hari');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect(page.getByText('Kata sandi Anda sudah diganti.')).toBeVisible();
    await page.getByRole('link', { name: 'Masuk', exact: true }).last().click();
    await signIn(page, email, 'Kopi-Tubruk-Pagi-Hari');
    await expect(page).toHaveURL('/');
  });

  test('my data: download it, then delete the account', async ({ page, baseURL, consoleErrors }) => {
    const email = await registeredCitizen(page, baseURL, 'Dewi Lestari');
    await page.goto('/masuk?kembali=%2Fnotifikasi');
    await signIn(page, email);
    await expect(page).toHaveURL('/notifikasi');
    await expect(page.getByRole('heading', { name: 'Belum ada notifikasi' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Data saya' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data saya');
    await expectNoAxeViolations(page);
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh data (JSON)' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^data-saya-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    expect(JSON.stringify(data)).toContain(email);

    const opener = page.getByRole('button', { name: 'Hapus akun saya' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Hapus akun Anda?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await dialog.getByLabel('Kata sandi Anda, untuk konfirmasi').fill('bukan-sandi-saya');
    await dialog.getByRole('button', { name: 'Ya, hapus akun saya' }).click();
    await expect(dialog.getByLabel('Kata sandi Anda, untuk konfirmasi')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Kata sandi Anda, untuk konfirmasi').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Ya, hapus akun saya' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByText('Akun Anda sudah dihapus.')).toBeVisible();
    await page.goto('/masuk');
    await signIn(page, email);
    await expect(page.getByRole('alert').filter({ hasText: /salah/i })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
