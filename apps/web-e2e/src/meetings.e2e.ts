import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ApiSession, MODERATOR, OFFICIAL, PHONE, checkBothWidths, newCitizen, signIn, useLanguage } from './people';

// Balai Kota (/balai-kota and /admin/balai-kota): a meeting of the DPU official's department,
// scheduled through the API with one place, so that the second registrant waits; the rest happens
// in the browser as citizens and staff would do it. The e2e server seeds no demo meetings.
const RUN = Date.now().toString(36);
const TITLE = `Musyawarah drainase Kelurahan Sekayu ${RUN}`;
const QUESTION = `Kapan saluran di Jalan Pemuda dikeruk? ${RUN}`;
const SPAM = `Jual pompa air murah, hubungi kami sekarang ${RUN}`;
const COMMITMENT = `Mengeruk saluran Jalan Pemuda sebelum musim hujan ${RUN}`;
const DAY = 86_400_000;

interface Meeting {
  code: string;
  status: string;
}

/** `days` from now at 09:00 in Jakarta (the e2e city's zone), as an instant with its offset. */
function jakarta(days: number, hour: number): string {
  const date = new Date(Date.now() + days * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:00:00+07:00`;
}

const meetingPath = (code: string) => `/balai-kota/rapat/${code}`;
const registration = (page: Page) => page.getByRole('region', { name: 'Pendaftaran' });
const board = (page: Page) => page.getByRole('region', { name: 'Pertanyaan warga' });

test.describe.serial('Balai Kota', () => {
  let code = '';
  let departmentId = '';
  let first = '';
  let second = '';
  let asker = '';

  test.beforeAll(async ({ baseURL }) => {
    [first, second, asker] = [
      await newCitizen(baseURL, `Sri Wahyuni ${RUN}`),
      await newCitizen(baseURL, `Bambang Prasetyo ${RUN}`),
      await newCitizen(baseURL, `Dewi Lestari ${RUN}`),
    ];
    const official = await ApiSession.signIn(baseURL, OFFICIAL);
    try {
      departmentId = (await official.get<{ departmentIds: string[] }>('/api/me')).departmentIds[0];
      const created = await official.send<Meeting>('/api/meetings', {
        title: TITLE,
        description: 'Membahas **genangan** di Kelurahan Sekayu dan rencana pengerukan saluran.',
        type: 'hybrid',
        venueName: 'Balai Kota, Ruang Lokakrida',
        venueAddress: 'Jalan Pemuda Nomor 148, Sekayu',
        latitude: -6.9812,
        longitude: 110.4118,
        onlineUrl: 'https://meet.example.org/sekayu',
        startsAt: jakarta(3, 9),
        endsAt: jakarta(3, 11),
        capacity: 1,
        departmentId,
        agenda: [
          { title: 'Pembukaan', durationMinutes: 10, presenterName: 'Lurah Sekayu' },
          { title: 'Paparan rencana pengerukan', durationMinutes: 40 },
        ],
      });
      code = created.code;
    } finally {
      await official.dispose();
    }
  });

  test('registering, and being promoted from the waiting list when a place is given up', async ({ page, consoleErrors }) => {
    await page.goto('/balai-kota');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pertemuan Balai Kota');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(meetingPath(code));
    await expect(registration(page).getByRole('link', { name: /Masuk/ })).toBeVisible();
    await checkBothWidths(page);

    // The first registrant takes the only place and gets a code and its QR code.
    await signIn(page, first, meetingPath(code));
    await registration(page).getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect(registration(page)).toContainText('Tempat Anda terkonfirmasi');
    const firstCode = (await registration(page).getByTestId('registration-code').textContent())?.trim() ?? '';
    expect(firstCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(registration(page).getByRole('img', { name: new RegExp(firstCode) })).toBeVisible();
    // A confirmed registrant sees the online link, as a link.
    await expect(page.getByRole('link', { name: /meet\.example\.org/ })).toHaveAttribute('href', 'https://meet.example.org/sekayu');
    await checkBothWidths(page);

    // The second waits, first in line.
    await signIn(page, second, meetingPath(code));
    await registration(page).getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect(registration(page)).toContainText('urutan ke-1');
    await expect(page.getByRole('link', { name: /meet\.example\.org/ })).toHaveCount(0);

    // The first gives the place up...
    await signIn(page, first, meetingPath(code));
    await registration(page).getByRole('button', { name: 'Batalkan pendaftaran' }).click();
    const confirm = page.getByRole('dialog', { name: 'Batalkan pendaftaran?' });
    await confirm.getByRole('button', { name: 'Batalkan pendaftaran' }).click();
    await expect(confirm).toBeHidden();
    await expect(registration(page).getByRole('button', { name: 'Daftar', exact: true })).toBeVisible();

    // ...and the second has it now, with a code of their own.
    await signIn(page, second, meetingPath(code));
    await expect(registration(page)).toContainText('Tempat Anda terkonfirmasi');
    await expect(registration(page).getByTestId('registration-code')).not.toHaveText(firstCode);
    expect(consoleErrors).toEqual([]);
  });

  test('staff check a registrant in by the typed code, on a phone', async ({ page, baseURL, consoleErrors }) => {
    const citizen = await ApiSession.signIn(baseURL, second);
    const { code: typed } = await citizen.get<{ code: string }>(`/api/meetings/${code}/registration`);
    await citizen.dispose();

    await page.setViewportSize(PHONE);
    await signIn(page, MODERATOR, `/admin/balai-kota/${code}/presensi`);
    const field = page.getByLabel('Kode pendaftaran');
    // Typed in lower case and without the hyphen, as people read it out.
    await field.fill(typed.replace('-', '').toLowerCase());
    await field.press('Enter');
    await expect(page.getByText(/^Tercatat: .*Hadir: 1 orang$/)).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await field.fill(typed);
    await page.getByRole('button', { name: 'Catat kehadiran' }).click();
    await expect(page.getByText(/^Sudah tercatat pada /)).toBeVisible();
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the question board updates in a second browser without reloading', async ({ page, browser, consoleErrors }) => {
    // A reader (not signed in) keeps the board open in one browser...
    await page.goto(meetingPath(code));
    await expect(board(page)).toBeVisible();
    await expect(board(page).getByText(QUESTION)).toHaveCount(0);

    // ...while a citizen asks in another.
    const other = await browser.newContext();
    const asking = await other.newPage();
    await signIn(asking, asker, meetingPath(code));
    await board(asking).getByLabel('Pertanyaan Anda').fill(QUESTION);
    await board(asking).getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await expect(board(asking).getByText(QUESTION)).toBeVisible();

    await expect(board(page).getByText(QUESTION)).toBeVisible();

    // A vote in a third session moves the count on both pages.
    const voterContext = await browser.newContext();
    const voter = await voterContext.newPage();
    await signIn(voter, second, meetingPath(code));
    const vote = board(voter).getByRole('button', { name: /Dukung/ });
    await vote.first().click();
    await expect(vote.first()).toHaveAttribute('aria-pressed', 'true');
    await expect(board(page).locator('li', { hasText: QUESTION })).toContainText('Dukungan: 1');
    await checkBothWidths(voter);
    await other.close();
    await voterContext.close();
    expect(consoleErrors).toEqual([]);
  });

  test('a moderator hides a question on the manage page; readers see why, without its text', async ({ page, baseURL, consoleErrors }) => {
    const citizen = await ApiSession.signIn(baseURL, asker);
    await citizen.send(`/api/meetings/${code}/questions`, { text: SPAM });
    await citizen.dispose();

    await signIn(page, MODERATOR, `/admin/balai-kota/${code}`);
    const questions = page.getByRole('region', { name: 'Pertanyaan warga' });
    const spam = questions.locator('li', { hasText: SPAM });
    await spam.getByRole('button', { name: /^Sembunyikan pertanyaan/ }).click();
    await spam.getByLabel('Alasan').selectOption('spam');
    await spam.getByRole('button', { name: 'Sembunyikan pertanyaan', exact: true }).click();
    await expect(spam.getByRole('button', { name: /^Tampilkan kembali pertanyaan/ })).toBeVisible();
    await checkBothWidths(page);

    await page.context().clearCookies();
    await page.goto(meetingPath(code));
    await expect(board(page).getByText(SPAM)).toHaveCount(0);
    await expect(board(page)).toContainText('Disembunyikan moderator');
    expect(consoleErrors).toEqual([]);
  });

  test('the official starts the meeting, marks a question answered and concludes it with a commitment', async ({ page, consoleErrors }) => {
    await signIn(page, OFFICIAL, `/admin/balai-kota/${code}`);
    await checkBothWidths(page);
    await page.getByRole('button', { name: 'Mulai pertemuan' }).click();
    await page.getByRole('dialog', { name: 'Mulai pertemuan sekarang?' }).getByRole('button', { name: 'Ya, mulai pertemuan' }).click();
    await expect(page.getByText('Berlangsung').first()).toBeVisible();

    const question = page.locator('li, article', { hasText: QUESTION }).first();
    await question.getByRole('button', { name: 'Tandai terjawab' }).click();
    await expect(question).toContainText('Terjawab');

    await page.getByRole('link', { name: 'Simpulkan pertemuan' }).click();
    await expect(page).toHaveURL(`/admin/balai-kota/${code}/simpulkan`);
    await page.getByLabel('Notulen').fill('Warga menyampaikan titik genangan; dinas menjelaskan jadwal pengerukan saluran.');
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    await page.getByLabel('Uraian komitmen').fill(COMMITMENT);
    await page.getByLabel('Tenggat').fill(new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
    await checkBothWidths(page);
    await page.getByRole('button', { name: 'Simpulkan dan terbitkan' }).click();
    await expect(page).toHaveURL(`/admin/balai-kota/${code}`);
    await expect(page.getByText('Selesai').first()).toBeVisible();

    // The public page shows the minutes, the attendance and the commitment.
    await page.goto(meetingPath(code));
    const result = page.getByRole('region', { name: 'Hasil pertemuan' });
    await expect(result).toContainText('Warga menyampaikan titik genangan');
    await expect(result).toContainText('Hadir: 1');
    await expect(result).toContainText(COMMITMENT);
    await expect(board(page).locator('li', { hasText: QUESTION })).toContainText('Terjawab');
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the Berita Acara opens as a PDF', async ({ page, consoleErrors }) => {
    await page.goto(meetingPath(code));
    const link = page.getByRole('link', { name: /Berita Acara/ });
    await expect(link).toHaveAttribute('href', `/api/meetings/${code}/berita-acara.pdf`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(new RegExp(`/api/meetings/${code}/berita-acara\\.pdf$`));
    const response = await page.request.get(`/api/meetings/${code}/berita-acara.pdf`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2_000);
    await popup.close();
    expect(consoleErrors).toEqual([]);
  });

  test('an official schedules a meeting through the form, then cancels it with a reason', async ({ page, consoleErrors }) => {
    const title = `Sosialisasi jadwal pengerukan ${RUN}`;
    await signIn(page, OFFICIAL, '/admin/balai-kota');
    await page.getByRole('link', { name: 'Jadwalkan pertemuan' }).click();
    await expect(page).toHaveURL('/admin/balai-kota/baru');
    // Sent empty, the form names what is missing.
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.locator('#field-title')).toHaveAttribute('aria-invalid', 'true');
    await checkBothWidths(page);

    await page.locator('#field-title').fill(title);
    await page.locator('#field-description').fill('Penjelasan jadwal pengerukan saluran per kelurahan.');
    await page.getByRole('radio', { name: 'Daring' }).check();
    await page.locator('#field-onlineUrl').fill('https://meet.example.org/pengerukan');
    const day = new Date(Date.now() + 7 * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
    await page.locator('#field-startsAt').fill(`${day}T19:00`);
    await page.locator('#field-endsAt').fill(`${day}T20:30`);
    await page.locator('#field-capacity').fill('200');
    await page.getByRole('button', { name: 'Tambah butir agenda' }).click();
    await page.locator('[id="field-agenda.0.title"]').fill('Paparan jadwal');
    await page.locator('[id="field-agenda.0.durationMinutes"]').fill('30');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page).toHaveURL(/\/admin\/balai-kota\/MTG-\d{4}-\d{6}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // The time is the city's: 19.00 WIB.
    await expect(page.getByRole('main')).toContainText('19.00');
    const scheduled = page.url().split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Batalkan pertemuan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Batalkan pertemuan' });
    await dialog.getByLabel('Alasan pembatalan').fill('Jadwal digabung dengan musyawarah kelurahan minggu depan.');
    await dialog.getByRole('button', { name: 'Batalkan pertemuan' }).click();
    await expect(page.getByText('Dibatalkan').first()).toBeVisible();

    await page.goto(meetingPath(scheduled));
    await expect(page.getByRole('main')).toContainText('Pertemuan ini dibatalkan');
    await expect(page.getByRole('main')).toContainText('Jadwal digabung dengan musyawarah kelurahan');
    expect(consoleErrors).toEqual([]);
  });

  test('the staff pages pass axe in both languages', async ({ page, baseURL, consoleErrors }) => {
    // One meeting still to come (its edit form) and one under way (its concluding form).
    const official = await ApiSession.signIn(baseURL, OFFICIAL);
    const online = { type: 'online', onlineUrl: 'https://meet.example.org/uji', capacity: 50, departmentId };
    const [toCome, underWay] = [
      await official.send<Meeting>('/api/meetings', {
        ...online,
        title: `Rapat uji aksesibilitas ${RUN}`,
        startsAt: jakarta(5, 9),
        endsAt: jakarta(5, 10),
      }),
      await official.send<Meeting>('/api/meetings', {
        ...online,
        title: `Rapat uji berlangsung ${RUN}`,
        startsAt: jakarta(6, 9),
        endsAt: jakarta(6, 10),
      }),
    ];
    await official.send(`/api/meetings/${underWay.code}/start`, {});
    await official.dispose();
    await signIn(page, OFFICIAL, '/admin/balai-kota');
    for (const language of ['id', 'en'] as const) {
      await useLanguage(page, language, baseURL);
      for (const path of [
        '/admin/balai-kota',
        '/admin/balai-kota/baru',
        `/admin/balai-kota/${code}`,
        `/admin/balai-kota/${code}/presensi`,
        `/admin/balai-kota/${toCome.code}/ubah`,
        `/admin/balai-kota/${underWay.code}`,
        `/admin/balai-kota/${underWay.code}/simpulkan`,
        '/admin/balai-kota/komitmen',
      ]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await checkBothWidths(page);
      }
    }
    await useLanguage(page, 'id', baseURL);
    expect(consoleErrors).toEqual([]);
  });

  test('the list, the calendar, a meeting to come and the commitments pass axe in both languages', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const upcoming = (await (await page.request.get('/api/meetings?when=upcoming')).json()) as { items: Meeting[] };
    const toCome = upcoming.items.find((m) => m.status === 'scheduled');
    expect(toCome).toBeDefined();
    for (const language of ['id', 'en'] as const) {
      await useLanguage(page, language, baseURL);
      for (const path of [
        '/balai-kota',
        '/balai-kota?waktu=selesai',
        '/balai-kota?tampilan=kalender',
        '/balai-kota/komitmen',
        meetingPath(code),
        meetingPath(toCome?.code ?? ''),
      ]) {
        await page.goto(path);
        await checkBothWidths(page);
      }
    }
    await useLanguage(page, 'id', baseURL);
    await page.goto('/balai-kota/komitmen');
    await expect(page.getByText(COMMITMENT)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
