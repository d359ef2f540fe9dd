import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('the design system showcase (/komponen)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/komponen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Komponen antarmuka');
  });

  test('has no accessibility violations', async ({ page, consoleErrors }) => {
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('has no accessibility violations on a 360 px wide screen', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoAxeViolations(page);
    // Nothing but the table's own scroll region may scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a busy button keeps focus, says it is busy and ignores further clicks', async ({ page, consoleErrors }) => {
    const save = page.getByRole('button', { name: 'Simpan perubahan' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(save).toHaveAttribute('aria-busy', 'true');
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toBeFocused();
    await page.keyboard.press('Enter');
    const saved = page.getByRole('status').getByText('Perubahan tersimpan.');
    await expect(saved).toHaveCount(1);
    await expect(save).not.toHaveAttribute('aria-busy', /.*/);
    await page.waitForTimeout(300);
    await expect(saved).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
  });

  test('tabs follow the arrow keys, Home and End', async ({ page, consoleErrors }) => {
    const tablist = page.getByRole('tablist', { name: 'Akun' });
    const profile = tablist.getByRole('tab', { name: 'Profil' });
    const security = tablist.getByRole('tab', { name: 'Keamanan' });
    const notifications = tablist.getByRole('tab', { name: 'Notifikasi' });
    await expect(profile).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Profil' })).toContainText('Siti Rahmawati');

    await profile.focus();
    await page.keyboard.press('ArrowRight');
    await expect(security).toBeFocused();
    await expect(security).toHaveAttribute('aria-selected', 'true');
    await expect(security).toHaveAttribute('tabindex', '0');
    await expect(profile).toHaveAttribute('tabindex', '-1');
    await expect(page.getByRole('tabpanel', { name: 'Keamanan' })).toContainText('Verifikasi dua langkah');
    // Only the selected panel is rendered.
    await expect(page.getByText('warga Kelurahan Jatingaleh')).toHaveCount(0);

    await page.keyboard.press('End');
    await expect(notifications).toBeFocused();
    await expect(notifications).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(profile).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(notifications).toBeFocused();
    await page.keyboard.press('Home');
    await expect(profile).toBeFocused();
    await expect(profile).toHaveAttribute('aria-selected', 'true');
    expect(consoleErrors).toEqual([]);
  });

  test('the dialog takes focus, passes axe, closes on Escape and gives focus back', async ({ page, consoleErrors }) => {
    const opener = page.getByRole('button', { name: 'Hapus akun' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Hapus akun?' });
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // The close button and the actions close it too.
    await opener.click();
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await dialog.getByRole('button', { name: 'Ya, hapus akun' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'akun tidak benar-benar dihapus' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the table sorts by a column button and loads more rows', async ({ page, consoleErrors }) => {
    const table = page.getByRole('table', { name: 'Laporan warga terbaru' });
    const district = table.getByRole('columnheader', { name: 'Kecamatan' });
    const date = table.getByRole('columnheader', { name: 'Tanggal' });
    await expect(date).toHaveAttribute('aria-sort', 'descending');
    await expect(district).not.toHaveAttribute('aria-sort', /.*/);

    await district.getByRole('button').click();
    await expect(district).toHaveAttribute('aria-sort', 'ascending');
    await expect(date).not.toHaveAttribute('aria-sort', /.*/);
    // innerText: each cell also holds its column's label, shown only when rows become cards on a phone.
    const firstDistrict = table.getByRole('row').nth(1).getByRole('cell').nth(1);
    await expect(firstDistrict).toHaveText('Banyumanik', { useInnerText: true });
    await district.getByRole('button').click();
    await expect(district).toHaveAttribute('aria-sort', 'descending');
    await expect(firstDistrict).toHaveText('Tembalang', { useInnerText: true });

    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(8);
    const more = page.getByRole('button', { name: 'Muat lebih banyak' });
    await more.click();
    await expect(rows).toHaveCount(16);
    await expect(page.getByText('16 baris ditampilkan.')).toBeAttached();
    await more.click();
    await expect(rows).toHaveCount(24);
    await more.click();
    await expect(rows).toHaveCount(30);
    await expect(more).toHaveCount(0);

    const empty = page.getByRole('region', { name: 'Laporan yang Anda ikuti' });
    await expect(empty).toBeVisible();
    await expect(page.getByText('Anda belum mengikuti laporan apa pun.')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('an empty submit shows the error summary and inline errors wired to the fields', async ({ page, consoleErrors }) => {
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ada masalah' }) });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(6);

    const name = page.getByRole('textbox', { name: 'Nama lengkap' });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAttribute('aria-required', 'true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    await expect(page.locator(`#${errorId}`)).toHaveText('Kesalahan: Isi nama lengkap Anda.');
    await expect(name).toHaveAccessibleDescription(/Sesuai KTP\. Kesalahan: Isi nama lengkap Anda\./);

    // The summary's links focus their fields.
    await summary.getByRole('link', { name: 'Isi alamat email Anda.' }).click();
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
    await expectNoAxeViolations(page);

    // Correcting a field clears its error; the summary follows.
    await name.fill('Siti Rahmawati');
    await expect(name).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(summary.getByRole('link')).toHaveCount(5);
    expect(consoleErrors).toEqual([]);
  });

  test('the character counter follows typing, keeps what goes past the limit and says by how much', async ({ page, consoleErrors }) => {
    const body = page.getByRole('textbox', { name: 'Isi laporan' });
    await expect(page.getByText('0 / 2.000 karakter')).toBeVisible();
    await body.fill('Jalan berlubang');
    await expect(page.getByText('15 / 2.000 karakter')).toBeVisible();
    await expect(body).toHaveAccessibleDescription(/15 \/ 2\.000 karakter/);

    // Past the limit nothing is dropped: the counter turns into an error and the form refuses.
    const long = 'Jalan berlubang di depan pasar. '.repeat(70).slice(0, 2010);
    await body.fill(long);
    await expect(body).toHaveValue(long);
    const counter = page.locator('wk-field:has(#ds-body) .wk-field__counter');
    await expect(counter).toHaveText('2.010 / 2.000 karakter — kelebihan 10');
    await expect(counter).toBeVisible();
    await expect(counter).toHaveClass(/wk-field__counter--over/);
    await expect(page.locator('wk-field:has(#ds-body) [aria-live="polite"]')).toHaveText('2.010 / 2.000 karakter — kelebihan 10');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ada masalah' }) });
    await expect(
      summary.getByRole('link', { name: 'Isi laporan paling banyak 2.000 karakter; sekarang 2.010. Persingkat 10 karakter.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await body.fill(long.slice(0, 2000));
    await expect(counter).toHaveText('2.000 / 2.000 karakter');
    await expect(counter).not.toHaveClass(/wk-field__counter--over/);
    await expect(summary.getByRole('link', { name: /Isi laporan paling banyak/ })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('toasts appear in live regions without taking focus', async ({ page, consoleErrors }) => {
    const trigger = page.getByRole('button', { name: 'Tampilkan sukses' });
    await trigger.click();
    await expect(page.getByRole('status').filter({ hasText: 'Profil Anda tersimpan.' })).toBeVisible();
    await expect(trigger).toBeFocused();

    await page.getByRole('button', { name: 'Tampilkan galat' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Gagal menyimpan.' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
    await expect(alert).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('the upload lists accepted files, rejects others and shows progress', async ({ page, consoleErrors }) => {
    const input = page.getByLabel('Lampiran');
    await input.setInputFiles([
      { name: 'foto-jalan.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(1_258_291, 1) },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('halo') },
    ]);
    await expect(page.getByRole('list', { name: 'Berkas terpilih' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByText('1,2 MB')).toBeVisible();
    await expect(page.getByText('catatan.txt: jenis berkas ini tidak diterima.')).toBeVisible();

    await page.getByRole('button', { name: 'Unggah 1 berkas' }).click();
    await expect(page.getByRole('progressbar', { name: 'Kemajuan unggahan' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 berkas terunggah.' })).toBeVisible({ timeout: 10_000 });

    await page.getByRole('button', { name: 'Hapus foto-jalan.jpg' }).click();
    await expect(page.getByRole('list', { name: 'Berkas terpilih' })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('the components speak English when the reader switches language', async ({ page, consoleErrors }) => {
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.getByRole('button', { name: 'Load more' })).toBeVisible();
    await expect(page.getByText('0 / 2,000 characters')).toBeVisible();
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});
