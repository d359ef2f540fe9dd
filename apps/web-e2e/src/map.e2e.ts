import { Locator, Page, request as playwrightRequest } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The city on a map without tiles: the public report map, the filing form's picker, the
// statistics per kecamatan and a report's own point, drawn from the API's boundaries of Kota
// Semarang (16 kecamatan, 177 kelurahan).
const PASSWORD = 'demo-walikota-2026';
const CITIZEN = 'warga@demo.walikota.id';
const MODERATOR = 'moderator@demo.walikota.id';
/** A word of this run only, so that the list's search finds this run's reports alone. */
const RUN = `peta${Date.now().toString(36)}`;
/** Simpang Lima, in Kelurahan Pleburan (73 m from its edge); two reports a few dozen metres apart. */
const SIMPANG_LIMA: [number, number] = [-6.9903, 110.4229];
const NEAR_SIMPANG_LIMA: [number, number] = [-6.9906, 110.4233];
/** Tugurejo, Kecamatan Tugu. */
const TUGU: [number, number] = [-6.97, 110.35];
/** The Java Sea, north of the harbour. */
const AT_SEA: [string, string] = ['-6,90', '110,42'];

/** An API session of its own, sending the CSRF header as the web app does. */
async function apiSession(baseURL: string | undefined, email: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { email, password: PASSWORD } })).status(), `sign-in of ${email}`).toBe(200);
  const { cookies } = await api.storageState();
  const headers = { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  return {
    get: async <T>(url: string) => (await (await api.get(url)).json()) as T,
    post: async (url: string, data: unknown) => {
      const response = await api.post(url, { data, headers });
      expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
      return (await response.json()) as { code: string };
    },
    dispose: () => api.dispose(),
  };
}

/** Public reports with a point, filed by the demo citizen and verified, all through the API. */
async function fileReportsWithPoints(baseURL: string | undefined, points: [number, number][]): Promise<string[]> {
  const citizen = await apiSession(baseURL, CITIZEN);
  const moderator = await apiSession(baseURL, MODERATOR);
  try {
    const categories = await citizen.get<{ id: string; code: string }[]>('/api/categories?module=report');
    const codes: string[] = [];
    for (const [index, [latitude, longitude]] of points.entries()) {
      const place = await citizen.get<{ kelurahanId: string }>(`/api/areas/locate?latitude=${latitude}&longitude=${longitude}`);
      const { code } = await citizen.post('/api/reports', {
        type: 'complaint',
        privacy: 'public',
        title: `Trotoar rusak nomor ${index + 1} ${RUN}`,
        description: 'Trotoar berlubang dan ubinnya lepas, pejalan kaki terpaksa turun ke jalan.',
        categoryId: categories.find((c) => c.code === 'jalan-jembatan')?.id,
        areaId: place.kelurahanId,
        latitude,
        longitude,
      });
      await moderator.post(`/api/reports/${code}/actions`, { action: 'verify' });
      codes.push(code);
    }
    return codes;
  } finally {
    await Promise.all([citizen.dispose(), moderator.dispose()]);
  }
}

async function signIn(page: Page, returnTo: string): Promise<void> {
  await page.goto(`/masuk?kembali=${returnTo}`);
  await page.getByLabel('E-mail').fill(CITIZEN);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
}

/** "lintang -6,99030, bujur 110,42290" (Indonesian decimals) → [latitude, longitude]. */
function announcedCenter(text: string | null): [number, number] {
  const match = /lintang ([-−]?[\d.,]+), bujur ([-−]?[\d.,]+)/.exec(text ?? '');
  expect(match, `no position in “${text}”`).not.toBeNull();
  const number = (value: string) => Number(value.replace('−', '-').replace(/\./g, '').replace(',', '.'));
  return [number(match?.[1] ?? ''), number(match?.[2] ?? '')];
}

/**
 * Moves the map's cross-hair onto `target` with the keyboard alone, as a screen reader user
 * would: each key press says where the middle of the map is now; arrows move it, + zooms in.
 */
async function moveCrossHairTo(page: Page, map: Locator, target: [number, number]): Promise<void> {
  const live = page.locator('wk-area-map > p[aria-live]');
  const zoomIn = page.locator('wk-area-map').getByRole('button', { name: 'Perbesar peta' });
  const press = async (key: string) => {
    const before = (await live.textContent()) ?? '';
    await page.keyboard.press(key);
    await expect(live).not.toHaveText(before);
  };
  const center = async () => announcedCenter(await live.textContent());
  await expect(map).toBeFocused();
  await press('+');
  for (let level = 0; level < 12; level++) {
    for (const [axis, forward, backward] of [
      [1, 'ArrowRight', 'ArrowLeft'],
      [0, 'ArrowUp', 'ArrowDown'],
    ] as const) {
      const before = await center();
      await press(forward);
      const after = await center();
      const step = Math.abs(after[axis] - before[axis]);
      const remaining = target[axis] - after[axis];
      const presses = step > 0 ? Math.round(Math.abs(remaining) / step) : 0;
      for (let i = 0; i < presses; i++) await press(remaining > 0 ? forward : backward);
    }
    if ((await zoomIn.getAttribute('aria-disabled')) === 'true') return;
    await press('+');
  }
}

