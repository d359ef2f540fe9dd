import { ForumWorld, forumWorld } from './forum-fixtures';

/**
 * The forums end to end over HTTP on a real database (docs/product.md, "Town-hall forums"):
 * categories, threads, replies with quotes, the edit window and its history, deleting, reactions,
 * following, keyset pages, placeholders, and a search that never returns what is not shown.
 */
describe('forums', () => {
  let w: ForumWorld;
  beforeAll(async () => {
    w = await forumWorld();
  });
  afterAll(() => w.t.close());

  const sql = (text: string, params: unknown[] = []) => w.t.dataSource.query(text, params);

  describe('categories', () => {
    it('lists the seeded categories in order, in the reader’s language', async () => {
      const id = await w.as.visitor.agent.get('/api/forums/categories').expect(200);
      expect(id.body.map((c: { slug: string }) => c.slug)).toEqual([
        'umum',
        'infrastruktur-lingkungan',
        'pelayanan-publik',
        'usulan-warga',
      ]);
      expect(id.body[0].name).toBe('Umum');
      const en = await w.as.visitor.agent.get('/api/forums/categories').set('Accept-Language', 'en').expect(200);
      expect(en.body[0].name).toBe('General');
    });

    it('admins add and retire categories; a taken address is a conflict; a bad one names the field', async () => {
      const body = { slug: 'pasar-tradisional', nameId: 'Pasar Tradisional', nameEn: 'Traditional Markets' };
      const created = await w.as.admin.post('/api/forums/categories').send(body).expect(201);
      expect(created.body).toMatchObject({ slug: 'pasar-tradisional', active: true, threadCount: 0 });
      await w.as.admin.post('/api/forums/categories').send(body).expect(409);
      const bad = await w.as.admin
        .post('/api/forums/categories')
        .send({ ...body, slug: 'Pasar Tradisional!' })
        .expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'slug' });
      expect(bad.body.details[0].message).toContain('Alamat kategori');
      await w.as.admin
        .send('put', `/api/forums/categories/${created.body.id}`)
        .send({ ...body, active: false })
        .expect(200);
      const listed = await w.as.visitor.agent.get('/api/forums/categories').expect(200);
      expect(listed.body.map((c: { slug: string }) => c.slug)).not.toContain('pasar-tradisional');
      const managed = await w.as.admin.agent.get('/api/forums/categories/manage').expect(200);
      expect(managed.body.map((c: { slug: string }) => c.slug)).toContain('pasar-tradisional');
      // A retired category takes no new threads.
      const refused = await w.as.citizen
        .post('/api/forums/threads')
        .send({ categoryId: created.body.id, title: 'Harga cabai di pasar naik', body: 'Bagaimana menurut warga?' })
        .expect(400);
      expect(refused.body.details[0]).toMatchObject({ field: 'categoryId' });
      const audit = await sql(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq`, [created.body.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['forum_category.created', 'forum_category.updated']);
    });
  });

  describe('threads and replies', () => {
    it('a thread’s text is its first post, rendered safely; bad input names the field in Indonesian', async () => {
      const { number } = await w.thread(
        'citizen',
        'Lampu jalan di Jalan Pemuda padam',
        'Sudah **seminggu** gelap. <script>alert(1)</script> [lihat](javascript:alert(1))',
      );
      const thread = await w.as.visitor.agent.get(`/api/forums/threads/${number}`).expect(200);
      expect(thread.body).toMatchObject({
        number,
        title: 'Lampu jalan di Jalan Pemuda padam',
        categorySlug: 'umum',
        authorName: 'citizen',
        replyCount: 0,
        postCount: 1,
        canReply: false,
      });
      const posts = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts`).expect(200);
      const html: string = posts.body.items[0].bodyHtml;
      expect(html).toContain('<strong>seminggu</strong>');
      // Raw HTML and the javascript: link stay text: no element, no link.
      expect(html).not.toMatch(/<script|<a |href=/i);
      expect(html).toContain('&lt;script&gt;');
      const bad = await w.as.citizen
        .post('/api/forums/threads')
        .send({ categoryId: w.forumCategory, title: 'Pendek', body: 'x' })
        .expect(400);
      expect(bad.body.details.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'title']);
      expect(bad.body.details.find((e: { field: string }) => e.field === 'title').message).toMatch(/Judul/);
      await w.as.visitor.agent.get('/api/forums/threads/abc').expect(404);
      await w.as.visitor.agent.get('/api/forums/threads/999999').expect(404);
    });

    it('replies are numbered without gaps under concurrency, quote a post of the same thread, and bump the thread', async () => {
      const { number, postId } = await w.thread();
      const before = (await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body.lastPostedAt;
      const writers = ['otherCitizen', 'moderator', 'official', 'otherOfficial', 'admin'] as const;
      await Promise.all(Array.from({ length: 20 }, (_, i) => w.reply(number, writers[i % writers.length], `Balasan serentak nomor ${i}`)));
      const rows = await sql(
        `SELECT p.number FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE t.number = $1 ORDER BY p.number`,
        [number],
      );
      expect(rows.map((r: { number: number }) => r.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      const quoting = await w.reply(number, 'otherCitizen', 'Saya kutip pembuka topik.', postId);
      const shown = await w.as.visitor.agent.get(`/api/forums/posts/${quoting.id}`).expect(200);
      expect(shown.body.quote).toMatchObject({ postId, number: 1, authorName: 'citizen', excerpt: 'Mari kita bahas bersama di sini.' });
      const other = await w.thread();
      const wrong = await w.as.otherCitizen
        .post(`/api/forums/threads/${other.number}/posts`)
        .send({ body: 'Kutipan dari topik lain', quotePostId: postId })
        .expect(400);
      expect(wrong.body.details[0]).toMatchObject({ field: 'quotePostId' });
      const after = (await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body;
      expect(new Date(after.lastPostedAt).getTime()).toBeGreaterThan(new Date(before).getTime());
      expect(after.replyCount).toBe(21);
    });

    it('posts come in keyset pages by number', async () => {
      const { number } = await w.thread();
      for (let i = 0; i < 6; i++) await w.reply(number);
      const first = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts?limit=3`).expect(200);
      expect(first.body.items.map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
      expect(first.body.nextAfter).toBe(3);
      const last = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts?limit=4&after=3`).expect(200);
      expect(last.body.items.map((p: { number: number }) => p.number)).toEqual([4, 5, 6, 7]);
      expect(last.body.nextAfter).toBeNull();
      const bad = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts?limit=0`).expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'limit' });
    });

    it('thread lists: latest activity first in keyset pages, pinned ones apart on the first page', async () => {
      const [{ id: category }] = await sql(`SELECT id FROM forum_category WHERE slug = 'pelayanan-publik'`);
      const numbers: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await w.as.citizen
          .post('/api/forums/threads')
          .send({ categoryId: category, title: `Layanan puskesmas keliling ${i}`, body: 'Bagaimana pengalaman warga?' })
          .expect(201);
        numbers.push(res.body.threadNumber);
      }
      await w.reply(numbers[0]); // the oldest is now the most active
      await sql(`UPDATE forum_thread SET pinned_at = now() WHERE number = $1`, [numbers[2]]);
      const page1 = await w.as.visitor.agent.get('/api/forums/threads?category=pelayanan-publik&limit=2').expect(200);
      expect(page1.body.pinned.map((t: { number: number }) => t.number)).toEqual([numbers[2]]);
      expect(page1.body.items.map((t: { number: number }) => t.number)).toEqual([numbers[0], numbers[4]]);
      const page2 = await w.as.visitor.agent
        .get(`/api/forums/threads?category=pelayanan-publik&limit=2&after=${page1.body.nextCursor}`)
        .expect(200);
      expect(page2.body.pinned).toEqual([]);
      expect(page2.body.items.map((t: { number: number }) => t.number)).toEqual([numbers[3], numbers[1]]);
      expect(page2.body.nextCursor).toBeNull();
      const newest = await w.as.visitor.agent.get('/api/forums/threads?category=pelayanan-publik&sort=newest').expect(200);
      expect(newest.body.items.map((t: { number: number }) => t.number)).toEqual([numbers[4], numbers[3], numbers[1], numbers[0]]);
      await w.as.visitor.agent.get('/api/forums/threads?category=tidak-ada').expect(404);
      const badCursor = await w.as.visitor.agent.get('/api/forums/threads?after=xyz').expect(400);
      expect(badCursor.body.details[0]).toMatchObject({ field: 'after' });
    });
  });

  describe('editing and deleting', () => {
    it('the author edits within the window; moderators read every version; others may not', async () => {
      const { number, postId } = await w.thread('citizen', 'Jadwal posyandu di RW 03', 'Jadwalnya tiap Selasa.');
      const edited = await w.as.citizen
        .send('put', `/api/forums/posts/${postId}`)
        .send({ body: 'Jadwalnya tiap Rabu pagi.', title: 'Jadwal posyandu RW 03 berubah' })
        .expect(200);
      expect(edited.body.post).toMatchObject({ bodyHtml: '<p>Jadwalnya tiap Rabu pagi.</p>', canEdit: true });
      expect(edited.body.post.editedAt).not.toBeNull();
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body.title).toBe('Jadwal posyandu RW 03 berubah');
      await w.as.otherCitizen.send('put', `/api/forums/posts/${postId}`).send({ body: 'Bukan tulisan saya.' }).expect(403);
      const versions = await w.as.moderator.agent.get(`/api/forums/posts/${postId}/revisions`).expect(200);
      expect(versions.body.map((v: { version: number; title: string; body: string }) => [v.version, v.title, v.body])).toEqual([
        [1, 'Jadwal posyandu di RW 03', 'Jadwalnya tiap Selasa.'],
        [2, 'Jadwal posyandu RW 03 berubah', 'Jadwalnya tiap Rabu pagi.'],
      ]);
      const reply = await w.reply(number);
      const notFirst = await w.as.otherCitizen
        .send('put', `/api/forums/posts/${reply.id}`)
        .send({ body: 'Diperbaiki.', title: 'Judul baru untuk topik' })
        .expect(400);
      expect(notFirst.body.details[0]).toMatchObject({ field: 'title' });
      await sql(`UPDATE forum_post SET created_at = now() - interval '16 minutes' WHERE id = $1`, [postId]);
      const late = await w.as.citizen.send('put', `/api/forums/posts/${postId}`).send({ body: 'Terlambat diubah.' }).expect(409);
      expect(late.body.message).toContain('15 menit');
      expect((await w.as.citizen.agent.get(`/api/forums/posts/${postId}`)).body.canEdit).toBe(false);
    });

    it('a deleted reply leaves a placeholder; deleting the first post takes the thread away', async () => {
      const { number, postId } = await w.thread();
      const reply = await w.reply(number);
      await w.as.citizen.send('delete', `/api/forums/posts/${reply.id}`).expect(403);
      await w.as.otherCitizen.send('delete', `/api/forums/posts/${reply.id}`).expect(204);
      const posts = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts`).expect(200);
      expect(posts.body.items[1]).toMatchObject({ number: 2, state: 'deleted', bodyHtml: null, authorName: null });
      await w.as.citizen.send('delete', `/api/forums/posts/${postId}`).expect(204);
      await w.as.visitor.agent.get(`/api/forums/threads/${number}`).expect(404);
      await w.as.citizen.agent.get(`/api/forums/threads/${number}`).expect(404);
      await w.as.moderator.agent.get(`/api/forums/threads/${number}`).expect(200);
    });
  });

  describe('reactions and following', () => {
    it('one reaction of each kind per reader, never on one’s own post, exact under concurrency', async () => {
      const { postId } = await w.thread();
      await Promise.all(
        Array.from({ length: 30 }, () => w.as.otherCitizen.send('put', `/api/forums/posts/${postId}/reactions/like`).expect(204)),
      );
      await w.as.moderator.send('put', `/api/forums/posts/${postId}/reactions/like`).expect(204);
      await w.as.moderator.send('put', `/api/forums/posts/${postId}/reactions/thanks`).expect(204);
      await w.as.citizen.send('put', `/api/forums/posts/${postId}/reactions/like`).expect(409);
      await w.as.otherCitizen.send('put', `/api/forums/posts/${postId}/reactions/love`).expect(404);
      const seen = await w.as.otherCitizen.agent.get(`/api/forums/posts/${postId}`).expect(200);
      expect(seen.body.reactions).toEqual({ like: 2, agree: 0, thanks: 1 });
      expect(seen.body.myReactions).toEqual(['like']);
      await w.as.otherCitizen.send('delete', `/api/forums/posts/${postId}/reactions/like`).expect(204);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${postId}`)).body.reactions.like).toBe(1);
    });

    it('the author follows their thread and hears of replies; unfollowing stops it', async () => {
      const { number } = await w.thread('citizen', 'Banjir di perumahan Tlogosari');
      const notified = async () =>
        Number(
          (
            await sql(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND type = 'forum.reply' AND params->>'number' = $2`, [
              w.ids.citizen,
              String(number),
            ])
          )[0].n,
        );
      expect((await w.as.citizen.agent.get(`/api/forums/threads/${number}`)).body.following).toBe(true);
      await w.reply(number, 'otherCitizen');
      expect(await notified()).toBe(1);
      // The replier follows now, and is not told of their own reply.
      expect((await w.as.otherCitizen.agent.get(`/api/forums/threads/${number}`)).body.following).toBe(true);
      await w.as.citizen.send('delete', `/api/forums/threads/${number}/follow`).expect(204);
      await w.reply(number, 'moderator');
      expect(await notified()).toBe(1);
      const replier = await sql(
        `SELECT count(*) AS n FROM notification WHERE user_id = $1 AND type = 'forum.reply' AND params->>'number' = $2`,
        [w.ids.otherCitizen, String(number)],
      );
      expect(Number(replier[0].n)).toBe(1);
      await w.as.citizen.send('put', `/api/forums/threads/${number}/follow`).expect(204);
      await w.as.citizen.send('put', `/api/forums/threads/${number}/follow`).expect(204);
    });
  });

  describe('what is shown', () => {
    it('hidden threads and posts show as placeholders with the reason; held posts only to their author and moderators', async () => {
      const { number } = await w.thread('citizen', 'Topik yang nanti disembunyikan');
      const reply = await w.reply(number, 'otherCitizen', 'Balasan yang nanti disembunyikan');
      const held = await w.reply(number, 'otherCitizen', 'Balasan yang menunggu persetujuan');
      await sql(`UPDATE forum_post SET hidden_at = now(), hidden_code = 'offensive', hidden_details = 'Kata-kata kasar.' WHERE id = $1`, [
        reply.id,
      ]);
      await sql(`UPDATE forum_post SET approval = 'pending' WHERE id = $1`, [held.id]);
      const publicPosts = await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts`).expect(200);
      expect(publicPosts.body.items.map((p: { number: number; state: string }) => [p.number, p.state])).toEqual([
        [1, 'visible'],
        [2, 'hidden'],
      ]);
      expect(publicPosts.body.items[1]).toMatchObject({
        bodyHtml: null,
        hidden: { code: 'offensive', label: 'kasar atau menyinggung', details: 'Kata-kata kasar.', byFlags: false },
      });
      const author = await w.as.otherCitizen.agent.get(`/api/forums/threads/${number}/posts`).expect(200);
      expect(author.body.items.map((p: { state: string }) => p.state)).toEqual(['visible', 'hidden', 'pending']);
      expect(author.body.items[1].bodyHtml).toContain('nanti disembunyikan');
      await w.as.citizen.agent.get(`/api/forums/posts/${held.id}`).expect(404);
      await w.as.moderator.agent.get(`/api/forums/posts/${held.id}`).expect(200);
      await w.as.citizen.send('put', `/api/forums/posts/${reply.id}/reactions/like`).expect(409);

      await sql(`UPDATE forum_thread SET hidden_at = now(), hidden_code = 'hoax' WHERE number = $1`, [number]);
      const thread = await w.as.visitor.agent.get(`/api/forums/threads/${number}`).expect(200);
      expect(thread.body).toMatchObject({ title: null, authorName: null, hidden: { code: 'hoax' }, canReply: false });
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}/posts`)).body.items).toEqual([]);
      expect((await w.as.citizen.agent.get(`/api/forums/threads/${number}`)).body.title).toBe('Topik yang nanti disembunyikan');
      const listed = await w.as.visitor.agent.get('/api/forums/threads?category=umum&limit=50').expect(200);
      expect(listed.body.items.map((t: { number: number }) => t.number)).not.toContain(number);
      await w.as.otherCitizen.post(`/api/forums/threads/${number}/posts`).send({ body: 'Masih bisa membalas?' }).expect(404);
    });

    it('locked threads take no replies; slow mode spaces one writer’s posts (not a moderator’s)', async () => {
      const { number } = await w.thread();
      await sql(`UPDATE forum_thread SET slow_mode_minutes = 5 WHERE number = $1`, [number]);
      await w.reply(number, 'otherCitizen');
      const slowed = await w.as.otherCitizen
        .post(`/api/forums/threads/${number}/posts`)
        .send({ body: 'Balasan kedua terlalu cepat' })
        .expect(429);
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(200);
      await w.reply(number, 'moderator');
      await w.reply(number, 'moderator');
      await sql(`UPDATE forum_thread SET locked_at = now(), lock_reason = 'Sudah terjawab.' WHERE number = $1`, [number]);
      const locked = await w.as.official.post(`/api/forums/threads/${number}/posts`).send({ body: 'Boleh saya menambahkan?' }).expect(409);
      expect(locked.body.message).toContain('dikunci');
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body).toMatchObject({
        locked: true,
        lockReason: 'Sudah terjawab.',
      });
    });

    it('search finds titles and text in Indonesian, and never hidden, deleted or held posts', async () => {
      const { number } = await w.thread('citizen', 'Perbaikan trotoar Simpang Lima', 'Trotoarnya retak dan membahayakan pejalan kaki.');
      const shown = await w.reply(number, 'otherCitizen', 'Trotoar di sisi utara juga rusak parah.');
      const hidden = await w.reply(number, 'otherCitizen', 'Trotoar ini dibangun kontraktor curang.');
      const deleted = await w.reply(number, 'moderator', 'Trotoar akan dicek petugas.');
      const held = await w.reply(number, 'official', 'Trotoar masuk anggaran tahun depan.');
      await sql(`UPDATE forum_post SET hidden_at = now(), hidden_code = 'hoax' WHERE id = $1`, [hidden.id]);
      await w.as.moderator.send('delete', `/api/forums/posts/${deleted.id}`).expect(204);
      await sql(`UPDATE forum_post SET approval = 'pending' WHERE id = $1`, [held.id]);
      const found = await w.as.visitor.agent.get('/api/forums/search?q=trotoar').expect(200);
      const ids = found.body.items.map((h: { postNumber: number }) => h.postNumber);
      expect(ids.sort()).toEqual([1, shown.number].sort());
      // The title weighs most: the first post comes first.
      expect(found.body.items[0]).toMatchObject({
        threadNumber: number,
        postNumber: 1,
        threadTitle: 'Perbaikan trotoar Simpang Lima',
        authorName: 'citizen',
      });
      const page = await w.as.visitor.agent.get('/api/forums/search?q=trotoar&limit=1').expect(200);
      const next = await w.as.visitor.agent.get(`/api/forums/search?q=trotoar&limit=1&after=${page.body.nextCursor}`).expect(200);
      expect([page.body.items[0].postNumber, next.body.items[0].postNumber]).toEqual([1, shown.number]);
      expect(next.body.nextCursor).toBeNull();
      await sql(`UPDATE forum_thread SET hidden_at = now(), hidden_code = 'spam' WHERE number = $1`, [number]);
      expect((await w.as.visitor.agent.get('/api/forums/search?q=trotoar')).body.items).toEqual([]);
      const bad = await w.as.visitor.agent.get('/api/forums/search?q=%2B%2B').expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'q' });
    });

    it('the preview renders as the post will show, sanitised', async () => {
      const res = await w.as.citizen
        .post('/api/forums/preview')
        .send({ body: '# Judul\n\n<img src=x onerror=alert(1)> *miring*' })
        .expect(200);
      expect(res.body.html).toContain('<em>miring</em>');
      expect(res.body.html).not.toMatch(/<img|<[^>]*onerror/i);
    });
  });
});
