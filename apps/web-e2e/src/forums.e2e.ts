import { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';
import { ApiSession, CITIZEN, MODERATOR, OFFICIAL, checkBothWidths, newCitizen, signIn, useLanguage } from './people';

// Forum Warga (/forum) as visitors and citizens use it. The e2e server seeds no demo threads
// (SEED_DEMO_REPORTS=false), so a moderator starts the "demo" conversation through the API.
// New accounts' first posts wait for a moderator's approval (FORUM_NEW_ACCOUNT_HELD_POSTS, 3 by
// default, which forum-moderation.e2e.ts relies on): the tests see the "waiting" label, then a
// moderator approves through the API. Three readers' flags hide a post (FORUM_FLAGS_TO_HIDE, 3).
const RUN = Date.now().toString(36);
/** A word of this run only, for the search. */
const WORD = `trotoar${RUN}`;
const DEMO_TITLE = `Jadwal posyandu di balai RW ${RUN}`;
const TITLE = `Trotoar rusak di Jalan Pandanaran ${RUN}`;
const AUTHOR_NAME = `Rini Handayani ${RUN}`;
const REPLIER_NAME = `Agus Setiawan ${RUN}`;
const XSS_BODY = [
  'Uji keamanan:',
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '[x](javascript:window.__xss=1)',
  '<svg onload=window.__xss=1>',
  '<a href="data:text/html,<script>alert(1)</script>">d</a>',
].join('\n\n');

interface Created {
  threadNumber: number;
  post: { id: string };
}

/** A moderator approves every post of the thread still waiting (a new account's first posts). */
async function approvePending(baseURL: string | undefined, thread: number): Promise<void> {
  const moderator = await ApiSession.signIn(baseURL, MODERATOR);
  try {
    const page = await moderator.get<{ items: { id: string; state: string }[] }>(`/api/forums/threads/${thread}/posts?limit=100`);
    for (const post of page.items.filter((p) => p.state === 'pending'))
      await moderator.send(`/api/forums/moderation/content/post/${post.id}`, { action: 'approve' });
  } finally {
    await moderator.dispose();
  }
}

async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

const post = (page: Page, number: number): Locator => page.locator(`article[id="${number}"]`);

/** The post's rendered text holds no active content: no script, image, SVG or frame, no script or data link. */
async function expectInert(body: Locator): Promise<void> {
  await expect(body).toBeVisible();
  await expect(body.locator('script, img, svg, iframe, object, embed')).toHaveCount(0);
  const hrefs = await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  for (const element of await body.locator('*').all()) {
    const handlers = await element.evaluate((e) => e.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
  }
}

test.describe.serial('Forum Warga', () => {
  let demoThread = 0;
  let thread = 0;
  let author = '';
  let replier = '';
  let flagger = '';
  let categoryId = '';

  test.beforeAll(async ({ baseURL }) => {
    author = await newCitizen(baseURL, AUTHOR_NAME);
    replier = await newCitizen(baseURL, REPLIER_NAME);
    flagger = await newCitizen(baseURL, `Dewi Lestari ${RUN}`);
    // The "demo" conversation: staff accounts are never new, so their posts show at once.
    const moderator = await ApiSession.signIn(baseURL, MODERATOR);
    const official = await ApiSession.signIn(baseURL, OFFICIAL);
    try {
      const categories = await moderator.get<{ id: string; slug: string }[]>('/api/forums/categories');
      categoryId = categories.find((c) => c.slug === 'umum')?.id ?? categories[0].id;
      const created = await moderator.send<Created>('/api/forums/threads', {
        categoryId,
        title: DEMO_TITLE,
        body: 'Posyandu bulan ini dipindah ke **hari Sabtu** pukul 08.00 di balai RW. Bawa buku KIA.',
      });
      demoThread = created.threadNumber;
      await official.send(`/api/forums/threads/${demoThread}/posts`, {
        body: 'Terima kasih infonya. Petugas puskesmas hadir seperti biasa.',
      });
    } finally {
      await Promise.all([moderator.dispose(), official.dispose()]);
    }
  });

  test('a visitor reads the index, a category and a thread, in both languages', async ({ page, baseURL, consoleErrors }) => {
    const headings = { id: 'Forum Warga', en: 'Citizens’ forum' };
    for (const language of ['id', 'en'] as const) {
      await useLanguage(page, language, baseURL);
      await page.goto('/forum');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[language]);
      await expect(page.getByRole('link', { name: DEMO_TITLE })).toHaveAttribute('href', `/forum/t/${demoThread}`);
      await expect(page.locator('a[href="/forum/umum"]').first()).toBeVisible();
      await expect(
        page.getByRole('link', { name: language === 'id' ? 'Masuk untuk memulai topik' : 'Sign in to start a topic' }),
      ).toBeVisible();
      await checkBothWidths(page);

      await page.locator('a[href="/forum/umum"]').first().click();
      await expect(page).toHaveURL('/forum/umum');
      await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
      await checkBothWidths(page);
      await page.getByRole('link', { name: language === 'id' ? 'Topik terbaru' : 'Newest topics' }).click();
      await expect(page).toHaveURL('/forum/umum?urutan=terbaru');
      await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();

      await page.getByRole('link', { name: DEMO_TITLE }).click();
      await expect(page).toHaveURL(`/forum/t/${demoThread}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
      await expect(post(page, 1).locator('[data-testid="post-body"] strong')).toHaveText('hari Sabtu');
      await expect(post(page, 1).locator('time')).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/);
      await expect(post(page, 2)).toContainText('Petugas puskesmas');
      // A visitor reads; reacting and reporting are for people signed in.
      await expect(page.getByRole('button', { name: /^(Suka|Like)/ })).toHaveCount(0);
      await expect(page.getByRole('link', { name: language === 'id' ? 'Masuk untuk membalas' : 'Sign in to reply' })).toBeVisible();
      await checkBothWidths(page);
    }
    await useLanguage(page, 'id', baseURL);
    expect(consoleErrors).toEqual([]);
  });

  test('the thread page is rendered on the server, with its own link preview', async ({ browser, baseURL }) => {
    const context = await (browser as Browser).newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/forum/t/${demoThread}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', DEMO_TITLE);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^Posyandu bulan ini dipindah ke hari Sabtu/);
    await page.goto('/forum');
    await page.getByLabel('Kata yang dicari').fill('posyandu');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect(page).toHaveURL('/forum/cari?q=posyandu');
    await expect(page.getByRole('link', { name: DEMO_TITLE }).first()).toBeVisible();
    await context.close();
  });

  test('a citizen starts a thread in Markdown, with a preview', async ({ page, baseURL, consoleErrors }) => {
    await signIn(page, author, '/forum/baru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mulai topik baru');
    await checkBothWidths(page);
    // Nothing is sent before the required fields are filled.
    await page.getByRole('button', { name: 'Terbitkan topik' }).click();
    await expect(page.locator('#field-title')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel(/^Kategori/).selectOption(categoryId);
    await page.getByLabel(/^Judul/).fill(TITLE);
    await page.getByLabel(/^Isi tulisan/).fill(`Trotoar di depan toko roti **rusak parah** sejak hujan minggu lalu. ${WORD}`);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await expect(page.locator('.preview strong')).toHaveText('rusak parah');
    await checkBothWidths(page);
    await page.getByRole('button', { name: 'Terbitkan topik' }).click();

    await expect(page).toHaveURL(/\/forum\/t\/\d+$/);
    thread = Number(page.url().split('/').pop());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(post(page, 1).getByText('Menunggu persetujuan moderator')).toBeVisible();
    await expect(post(page, 1).locator('strong')).toHaveText('rusak parah');
    await checkBothWidths(page);
    await approvePending(baseURL, thread);
    expect(consoleErrors).toEqual([]);
  });

  test('a second citizen quotes the first post in a reply, reacts and follows', async ({ page, baseURL, consoleErrors }) => {
    await signIn(page, replier, `/forum/t/${thread}`);
    await post(page, 1).getByRole('button', { name: 'Kutip' }).click();
    await expect(page.getByText(`Mengutip #1 oleh ${AUTHOR_NAME}`)).toBeVisible();
    await expect(page.getByLabel(/^Balasan Anda/)).toBeFocused();
    await page.getByLabel(/^Balasan Anda/).fill('Setuju, di depan sekolah juga sama. Mohon **segera** diperbaiki.');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();

    // The new post takes the focus; its quote links back to the quoted post.
    await expect(post(page, 2)).toBeFocused();
    const quote = post(page, 2).locator('blockquote');
    await expect(quote).toContainText(`${AUTHOR_NAME} menulis di`);
    await expect(quote.getByRole('link', { name: '#1' })).toHaveAttribute('href', `/forum/t/${thread}#1`);
    await expect(page.getByText('Balasan Anda terkirim dan menunggu persetujuan moderator.').first()).toBeVisible();

    // Reactions: toggle buttons with their counts, not on one's own post.
    await expect(post(page, 2).getByRole('button', { name: /^Suka/ })).toHaveCount(0);
    const like = post(page, 1).getByRole('button', { name: /^Suka/ });
    await expect(like).toHaveAttribute('aria-pressed', 'false');
    await like.click();
    await expect(like).toHaveAttribute('aria-pressed', 'true');
    await expect(like).toContainText('1');
    const thanks = post(page, 1).getByRole('button', { name: /^Terima kasih/ });
    await thanks.click();
    await expect(thanks).toHaveAttribute('aria-pressed', 'true');
    await thanks.click();
    await expect(thanks).toHaveAttribute('aria-pressed', 'false');

    // Writing followed the thread; unfollow and follow again.
    await expect(page.getByText('Anda mengikuti topik ini')).toBeVisible();
    await page.getByRole('button', { name: 'Berhenti mengikuti' }).click();
    await expect(page.getByText('Anda tidak mengikuti topik ini.')).toBeVisible();
    await page.getByRole('button', { name: 'Ikuti topik' }).click();
    await expect(page.getByRole('button', { name: 'Berhenti mengikuti' })).toBeVisible();
    await checkBothWidths(page);

    // The reaction stays after a reload.
    await approvePending(baseURL, thread);
    await page.reload();
    await expect(post(page, 1).getByRole('button', { name: /^Suka/ })).toHaveAttribute('aria-pressed', 'true');
    expect(consoleErrors).toEqual([]);
  });

  test('the author edits the first post, and a deleted reply leaves its place', async ({ page, baseURL, consoleErrors }) => {
    await signIn(page, author, `/forum/t/${thread}`);
    await post(page, 1).getByRole('button', { name: 'Ubah' }).click();
    await expect(post(page, 1).getByLabel(/^Judul/)).toHaveValue(TITLE);
    const body = post(page, 1).getByLabel(/^Isi tulisan/);
    await expect(body).toHaveValue(/\*\*rusak parah\*\*/);
    await body.fill(`Trotoar di depan toko roti **rusak parah** dan berlubang sejak hujan minggu lalu. ${WORD}`);
    await checkBothWidths(page);
    await post(page, 1).getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(post(page, 1)).toContainText('dan berlubang');
    await expect(post(page, 1)).toContainText('diubah');

    await page.getByLabel(/^Balasan Anda/).fill('Balasan ini salah tempat, akan saya hapus.');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await expect(post(page, 3)).toBeFocused();
    await approvePending(baseURL, thread);
    await page.reload();
    await post(page, 3).getByRole('button', { name: 'Hapus' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hapus tulisan #3?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(post(page, 3)).toContainText('Tulisan ini dihapus oleh penulisnya.');
    await expect(post(page, 3)).not.toContainText('salah tempat');

    // A visitor sees the placeholder too.
    await signOut(page);
    await page.goto(`/forum/t/${thread}`);
    await expect(post(page, 3)).toContainText('Tulisan ini dihapus oleh penulisnya.');
    await expect(post(page, 1)).toContainText('dan berlubang');
    expect(consoleErrors).toEqual([]);
  });

  test('search finds the thread and links to the post', async ({ page, consoleErrors }) => {
    await page.goto('/forum');
    await page.getByLabel('Kata yang dicari').fill(WORD);
    await page.getByLabel('Kata yang dicari').press('Enter');
    await expect(page).toHaveURL(`/forum/cari?q=${WORD}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cari di forum');
    const hit = page.getByRole('link', { name: TITLE });
    await expect(hit).toHaveAttribute('href', `/forum/t/${thread}#1`);
    await checkBothWidths(page);
    await page.goto('/forum/cari?q=tidakadasamasekali');
    await expect(page.getByText('Tidak ada tulisan yang cocok.')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('three readers report a reply through the page, which hides it pending review', async ({ page, consoleErrors }) => {
    const readers = [author, CITIZEN, flagger];
    for (const [i, email] of readers.entries()) {
      await signIn(page, email, `/forum/t/${thread}`);
      await post(page, 2).getByRole('button', { name: 'Laporkan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Laporkan tulisan #2' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('radio', { name: 'Kasar atau menghina' }).check();
      await dialog.getByLabel(/^Keterangan/).fill(`Laporan ${i + 1}`);
      if (i === 0) await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
      const last = i === readers.length - 1;
      await expect(dialog.getByRole('status')).toHaveText(
        last
          ? 'Terima kasih. Tulisan ini kini disembunyikan sampai diperiksa moderator.'
          : 'Terima kasih, laporan Anda kami terima. Moderator akan memeriksanya.',
      );
      await dialog.getByRole('button', { name: 'Tutup' }).first().click();
      if (last) await expect(post(page, 2).getByTestId('post-hidden')).toContainText('menunggu pemeriksaan moderator');
    }
    await signOut(page);
    await page.goto(`/forum/t/${thread}`);
    const hidden = post(page, 2).getByTestId('post-hidden');
    await expect(hidden).toContainText('Tulisan ini disembunyikan sementara karena dilaporkan warga, menunggu pemeriksaan moderator.');
    await expect(post(page, 2)).not.toContainText('di depan sekolah');
    await checkBothWidths(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the public moderation statistics count the automatic hiding', async ({ page, baseURL, consoleErrors }) => {
    for (const language of ['id', 'en'] as const) {
      await useLanguage(page, language, baseURL);
      await page.goto('/forum/moderasi');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        language === 'id' ? 'Statistik moderasi forum' : 'Forum moderation statistics',
      );
      const autoHide = page.locator('tr[data-kind="auto_hide"]').first();
      await expect(autoHide).toContainText(language === 'id' ? 'Disembunyikan otomatis' : 'Hidden automatically');
      await expect(page.locator('tr[data-kind="approve"]').first()).toBeVisible();
      await checkBothWidths(page);
    }
    await useLanguage(page, 'id', baseURL);
    expect(consoleErrors).toEqual([]);
  });

  test('the reply’s author sees the act on their post and appeals it', async ({ page, consoleErrors }) => {
    await signIn(page, replier, '/forum/moderasi-saya');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderasi atas tulisan saya');
    const act = page.getByRole('listitem').filter({ hasText: 'Disembunyikan otomatis karena laporan warga' });
    await expect(act.getByRole('link', { name: 'Lihat tulisan' })).toHaveAttribute('href', `/forum/t/${thread}#2`);
    await checkBothWidths(page);
    await act.getByLabel(/^Mengapa tindakan ini keliru/).fill('Balasan saya tidak kasar; saya hanya menyampaikan keadaan jalan.');
    await act.getByRole('button', { name: 'Kirim banding' }).click();
    await expect(act.getByText('Banding sedang diperiksa')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('script in a post stays text, on the server-rendered page and in the browser', async ({ page, browser, baseURL, consoleErrors }) => {
    await signIn(page, author, `/forum/t/${thread}`);
    await page.getByLabel(/^Balasan Anda/).fill(XSS_BODY);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await expectInert(page.locator('.preview [data-testid="post-body"]'));
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await expect(post(page, 4)).toBeFocused();
    await expectInert(post(page, 4).getByTestId('post-body'));
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await approvePending(baseURL, thread);

    // Rendered on the server, read without JavaScript.
    const noScript = await (browser as Browser).newContext({ javaScriptEnabled: false, baseURL });
    const ssr = await noScript.newPage();
    await ssr.goto(`/forum/t/${thread}`);
    await expect(ssr.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expectInert(ssr.locator('article[id="4"] [data-testid="post-body"]'));
    await expect(ssr.locator('article[id="4"]')).toContainText('window.__xss=1');
    await noScript.close();

    // The same server-rendered page, taken over by the app in a visitor's browser.
    await signOut(page);
    await page.goto(`/forum/t/${thread}`);
    await waitForApp(page);
    await expectInert(post(page, 4).getByTestId('post-body'));
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
  });
});
