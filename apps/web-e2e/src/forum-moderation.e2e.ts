import { Locator, Page, request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, ApiSession, MODERATOR, checkBothWidths, newCitizen, signIn } from './people';

// Forum moderation in the staff area (/admin/forum). The content is set up through the API as
// citizens would write and flag it (the e2e server hides a post at FORUM_FLAGS_TO_HIDE = 3 flags);
// the moderators' work happens in the browser. New accounts' first three posts wait for approval,
// so the moderator approves them through the API first.
const RUN = Date.now().toString(36);
const TITLE = `Jalan berlubang di depan Pasar Bulu ${RUN}`;
const REPLY_FLAGGED = `Dasar warga bodoh semua ${RUN}, tidak usah mengeluh.`;
const REPLY_SPAM = `Daftar sekarang di situs slot ${RUN}, bonus besar setiap hari!`;
const WATCHED_LIST = `uji-${RUN}`;
const WATCHED_PATTERN = `slot${RUN}*`;

/** The queue's card of the post whose text starts with `text`. */
const queueItem = (page: Page, text: string): Locator => page.locator('article', { hasText: text });

interface Created {
  threadNumber: number;
  post: { id: string };
}

test.describe.serial('forum moderation (/admin/forum)', () => {
  const AUTHOR_NAME = `Joko Susilo ${RUN}`;
  let author = '';
  let threadNumber = 0;
  let flaggedId = '';
  let spamId = '';

  test.beforeAll(async ({ baseURL }) => {
    author = await newCitizen(baseURL, AUTHOR_NAME);
    const flaggers = [
      await newCitizen(baseURL, 'Ani Pelapor'),
      await newCitizen(baseURL, 'Budi Pelapor'),
      await newCitizen(baseURL, 'Citra Pelapor'),
    ];
    const writer = await ApiSession.signIn(baseURL, author);
    const moderator = await ApiSession.signIn(baseURL, MODERATOR);
    const approve = (id: string) => moderator.send(`/api/forums/moderation/content/post/${id}`, { action: 'approve' });
    const [category] = await writer.get<{ id: string }[]>('/api/forums/categories');
    const thread = await writer.send<Created>('/api/forums/threads', {
      categoryId: category.id,
      title: TITLE,
      body: 'Lubangnya sudah dua minggu dan membahayakan pengendara motor pada malam hari.',
    });
    threadNumber = thread.threadNumber;
    await approve(thread.post.id);
    const flagged = await writer.send<Created>(`/api/forums/threads/${threadNumber}/posts`, { body: REPLY_FLAGGED });
    const spam = await writer.send<Created>(`/api/forums/threads/${threadNumber}/posts`, { body: REPLY_SPAM });
    flaggedId = flagged.post.id;
    spamId = spam.post.id;
    await approve(flaggedId);
    await approve(spamId);

    // Three readers flag the rude reply: the third flag hides it. One reader flags the advert.
    const hidden: boolean[] = [];
    for (const email of flaggers) {
      const reader = await ApiSession.signIn(baseURL, email);
      const answer = await reader.send<{ hidden: boolean }>('/api/forums/flags', {
        targetType: 'post',
        targetId: flaggedId,
        reason: 'offensive',
        details: `Menghina warga (${email.split('.')[0]}).`,
      });
      hidden.push(answer.hidden);
      await reader.dispose();
    }
    expect(hidden).toEqual([false, false, true]);
    const reader = await ApiSession.signIn(baseURL, flaggers[0]);
    await reader.send('/api/forums/flags', { targetType: 'post', targetId: spamId, reason: 'spam', details: 'Iklan judi daring.' });
    await Promise.all([reader.dispose(), writer.dispose(), moderator.dispose()]);
  });

  test('the queue shows the auto-hidden reply with its three flags; a moderator hides the advert with a reason', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    await signIn(page, MODERATOR, '/admin');
    await page.getByRole('link', { name: 'Moderasi forum' }).first().click();
    await expect(page).toHaveURL('/admin/forum');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderasi forum');

    const rude = queueItem(page, REPLY_FLAGGED);
    await expect(rude.getByTestId('flag-count')).toHaveText('3 laporan');
    await expect(rude.getByText('Kasar: 3')).toBeVisible();
    await expect(rude.getByText('Disembunyikan', { exact: true })).toBeVisible();
    await expect(rude.getByText('disembunyikan otomatis karena laporan')).toBeVisible();
    await expect(rude.getByText(AUTHOR_NAME, { exact: true })).toBeVisible();
    await expect(rude.getByRole('link', { name: /^Baca di forum/ })).toHaveAttribute('href', `/forum/t/${threadNumber}#2`);
    const advert = queueItem(page, REPLY_SPAM);
    await expect(advert.getByTestId('flag-count')).toHaveText('1 laporan');
    await expect(advert.getByText('Iklan judi daring.')).toBeVisible();
    await expect(advert.getByText('Tampil', { exact: true })).toBeVisible();
    await checkBothWidths(page);

    // Hide: the reason is required, the note is shown to readers.
    await advert.getByRole('button', { name: /^Sembunyikan/ }).click();
    await advert.getByRole('button', { name: 'Sembunyikan tulisan' }).click();
    await expect(advert.getByText('Alasan wajib diisi', { exact: false })).toBeVisible();
    await checkBothWidths(page);
    await advert.getByLabel(/^Alasan/).selectOption({ label: 'Spam' });
    await advert.getByLabel(/^Catatan untuk pembaca/).fill('Iklan situs judi tidak boleh di forum warga.');
    await advert.getByRole('button', { name: 'Sembunyikan tulisan' }).click();
    await expect(page.locator('wk-admin-forum-status')).toContainText('Tulisan disembunyikan.');
    await expect(queueItem(page, REPLY_SPAM)).toHaveCount(0);
    await expect(queueItem(page, REPLY_FLAGGED)).toHaveCount(1);

    const visitor = await playwrightRequest.newContext({ baseURL });
    const post = (await (await visitor.get(`/api/forums/posts/${spamId}`)).json()) as { state: string; hidden: object };
    expect(post).toMatchObject({
      state: 'hidden',
      hidden: { code: 'spam', details: 'Iklan situs judi tidak boleh di forum warga.', byFlags: false },
    });
    await visitor.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('"sanction the author" opens the sanctions page for them; the moderator mutes them for 3 days', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    await signIn(page, MODERATOR, '/admin/forum');
    await queueItem(page, REPLY_FLAGGED)
      .getByRole('link', { name: /^Beri sanksi kepada penulis/ })
      .click();
    await expect(page).toHaveURL(/\/admin\/forum\/sanksi\?userId=[0-9a-f-]{36}&name=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanksi forum');
    await expect(page.getByLabel(/^ID akun/)).toHaveValue(/^[0-9a-f-]{36}$/);
    await expect(page.getByText(`Untuk: ${AUTHOR_NAME}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: `Semua sanksi ${AUTHOR_NAME}` })).toBeVisible();
    await expect(page.getByText('Akun ini belum pernah diberi sanksi.')).toBeVisible();
    await checkBothWidths(page);

    // Days are asked for a mute (required) and a ban, not for a warning.
    await page.getByRole('radio', { name: /^Peringatan/ }).check();
    await expect(page.getByLabel(/^Lama \(hari\)/)).toHaveCount(0);
    await page.getByRole('radio', { name: /^Bisukan/ }).check();
    await page.getByLabel(/^Alasan/).fill('Menghina warga lain di balasan topik.');
    await page.getByRole('button', { name: 'Berlakukan sanksi' }).click();
    await expect(page.locator('#field-days')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel(/^Lama \(hari\)/).fill('3');
    await page.getByRole('button', { name: 'Berlakukan sanksi' }).click();
    await expect(page.locator('wk-admin-forum-status')).toContainText(`Sanksi "Bisukan" untuk ${AUTHOR_NAME} berlaku.`);
    const inForce = page.getByRole('table', { name: 'Sanksi yang sedang berlaku' });
    await expect(inForce.getByRole('row').filter({ hasText: AUTHOR_NAME })).toContainText('Bisukan');
    await expect(page.getByRole('table', { name: `Semua sanksi ${AUTHOR_NAME}` }).getByRole('row')).toHaveCount(2);
    await checkBothWidths(page);

    // The author cannot write now.
    const writer = await ApiSession.signIn(baseURL, author);
    const refused = await writer.post(`/api/forums/threads/${threadNumber}/posts`, { body: 'Saya mau membalas lagi.' });
    expect(refused.status()).toBe(403);
    await writer.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('a moderator adds a watched word to a new list', async ({ page, baseURL, consoleErrors }) => {
    await signIn(page, MODERATOR, '/admin/forum/kata-pantauan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kata pantauan');
    await checkBothWidths(page);
    await page.getByLabel(/^Nama daftar/).fill(WATCHED_LIST);
    await page.getByLabel(/^Kata atau frasa/).fill(WATCHED_PATTERN);
    await page.getByRole('radio', { name: /^Tahan/ }).check();
    await page.getByRole('button', { name: 'Tambahkan', exact: true }).click();
    await expect(page.locator('wk-admin-forum-status')).toContainText(`"${WATCHED_PATTERN}" ditambahkan ke daftar ${WATCHED_LIST}.`);
    const list = page.getByRole('table', { name: `Daftar "${WATCHED_LIST}"` });
    await expect(list.getByRole('row').filter({ hasText: WATCHED_PATTERN })).toContainText('Tahan');
    await checkBothWidths(page);

    const moderator = await ApiSession.signIn(baseURL, MODERATOR);
    const words = await moderator.get<{ list: string; pattern: string; action: string }[]>('/api/forums/watched-words');
    expect(words).toContainEqual(expect.objectContaining({ list: WATCHED_LIST, pattern: WATCHED_PATTERN, action: 'hold' }));
    await moderator.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('the author appeals the hiding; the moderator who hid may not decide it, an admin overturns it', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const writer = await ApiSession.signIn(baseURL, author);
    const acts = await writer.get<{ id: string; action: string; targetId: string }[]>('/api/forums/moderation/mine');
    const hide = acts.find((a) => a.action === 'hide' && a.targetId === spamId);
    expect(hide).toBeTruthy();
    const APPEAL = `Itu bukan iklan, saya hanya membagikan informasi lowongan kerja ${RUN}.`;
    await writer.send('/api/forums/appeals', { actionId: hide?.id, text: APPEAL });
    await writer.dispose();

    await signIn(page, MODERATOR, '/admin/forum/banding');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Banding moderasi');
    const card = page.locator('article', { hasText: APPEAL });
    await expect(card.getByRole('heading', { name: `Banding dari ${AUTHOR_NAME}` })).toBeVisible();
    await expect(card.getByText('Disembunyikan moderator')).toBeVisible();
    await expect(card.getByRole('link', { name: 'Lihat yang dibanding' })).toHaveAttribute('href', `/forum/t/${threadNumber}#3`);
    await checkBothWidths(page);
    await card.getByRole('radio', { name: 'Batalkan tindakan' }).check();
    await card.getByRole('button', { name: /^Putuskan banding/ }).click();
    await expect(card.getByRole('alert')).toContainText('Banding atas tindakan Anda sendiri diputuskan oleh moderator lain.');
    await checkBothWidths(page);

    await signIn(page, ADMIN, '/admin/forum/banding');
    const adminCard = page.locator('article', { hasText: APPEAL });
    await adminCard.getByRole('radio', { name: 'Batalkan tindakan' }).check();
    await adminCard.getByLabel(/^Catatan untuk pengaju/).fill('Setelah dicek, tautannya memang lowongan resmi.');
    await adminCard.getByRole('button', { name: /^Putuskan banding/ }).click();
    await expect(page.locator('wk-admin-forum-status')).toContainText('Banding diterima: tindakan dibatalkan.');
    const decided = page.getByRole('region', { name: 'Sudah diputus' }).locator('article', { hasText: APPEAL });
    await expect(decided.getByText('Tindakan dibatalkan')).toBeVisible();
    await checkBothWidths(page);

    const visitor = await playwrightRequest.newContext({ baseURL });
    expect(((await (await visitor.get(`/api/forums/posts/${spamId}`)).json()) as { state: string }).state).toBe('visible');
    await visitor.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('a thread’s moderation from the queue: the revisions, locking with a reason', async ({ page, consoleErrors }) => {
    await signIn(page, MODERATOR, '/admin/forum');
    await queueItem(page, REPLY_FLAGGED)
      .getByRole('link', { name: /^Moderasi topiknya/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/forum/topik/${threadNumber}\\?post=${flaggedId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByRole('heading', { name: 'Tulisan pembuka' })).toBeVisible();
    await expect(page.getByText('Lubangnya sudah dua minggu')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tulisan yang dilaporkan' })).toBeVisible();
    await expect(page.getByText(REPLY_FLAGGED)).toBeVisible();
    await checkBothWidths(page);
    await page.getByLabel(/^Alasan penguncian/).fill('Pembahasan sudah dijawab Dinas PU.');
    await page.getByRole('button', { name: 'Kunci topik' }).click();
    await expect(page.locator('wk-admin-forum-status')).toContainText('Topik dikunci.');
    await expect(page.getByTestId('lock-reason')).toHaveText('Pembahasan sudah dijawab Dinas PU.');
    await expect(page.getByRole('button', { name: 'Buka kunci topik' })).toBeVisible();
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('an admin keeps the categories', async ({ page, consoleErrors }) => {
    await signIn(page, ADMIN, '/admin');
    await page.getByRole('link', { name: 'Kategori forum' }).first().click();
    await expect(page).toHaveURL('/admin/forum/kategori');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kategori forum');
    await checkBothWidths(page);
    await page.getByLabel(/^Alamat \(slug\)/).fill(`taman-kota-${RUN}`);
    await page.getByLabel(/^Nama \(Bahasa Indonesia\)/).fill(`Taman Kota ${RUN}`);
    await page.getByLabel(/^Nama \(Bahasa Inggris\)/).fill(`City parks ${RUN}`);
    await page.getByLabel(/^Urutan/).fill('50');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: `Taman Kota ${RUN}` });
    await expect(row).toContainText('Dipakai');
    await row.getByRole('button', { name: /^Ubah/ }).click();
    await page.getByLabel('Menerima topik baru').uncheck();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(row).toContainText('Tidak dipakai');
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('every page in English', async ({ page, consoleErrors }) => {
    await signIn(page, ADMIN, '/admin');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' })).toBeVisible();
    // The choice is saved to the account: switched back whatever happens.
    try {
      const pages: [string, string][] = [
        ['/admin/forum', 'Forum moderation'],
        ['/admin/forum/sanksi', 'Forum sanctions'],
        ['/admin/forum/kata-pantauan', 'Watched words'],
        ['/admin/forum/banding', 'Moderation appeals'],
        [`/admin/forum/topik/${threadNumber}?post=${flaggedId}`, TITLE],
        ['/admin/forum/kategori', 'Forum categories'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await checkBothWidths(page);
      }
      // English labels on the queue and the thread page.
      await page.goto('/admin/forum');
      await expect(queueItem(page, REPLY_FLAGGED).getByTestId('flag-count')).toHaveText('3 flags');
      await expect(queueItem(page, REPLY_FLAGGED).getByText('Offensive: 3')).toBeVisible();
      await page.goto(`/admin/forum/topik/${threadNumber}`);
      await expect(page.getByRole('button', { name: 'Unlock the thread' })).toBeVisible();
    } finally {
      await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    }
    expect(consoleErrors).toEqual([]);
  });
});
