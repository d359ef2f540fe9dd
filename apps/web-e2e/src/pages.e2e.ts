import { expect, expectNoAxeViolations, test } from './fixtures';

// Every page a visitor can open, each with its own heading; axe on each, in both languages and
// on a 360 px phone. (Signed-in pages are covered by account.e2e.ts and admin.e2e.ts.)
const PAGES: [path: string, id: string, en: string][] = [
  ['/', 'Suarakan, awasi, dan ikut membangun kota', 'Speak up, keep watch and help build the city'],
  ['/aspirasi', 'Aspirasi & Pengaduan', 'Aspirations & Complaints'],
  ['/aspirasi/statistik', 'Statistik Aspirasi dan Pengaduan', 'Aspiration and Complaint Statistics'],
  ['/petisi', 'Petisi', 'Petitions'],
  ['/forum', 'Forum Warga', 'Citizens’ forum'],
  ['/anggaran', 'Usulan Proyek & APBD', 'Project Proposals & Budget'],
  ['/lacak', 'Lacak laporan', 'Track a report'],
  ['/lacak/LPR-2026-004217', 'Lacak laporan', 'Track a report'],
  ['/perangkat-daerah', 'Perangkat daerah', 'City departments'],
  ['/masuk', 'Masuk', 'Sign in'],
  ['/daftar', 'Daftar akun', 'Create an account'],
  ['/lupa-sandi', 'Lupa kata sandi', 'Forgot password'],
  ['/atur-ulang-sandi', 'Atur ulang kata sandi', 'Reset password'],
  ['/verifikasi-email', 'Verifikasi e-mail', 'Verify e-mail'],
  ['/akses-ditolak', 'Anda tidak memiliki akses ke halaman ini', 'You do not have access to this page'],
  // The showcase's sample content is Indonesian, as the portal's content is.
  ['/komponen', 'Komponen antarmuka', 'Komponen antarmuka'],
  ['/tidak-ada', 'Halaman tidak ditemukan', 'Page not found'],
];

test.describe('every public page', () => {
  for (const language of ['id', 'en'] as const) {
    test(`passes axe in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}`, async ({ page, consoleErrors }) => {
      await page.goto('/');
      await page.evaluate((lang) => localStorage.setItem('walikota.language', lang), language);
      for (const [path, id, en] of PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(language === 'id' ? id : en);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page);
      }
      expect(consoleErrors).toEqual([]);
    });
  }

  test('fits a 360 px phone: no sideways scrolling, axe clean', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [path, id] of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(id);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await expectNoAxeViolations(page);
    }
  });

  test('lists the city departments from the API', async ({ page }) => {
    await page.goto('/perangkat-daerah');
    const table = page.getByRole('table', { name: 'Daftar perangkat daerah' });
    await expect(table.getByRole('row', { name: /Dinas Pekerjaan Umum/ })).toBeVisible();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
  });

  test('tracking: a typed code opens its own address, however it was typed', async ({ page }) => {
    // As people copy it from a letter or read it out: any case, spaces for hyphens, extra spaces.
    for (const typed of ['lpr-2026-004217', 'lpr 2026 004217', 'LPR 2026-004217', '  Lpr   2026 - 004217 ']) {
      await page.goto('/lacak');
      await page.getByLabel('Kode laporan').fill(typed);
      await page.getByRole('button', { name: 'Lacak' }).click();
      await expect(page, typed).toHaveURL('/lacak/LPR-2026-004217');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Laporan LPR-2026-004217');
      await expect(page.getByLabel('Kode laporan')).toHaveValue('LPR-2026-004217');
    }
  });

  test('says so when the connection drops, and when it is back', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Anda sedang tidak terhubung ke internet.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await expect(page.getByText('Anda sedang tidak terhubung ke internet.')).toBeHidden();
  });

  test('moves focus to the new page’s content after navigating, for screen readers', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link', { name: 'Lacak laporan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lacak laporan');
    await expect(page.locator('#main')).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Lacak laporan' })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle('Lacak laporan · Portal Warga Kota Semarang');
    // The statistics belong to the reports, but have their own entry: only one of the two is current.
    await nav.getByRole('link', { name: 'Statistik' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik Aspirasi dan Pengaduan');
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Statistik');
    await nav.getByRole('link', { name: 'Aspirasi & Pengaduan' }).click();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Aspirasi & Pengaduan');
    // Petitions, the forum and the town-hall meetings have their entries too.
    for (const [name, heading] of [
      ['Petisi', 'Petisi'],
      ['Forum Warga', 'Forum Warga'],
      ['Balai Kota', 'Pertemuan Balai Kota'],
    ]) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(nav.locator('[aria-current="page"]')).toHaveText(name);
    }
  });
});
