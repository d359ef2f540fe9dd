import { Browser, createUser } from '../notifications/notification-fixtures';
import { ForumWorld, forumWorld } from './forum-fixtures';

/**
 * Forum moderation end to end (docs/product.md, "Town-hall forums"): flags and the auto-hide
 * threshold under concurrency, the queue, moderators' acts on posts and threads, sanctions and
 * their expiry, watched words, new accounts, appeals and the public statistics.
 */
describe('forum moderation', () => {
  let w: ForumWorld;
  const readers: Browser[] = [];
  const readerIds: string[] = [];

  beforeAll(async () => {
    w = await forumWorld({ flagsToHide: 3 });
    for (let i = 1; i <= 6; i++) {
      readerIds.push(await createUser(w.t, `pembaca${i}@example.id`, { roles: ['citizen'] }));
      readers.push(await new Browser(w.t).login(`pembaca${i}@example.id`));
    }
  });
  afterAll(() => w.t.close());

  const sql = (text: string, params: unknown[] = []) => w.t.dataSource.query(text, params);
  const flag = (b: Browser, targetId: string, reason = 'offensive', targetType = 'post') =>
    b.post('/api/forums/flags').send({ targetType, targetId, reason, details: 'Kasar sekali.' });
  const notifications = async (userId: string, type: string) =>
    Number((await sql(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND type = $2`, [userId, type]))[0].n);

  describe('flags', () => {
    it('one flag per reader, never one’s own; the threshold hides the post once under concurrent flags', async () => {
      const { number } = await w.thread('citizen');
      const reply = await w.reply(number, 'otherCitizen', 'Balasan yang memancing laporan');
      await flag(w.as.otherCitizen, reply.id).expect(409);
      const results = await Promise.all(readers.map((b) => flag(b, reply.id, 'offensive')));
      expect(results.filter((r) => r.status === 201)).toHaveLength(3);
      expect(results.filter((r) => r.body.hidden === true)).toHaveLength(1);
      // Once hidden, it is no longer shown: later flags find nothing to flag.
      expect(results.filter((r) => r.status === 404)).toHaveLength(3);
      const logged = await sql(`SELECT action, moderator_id, reason FROM forum_moderation_action WHERE target_id = $1`, [reply.id]);
      expect(logged).toEqual([{ action: 'auto_hide', moderator_id: null, reason: 'offensive' }]);
      expect(await notifications(w.ids.otherCitizen, 'forum.content_hidden')).toBe(1);
      const shown = await w.as.visitor.agent.get(`/api/forums/posts/${reply.id}`).expect(200);
      expect(shown.body).toMatchObject({ state: 'hidden', bodyHtml: null, hidden: { byFlags: true, code: 'offensive' } });
      await flag(readers[0], reply.id).expect(404);
      const bad = await readers[0].post('/api/forums/flags').send({ targetType: 'post', targetId: reply.id, reason: 'jelek' }).expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'reason' });
    });

    it('a flagged first post hides the whole thread', async () => {
      const { number, postId } = await w.thread('citizen', 'Judul topik yang menghasut');
      for (const b of readers.slice(0, 3)) await flag(b, postId, 'sara').expect(201);
      const thread = await w.as.visitor.agent.get(`/api/forums/threads/${number}`).expect(200);
      expect(thread.body).toMatchObject({ title: null, hidden: { code: 'sara', byFlags: true } });
    });
  });

  describe('the queue and moderators’ acts', () => {
    it('lists flagged items by flag count then age, with held posts; hide, unhide and dismiss resolve the flags', async () => {
      const { number } = await w.thread('citizen');
      const one = await w.reply(number, 'otherCitizen', 'Satu laporan saja');
      const two = await w.reply(number, 'otherCitizen', 'Dua laporan');
      await flag(readers[0], one.id, 'spam').expect(201);
      await flag(readers[0], two.id, 'hoax').expect(201);
      await flag(readers[1], two.id, 'hoax').expect(201);
      const queue = await w.as.moderator.agent.get('/api/forums/moderation/queue').expect(200);
      const ids = queue.body.items.map((i: { id: string }) => i.id);
      expect(ids.indexOf(two.id)).toBeLessThan(ids.indexOf(one.id));
      const item = queue.body.items.find((i: { id: string }) => i.id === two.id);
      expect(item).toMatchObject({
        type: 'post',
        flagCount: 2,
        reasons: [{ reason: 'hoax', count: 2 }],
        authorName: 'othercitizen',
        state: 'visible',
        link: `/forum/t/${number}#3`,
      });

      const hidden = await w.as.moderator
        .post(`/api/forums/moderation/content/post/${two.id}`)
        .send({ action: 'hide', reason: 'hoax', details: 'Informasi keliru soal jadwal.' })
        .expect(200);
      expect(hidden.body).toMatchObject({ action: 'hide', reason: 'hoax', appealable: true });
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${two.id}`)).body).toMatchObject({
        state: 'hidden',
        hidden: { code: 'hoax', details: 'Informasi keliru soal jadwal.', byFlags: false },
      });
      await w.as.moderator.post(`/api/forums/moderation/content/post/${two.id}`).send({ action: 'hide', reason: 'hoax' }).expect(409);
      const noReason = await w.as.moderator.post(`/api/forums/moderation/content/post/${one.id}`).send({ action: 'hide' }).expect(400);
      expect(noReason.body.details[0]).toMatchObject({ field: 'reason' });
      await w.as.moderator.post(`/api/forums/moderation/content/post/${one.id}`).send({ action: 'dismiss_flags' }).expect(200);
      await w.as.moderator.post(`/api/forums/moderation/content/post/${one.id}`).send({ action: 'dismiss_flags' }).expect(409);
      const after = await w.as.moderator.agent.get('/api/forums/moderation/queue').expect(200);
      expect(after.body.items.map((i: { id: string }) => i.id)).not.toEqual(expect.arrayContaining([one.id]));
      expect(after.body.items.map((i: { id: string }) => i.id)).not.toEqual(expect.arrayContaining([two.id]));
      await w.as.moderator.post(`/api/forums/moderation/content/post/${two.id}`).send({ action: 'unhide' }).expect(200);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${two.id}`)).body.state).toBe('visible');
      const audit = await sql(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq`, [two.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['forum_post.hide', 'forum_post.unhide']);
      expect(await notifications(w.ids.otherCitizen, 'forum.content_restored')).toBeGreaterThanOrEqual(1);
    });

    it('dismissing the flags of an auto-hidden post shows it again', async () => {
      const { number } = await w.thread('citizen');
      const reply = await w.reply(number, 'otherCitizen', 'Dilaporkan tanpa alasan yang kuat');
      for (const b of readers.slice(0, 3)) await flag(b, reply.id, 'spam').expect(201);
      await w.as.moderator.post(`/api/forums/moderation/content/post/${reply.id}`).send({ action: 'dismiss_flags' }).expect(200);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${reply.id}`)).body.state).toBe('visible');
      // The old flags are resolved: the same readers' flags count no more, new readers start again.
      await flag(readers[0], reply.id).expect(409);
      await flag(readers[3], reply.id).expect(201);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${reply.id}`)).body.state).toBe('visible');
    });

    it('threads: lock with a reason, pin, move, slow mode; each once, each logged and audited', async () => {
      const { number } = await w.thread('citizen');
      const act = (body: object) => w.as.moderator.post(`/api/forums/moderation/threads/${number}`).send(body);
      const noReason = await act({ action: 'lock' }).expect(400);
      expect(noReason.body.details[0]).toMatchObject({ field: 'reason' });
      await act({ action: 'lock', reason: 'Pembahasan sudah selesai.' }).expect(200);
      await act({ action: 'lock', reason: 'Lagi.' }).expect(409);
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body).toMatchObject({
        locked: true,
        lockReason: 'Pembahasan sudah selesai.',
        canReply: false,
      });
      await act({ action: 'unlock' }).expect(200);
      await act({ action: 'pin' }).expect(200);
      await act({ action: 'pin' }).expect(409);
      const [{ id: other }] = await sql(`SELECT id FROM forum_category WHERE slug = 'usulan-warga'`);
      await act({ action: 'move', categoryId: other }).expect(200);
      await act({ action: 'move', categoryId: other }).expect(409);
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body).toMatchObject({
        categorySlug: 'usulan-warga',
        pinned: true,
      });
      await act({ action: 'slow_mode', minutes: 10 }).expect(200);
      expect((await w.as.visitor.agent.get(`/api/forums/threads/${number}`)).body.slowModeMinutes).toBe(10);
      const tooSlow = await act({ action: 'slow_mode', minutes: 100000 }).expect(400);
      expect(tooSlow.body.details[0]).toMatchObject({ field: 'minutes' });
      await w.as.moderator.post('/api/forums/moderation/threads/999999').send({ action: 'pin' }).expect(404);
      const audit = await sql(
        `SELECT a.action FROM audit_log a JOIN forum_thread t ON t.id::text = a.target_id WHERE t.number = $1 ORDER BY a.seq`,
        [number],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'forum_thread.lock',
        'forum_thread.unlock',
        'forum_thread.pin',
        'forum_thread.move',
        'forum_thread.slow_mode',
      ]);
      expect(await notifications(w.ids.citizen, 'forum.thread_locked')).toBeGreaterThanOrEqual(1);
    });
  });

  describe('sanctions', () => {
    it('a mute stops posting, flagging and editing until it ends on its own; a ban without days until lifted; a warning only warns', async () => {
      const { number, postId } = await w.thread('otherCitizen');
      const muted = await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: w.ids.citizen, kind: 'mute', days: 3, reason: 'Berulang kali menyerang pribadi.' })
        .expect(201);
      expect(muted.body).toMatchObject({ kind: 'mute', active: true, userName: 'citizen' });
      const refused = await w.as.citizen.post(`/api/forums/threads/${number}/posts`).send({ body: 'Saya tetap mau menulis.' }).expect(403);
      expect(refused.body.message).toMatch(/dibisukan di forum sampai \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      await w.as.citizen.post('/api/forums/flags').send({ targetType: 'post', targetId: postId, reason: 'spam' }).expect(403);
      expect(await notifications(w.ids.citizen, 'forum.sanction_mute')).toBe(1);
      // It ends on its own: no job, the clock.
      await sql(`UPDATE forum_sanction SET ends_at = now() - interval '1 minute' WHERE id = $1`, [muted.body.id]);
      await w.reply(number, 'citizen', 'Setelah masa bisu berakhir.');
      await w.as.moderator.post(`/api/forums/sanctions/${muted.body.id}/lift`).expect(409);

      const banned = await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: w.ids.citizen, kind: 'ban', reason: 'Spam berulang kali.' })
        .expect(201);
      expect(banned.body.endsAt).toBeNull();
      const refusedBan = await w.as.citizen.post(`/api/forums/threads/${number}/posts`).send({ body: 'Masih diblokir?' }).expect(403);
      expect(refusedBan.body.message).toContain('sampai moderator mencabutnya');
      const active = await w.as.moderator.agent.get(`/api/forums/sanctions?userId=${w.ids.citizen}`).expect(200);
      expect(active.body.map((s: { kind: string }) => s.kind)).toEqual(['ban']);
      await w.as.moderator.post(`/api/forums/sanctions/${banned.body.id}/lift`).expect(200);
      await w.reply(number, 'citizen', 'Blokir sudah dicabut.');
      await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: w.ids.citizen, kind: 'warn', reason: 'Jaga bahasa Anda.' })
        .expect(201);
      await w.reply(number, 'citizen', 'Peringatan tidak menghalangi.');
      const mine = await w.as.citizen.agent.get('/api/forums/sanctions/mine').expect(200);
      expect(mine.body.map((s: { kind: string; active: boolean }) => [s.kind, s.active])).toEqual([
        ['warn', false],
        ['ban', false],
        ['mute', false],
      ]);
      await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: w.ids.moderator, kind: 'warn', reason: 'Diri sendiri.' })
        .expect(409);
      const noDays = await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: w.ids.citizen, kind: 'mute', reason: 'Tanpa jumlah hari.' })
        .expect(400);
      expect(noDays.body.details[0]).toMatchObject({ field: 'days' });
      const audit = await sql(`SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'user.forum%' ORDER BY seq`, [
        w.ids.citizen,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'user.forum_mute',
        'user.forum_ban',
        'user.forum_sanction_lifted',
        'user.forum_warn',
      ]);
    });
  });

  describe('watched words', () => {
    it('block refuses naming the field and the rule; hold waits for a moderator; flag publishes into the queue', async () => {
      const add = (list: string, pattern: string, action: string) =>
        w.as.moderator.post('/api/forums/watched-words').send({ list, pattern, action });
      await add('judi-online', 'judi*', 'block').expect(201);
      await add('judi-online', 'judi*', 'block').expect(409);
      await add('tahan', 'pinjol', 'hold').expect(201);
      await add('pantau', 'pungli', 'flag').expect(201);
      const empty = await add('pantau', '***', 'flag').expect(400);
      expect(empty.body.details[0]).toMatchObject({ field: 'pattern' });
      const { number } = await w.thread('official');
      const blocked = await w.as.otherCitizen
        .post(`/api/forums/threads/${number}/posts`)
        .send({ body: 'Ayo main J.U.D.1 online di sini' })
        .expect(400);
      expect(blocked.body.details[0]).toMatchObject({ field: 'body' });
      expect(blocked.body.details[0].message).toContain('judi-online');
      const blockedTitle = await w.as.otherCitizen
        .post('/api/forums/threads')
        .send({ categoryId: w.forumCategory, title: 'Situs judi terpercaya di kota', body: 'Isi biasa saja.' })
        .expect(400);
      expect(blockedTitle.body.details[0]).toMatchObject({ field: 'title' });
      const held = await w.as.otherCitizen
        .post(`/api/forums/threads/${number}/posts`)
        .send({ body: 'Butuh dana cepat? Pinjol resmi!' })
        .expect(201);
      expect(held.body.post.state).toBe('pending');
      await w.as.visitor.agent.get(`/api/forums/posts/${held.body.post.id}`).expect(404);
      const flagged = await w.as.otherCitizen
        .post(`/api/forums/threads/${number}/posts`)
        .send({ body: 'Ada pungli di kelurahan kami.' })
        .expect(201);
      expect(flagged.body.post.state).toBe('visible');
      const queue = await w.as.moderator.agent.get('/api/forums/moderation/queue').expect(200);
      expect(queue.body.items.find((i: { id: string }) => i.id === flagged.body.post.id)).toMatchObject({
        watchedWord: true,
        flagCount: 0,
        details: ['pantau: pungli'],
      });
      expect(queue.body.items.find((i: { id: string }) => i.id === held.body.post.id)).toMatchObject({ state: 'pending' });
      // Approving publishes the held reply and tells the thread's followers then.
      const before = await notifications(w.ids.official, 'forum.reply');
      await w.as.moderator.post(`/api/forums/moderation/content/post/${held.body.post.id}`).send({ action: 'approve' }).expect(200);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${held.body.post.id}`)).body.state).toBe('visible');
      expect(await notifications(w.ids.official, 'forum.reply')).toBe(before + 1);
      await w.as.moderator.post(`/api/forums/moderation/content/post/${held.body.post.id}`).send({ action: 'approve' }).expect(409);
      const list = await w.as.moderator.agent.get('/api/forums/watched-words').expect(200);
      for (const word of list.body) await w.as.moderator.send('delete', `/api/forums/watched-words/${word.id}`).expect(204);
      await w.as.moderator.send('delete', `/api/forums/watched-words/${list.body[0].id}`).expect(404);
    });
  });

  describe('new accounts', () => {
    it('their first posts wait for approval and their hourly limit is lower; staff are not new accounts', async () => {
      const settings = w.t.config.forums;
      const saved = { ...settings };
      Object.assign(settings, { newAccountDays: 7, newAccountHeldPosts: 3, newAccountPostsPerHour: 5 });
      try {
        await createUser(w.t, 'warga-baru@example.id', { roles: ['citizen'] });
        const fresh = await new Browser(w.t).login('warga-baru@example.id');
        const { number } = await w.thread('official');
        const states: string[] = [];
        for (let i = 0; i < 5; i++)
          states.push(
            (
              await fresh
                .post(`/api/forums/threads/${number}/posts`)
                .send({ body: `Tulisan warga baru ke-${i + 1}` })
                .expect(201)
            ).body.post.state,
          );
        expect(states).toEqual(['pending', 'pending', 'pending', 'visible', 'visible']);
        await fresh.post(`/api/forums/threads/${number}/posts`).send({ body: 'Tulisan keenam dalam sejam' }).expect(429);
        // An account older than the window is not new.
        await createUser(w.t, 'warga-lama@example.id', { roles: ['citizen'] });
        await sql(`UPDATE app_user SET created_at = now() - interval '8 days' WHERE email = 'warga-lama@example.id'`);
        const old = await new Browser(w.t).login('warga-lama@example.id');
        expect(
          (await old.post(`/api/forums/threads/${number}/posts`).send({ body: 'Akun lama langsung tampil' }).expect(201)).body.post.state,
        ).toBe('visible');
        const staff = await w.as.official.post(`/api/forums/threads/${number}/posts`).send({ body: 'Petugas tidak ditahan' }).expect(201);
        expect(staff.body.post.state).toBe('visible');
      } finally {
        Object.assign(settings, saved);
      }
    });
  });

  describe('appeals and statistics', () => {
    it('the author appeals once; another moderator decides; overturning shows the post again', async () => {
      const { number } = await w.thread('citizen');
      const reply = await w.reply(number, 'otherCitizen', 'Pendapat yang disembunyikan keliru');
      const hidden = await w.as.moderator
        .post(`/api/forums/moderation/content/post/${reply.id}`)
        .send({ action: 'hide', reason: 'off_topic' })
        .expect(200);
      const mine = await w.as.otherCitizen.agent.get('/api/forums/moderation/mine').expect(200);
      expect(mine.body[0]).toMatchObject({
        id: hidden.body.id,
        action: 'hide',
        appealable: true,
        appeal: null,
        link: `/forum/t/${number}#2`,
      });
      await w.as.citizen
        .post('/api/forums/appeals')
        .send({ actionId: hidden.body.id, text: 'Bukan tulisan saya tapi saya mau banding.' })
        .expect(404);
      const short = await w.as.otherCitizen.post('/api/forums/appeals').send({ actionId: hidden.body.id, text: 'Pendek' }).expect(400);
      expect(short.body.details[0]).toMatchObject({ field: 'text' });
      const appeal = await w.as.otherCitizen
        .post('/api/forums/appeals')
        .send({ actionId: hidden.body.id, text: 'Tulisan saya masih sesuai topik yang dibahas.' })
        .expect(201);
      await w.as.otherCitizen
        .post('/api/forums/appeals')
        .send({ actionId: hidden.body.id, text: 'Banding kedua untuk hal yang sama.' })
        .expect(409);
      expect((await w.as.otherCitizen.agent.get('/api/forums/moderation/mine')).body[0]).toMatchObject({
        appealable: false,
        appeal: 'pending',
      });
      const open = await w.as.moderator.agent.get('/api/forums/appeals').expect(200);
      expect(open.body[0]).toMatchObject({ id: appeal.body.id, decision: null, userName: 'othercitizen' });
      await w.as.moderator.post(`/api/forums/appeals/${appeal.body.id}/decision`).send({ decision: 'overturned' }).expect(409);
      await w.as.admin
        .post(`/api/forums/appeals/${appeal.body.id}/decision`)
        .send({ decision: 'overturned', note: 'Masih sesuai topik.' })
        .expect(200);
      await w.as.admin.post(`/api/forums/appeals/${appeal.body.id}/decision`).send({ decision: 'upheld' }).expect(409);
      expect((await w.as.visitor.agent.get(`/api/forums/posts/${reply.id}`)).body.state).toBe('visible');
      expect(await notifications(w.ids.otherCitizen, 'forum.appeal_overturned')).toBe(1);
    });

    it('an overturned mute is lifted', async () => {
      const muted = await w.as.moderator
        .post('/api/forums/sanctions')
        .send({ userId: readerIds[5], kind: 'mute', days: 7, reason: 'Terlalu banyak melapor.' })
        .expect(201);
      const appeal = await readers[5]
        .post('/api/forums/appeals')
        .send({ actionId: muted.body.actionId, text: 'Laporan saya semuanya beralasan.' })
        .expect(201);
      await w.as.admin.post(`/api/forums/appeals/${appeal.body.id}/decision`).send({ decision: 'overturned' }).expect(200);
      const sanctions = await w.as.moderator.agent.get(`/api/forums/sanctions?userId=${readerIds[5]}&active=false`).expect(200);
      expect(sanctions.body[0]).toMatchObject({ kind: 'mute', active: false });
      expect(sanctions.body[0].liftedAt).not.toBeNull();
    });

    it('public statistics count the acts per month with the median time to review', async () => {
      const stats = await w.as.visitor.agent.get('/api/forums/moderation/stats').expect(200);
      const [month] = stats.body.months;
      expect(month.month).toMatch(/^\d{4}-\d{2}$/);
      expect(month.actions.auto_hide).toBeGreaterThanOrEqual(2);
      expect(month.actions.hide).toBeGreaterThanOrEqual(1);
      expect(month.actions.mute).toBeGreaterThanOrEqual(2);
      expect(month.reviewed).toBeGreaterThan(0);
      expect(typeof month.medianReviewMinutes).toBe('number');
    });
  });
});
