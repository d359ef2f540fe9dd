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

  test('offers a skip link as the first stop of the keyboard', async ({ page }) => {
    await page.goto('/');
    // Wait until the app has rendered, as a person would before reaching for the keyboard.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi halaman' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('answers an unknown address with a page-not-found screen', async ({ page, consoleErrors }) => {
    await page.goto('/tidak/ada/halaman-ini');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await expect(page).toHaveURL('/');
    expect(consoleErrors).toEqual([]);
  });
});
