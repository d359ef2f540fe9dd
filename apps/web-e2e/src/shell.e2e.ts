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
