import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('the shell', () => {
  test('opens in Bahasa Indonesia with no accessibility violations', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suarakan, awasi, dan ikut membangun kota');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('link', { name: 'Portal Warga Kota Semarang' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Aspirasi & Pengaduan' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('switches to English and remembers the choice', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speak up, keep watch and help build the city');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speak up, keep watch and help build the city');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    expect(consoleErrors).toEqual([]);
  });

  test('offers a skip link as the first stop of the keyboard, which stays on the page', async ({ page, consoleErrors }) => {
    // A deep page: the link must not lead to the home page (the document's base is "/").
    await page.goto('/aspirasi/statistik?from=2026-01');
    // Wait until the app has rendered, as a person would before reaching for the keyboard.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik Aspirasi dan Pengaduan');
    const url = page.url();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi halaman' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    expect(page.url()).toBe(url);
    // Without the app's handler (opened in a new tab, JavaScript off), the address is this page's own.
    await expect(skip).toHaveAttribute('href', '/aspirasi/statistik?from=2026-01#main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik Aspirasi dan Pengaduan');
    // The next Tab continues inside the page's content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('the home page leads to what exists, and says plainly what is still to come', async ({ page, consoleErrors }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Sampaikan aspirasi atau pengaduan' })).toHaveAttribute('href', '/aspirasi/baru');
    await expect(main.getByRole('link', { name: 'Lacak laporan dengan kode' })).toHaveAttribute('href', '/lacak');
    await expect(main.getByRole('link', { name: 'Aspirasi & Pengaduan' })).toHaveAttribute('href', '/aspirasi');
    await expect(main.getByRole('link', { name: 'Statistik' })).toHaveAttribute('href', '/aspirasi/statistik');
    await expect(main.getByRole('link', { name: 'Petisi' })).toHaveAttribute('href', '/petisi');
    await expect(main.getByRole('link', { name: 'Forum Warga', exact: true })).toHaveAttribute('href', '/forum');
    await expect(main.getByRole('link', { name: 'Balai Kota', exact: true })).toHaveAttribute('href', '/balai-kota');
    // The budget is announced, not linked to an empty page.
    const upcoming = main.getByRole('region', { name: 'Segera hadir' });
    await expect(upcoming.getByText('Petisi', { exact: true })).toHaveCount(0);
    await expect(upcoming.getByText('Forum Warga', { exact: true })).toHaveCount(0);
    await expect(upcoming.getByText('Balai Kota', { exact: true })).toHaveCount(0);
    await expect(upcoming.getByText('Usulan Proyek & APBD', { exact: true })).toBeVisible();
    await expect(upcoming.getByRole('link')).toHaveCount(0);
    await expect(page.locator('a[href="/anggaran"]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The footer: the statistics, no developer catalogue.
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Statistik aspirasi & pengaduan' })).toHaveAttribute('href', '/aspirasi/statistik');
    await expect(footer.getByRole('link', { name: 'Komponen antarmuka' })).toHaveCount(0);
    await expect(page.locator('a[href="/komponen"]')).toHaveCount(0);

    await main.getByRole('link', { name: 'Sampaikan aspirasi atau pengaduan' }).click();
    await expect(page).toHaveURL(/\/masuk\?kembali=%2Faspirasi%2Fbaru$/);
    expect(consoleErrors).toEqual([]);
  });

  test('answers an unknown address with a page-not-found screen', async ({ page, consoleErrors }) => {
    await page.goto('/tidak/ada/halaman-ini');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await expect(page).toHaveURL('/');
    expect(consoleErrors).toEqual([]);
  });

  test('on a phone, folds the account links and the main menu behind one button', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(page.getByRole('link', { name: 'Masuk', exact: true })).toBeHidden();
    // The first screen is mostly the page, not the header.
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThan(120);
    await expectNoAxeViolations(page);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Aspirasi & Pengaduan' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    // Escape closes it and returns to the button; choosing a page closes it too.
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Aspirasi & Pengaduan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aspirasi & Pengaduan');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();

    // On a wide screen there is no menu button: everything is in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    await expect(nav).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