test.describe.serial('the city on a map', () => {
  let codes: string[] = [];

  test.beforeAll(async ({ baseURL }) => {
    codes = await fileReportsWithPoints(baseURL, [SIMPANG_LIMA, NEAR_SIMPANG_LIMA, TUGU]);
  });

  test('the public map draws the kecamatan and kelurahan, counts per kelurahan with a legend and a table, and clustered points', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`/aspirasi?q=${RUN}&tampilan=peta`);
    const map = page.getByRole('group', { name: 'Peta laporan' });
    await expect(map.locator('[data-level="kecamatan"]')).toHaveCount(16);
    await expect(map.locator('[data-level="kelurahan"]')).toHaveCount(177);
    await expect(
      map.getByRole('img', { name: /^Peta Kota Semarang: 3 laporan di 2 kelurahan, 3 di antaranya dengan titik lokasi\./ }),
    ).toBeVisible();
    // The legend: the classes in words, the no-data swatch, what the markers mean.
    const legend = page.getByRole('list', { name: 'Jumlah laporan per kelurahan' });
    await expect(legend.getByRole('listitem')).toHaveText(['0', '1', '2', 'Tidak ada data']);
    await expect(page.getByText('Beberapa titik berdekatan (angka: jumlahnya)')).toBeVisible();
    // The table is in the page for screen readers all along; the button shows it on screen.
    const table = page.getByRole('table', { name: 'Jumlah laporan per kelurahan' });
    await expect(table.getByRole('row', { name: /Pleburan/ })).toContainText('Semarang Selatan');
    // (Each cell also holds its column's name for the phone layout, hidden here: the text on screen counts.)
    await expect(
      table
        .getByRole('row', { name: /Pleburan/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('2', { useInnerText: true });
    await expect(
      table
        .getByRole('row', { name: /Tugurejo/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('1', { useInnerText: true });
    expect(await table.getByRole('row').count()).toBe(178);
    await page.getByRole('button', { name: 'Tampilkan sebagai tabel' }).click();
    await expect(table).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sembunyikan tabel' })).toHaveAttribute('aria-expanded', 'true');
    // The grouped list of the loaded reports stays.
    await expect(page.getByRole('heading', { name: 'Pleburan', level: 3 })).toBeVisible();
    await expectNoAxeViolations(page);

    // The two reports at Simpang Lima are one circle with a count; choosing it zooms in until they part.
    const cluster = map.locator('.wk-map__cluster').filter({ hasText: '2' });
    await expect(cluster).toHaveCount(1);
    await expect(map.locator('.wk-map__point')).toHaveCount(1);
    await cluster.locator('circle').click();
    await expect(page.locator('wk-area-map > p[aria-live]')).toHaveText('Diperbesar ke 2 titik.');
    await expect(map.locator('.wk-map__cluster')).toHaveCount(0);
    await expect(map.locator('.wk-map__point')).toHaveCount(2);
    // Buttons zoom and reset, and say so.
    await page.getByRole('button', { name: 'Tampilkan seluruh peta' }).click();
    await expect(page.locator('wk-area-map > p[aria-live]')).toContainText('Skala 1×.');
    await expect(cluster).toHaveCount(1);
    // Choosing a point opens its report.
    await map.locator('.wk-map__point').click();
    await expect(page).toHaveURL(`/lacak/${codes[2]}`);
    expect(consoleErrors).toEqual([]);
  });

  test('a report’s tracking page shows its point on a small map', async ({ page, consoleErrors }) => {
    await page.goto(`/lacak/${codes[0]}`);
    const map = page.getByRole('group', { name: 'Titik lokasi laporan di peta' });
    await expect(map.getByRole('img', { name: 'Peta kecil dengan titik lokasi laporan ini: -6.9903, 110.4229.' })).toBeVisible();
    await expect(map.locator('.wk-map__point')).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the filing form: the keyboard marks Simpang Lima and Pleburan is filled in; typed points show on the map; a point at sea is refused', async ({
    page,
    consoleErrors,
  }) => {
    await signIn(page, '/aspirasi/baru');
    const kecamatan = page.getByLabel(/^Kecamatan/);
    const kelurahan = page.getByLabel(/^Kelurahan/);
    const latitude = page.getByLabel('Lintang (latitude)');
    const longitude = page.getByLabel('Bujur (longitude)');
    const map = page.getByRole('group', { name: 'Peta untuk menandai titik lokasi' });
    await expect(map.locator('[data-level="kelurahan"]')).toHaveCount(177);
    await expect(kelurahan.locator('option:checked')).toHaveText('Pilih kecamatan dulu');
    await expectNoAxeViolations(page);

    // Keyboard only: from the address field, Tab reaches the map; arrows and + bring Simpang Lima
    // under the cross-hair, Enter marks it.
    await page.getByLabel('Alamat').focus();
    await page.keyboard.press('Tab');
    await moveCrossHairTo(page, map, SIMPANG_LIMA);
    await page.keyboard.press('Enter');
    await expect(page.locator('wk-area-map > p[aria-live]')).toHaveText(
      /^Titik dipilih: lintang -6,990\d+, bujur 110,422\d+\. Pleburan, Semarang Selatan\.$/,
    );
    await expect(page.getByText('Kecamatan dan kelurahan diisi menurut titik itu: Pleburan, Semarang Selatan.')).toBeVisible();
    await expect(kecamatan.locator('option:checked')).toHaveText('Semarang Selatan');
    await expect(kelurahan.locator('option:checked')).toHaveText('Pleburan');
    await expect(latitude).toHaveValue(/^-6\.990\d*$/);
    await expect(longitude).toHaveValue(/^110\.422\d*$/);
    await expect(map.getByRole('img', { name: /Titik yang dipilih: lintang -6,990\d+, bujur 110,422\d+\.$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // A point at sea: the API's refusal beside the field.
    await latitude.fill(AT_SEA[0]);
    await longitude.fill(AT_SEA[1]);
    const refusal = 'Titik ini berada di luar wilayah Kota Semarang. Pilih titik di dalam kota.';
    await expect(page.locator('wk-field').filter({ has: latitude })).toContainText(refusal);
    await expect(latitude).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    // Typed coordinates: the map shows the point, the refusal goes.
    await latitude.fill('-6,9903');
    await longitude.fill('110,4229');
    await expect(map.getByRole('img', { name: /Titik yang dipilih: lintang -6,990300, bujur 110,422900\.$/ })).toBeVisible();
    await expect(page.getByText(refusal)).toHaveCount(0);
    await expect(kelurahan.locator('option:checked')).toHaveText('Pleburan');

    // Without a point, a kelurahan chosen by hand is brought into view; a point then marked
    // elsewhere does not overrule it, but is named, with a way to switch.
    await page.getByRole('button', { name: 'Hapus titik lokasi' }).click();
    await kecamatan.selectOption({ label: 'Semarang Tengah' });
    await kelurahan.selectOption({ label: 'Pekunden' });
    await expect(map.getByText('Pekunden, Semarang Tengah')).toBeVisible();
    await latitude.fill('-6,9903');
    await longitude.fill('110,4229');
    await expect(
      page.getByText('Titik ini berada di Kelurahan Pleburan, Kecamatan Semarang Selatan, bukan di kelurahan yang Anda pilih.'),
    ).toBeVisible();
    await expect(kelurahan.locator('option:checked')).toHaveText('Pekunden');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Gunakan Kelurahan Pleburan' }).click();
    await expect(kecamatan.locator('option:checked')).toHaveText('Semarang Selatan');
    await expect(kelurahan.locator('option:checked')).toHaveText('Pleburan');
    expect(consoleErrors).toEqual([]);
  });

  test('statistics: reports received per kecamatan as a choropleth, with its legend and table', async ({ page, consoleErrors }) => {
    await page.goto('/aspirasi/statistik');
    const section = page.getByRole('region', { name: 'Laporan diterima per kecamatan' });
    const map = section.getByRole('group', { name: 'Peta laporan diterima per kecamatan' });
    await expect(map.locator('[data-level="kecamatan"]')).toHaveCount(16);
    await expect(map.getByRole('img', { name: /^Peta Kota Semarang, .+: paling banyak laporan diterima dari Kecamatan / })).toBeVisible();
    await expect(section.getByRole('list', { name: 'Laporan diterima' }).getByRole('listitem').last()).toHaveText('Tidak ada data');
    const table = section.getByRole('table', { name: /^Laporan per kecamatan, / });
    expect(await table.getByRole('row').count()).toBe(17);
    const received = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell').nth(1).innerText();
    expect(Number(await received(/Semarang Selatan/))).toBeGreaterThanOrEqual(2);
    expect(Number(await received(/Tugu/))).toBeGreaterThanOrEqual(1);
    // Semarang Selatan is filled darker than a kecamatan without reports.
    const fillOf = (name: string) =>
      map.locator(`[data-level="kecamatan"][data-name="${name}"] [data-level="kelurahan"]`).first().getAttribute('class');
    expect(await fillOf('Semarang Selatan')).not.toEqual(await fillOf('Genuk'));
    await section.getByRole('button', { name: 'Tampilkan sebagai tabel' }).click();
    await expect(table).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('fits a 360 px phone: no sideways scrolling, axe clean', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, '/aspirasi/baru');
    for (const path of [`/aspirasi?q=${RUN}&tampilan=peta`, '/aspirasi/statistik', '/aspirasi/baru', `/lacak/${codes[0]}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('wk-area-map [data-level="kecamatan"]').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    }
    // The table opens within the width too.
    await page.goto(`/aspirasi?q=${RUN}&tampilan=peta`);
    await page.getByRole('button', { name: 'Tampilkan sebagai tabel' }).click();
    await expect(page.getByRole('table', { name: 'Jumlah laporan per kelurahan' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});
