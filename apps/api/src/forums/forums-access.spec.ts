import { Browser } from '../notifications/notification-fixtures';
import { CALLERS, Caller } from '../reports/report-fixtures';
import { ForumWorld, forumWorld } from './forum-fixtures';

/**
 * Who may call each forums endpoint, written out per caller: a visitor, the author (citizen),
 * another citizen, a moderator, an official of a department and of another, an admin. The
 * expected status is the first answer the caller gets; writes that succeed are tried last.
 */
type Matrix = Record<Caller, number>;
const all = (status: number, overrides: Partial<Matrix> = {}): Matrix =>
  ({ ...Object.fromEntries(CALLERS.map((c) => [c, status])), ...overrides }) as Matrix;

describe('forums: who may call what', () => {
  let w: ForumWorld;
  let thread: { number: number; postId: string };

  beforeAll(async () => {
    // Flags never reach the threshold here: each caller's flag is its own cell.
    w = await forumWorld({ flagsToHide: 100 });
    thread = await w.thread('citizen');
  });
  afterAll(() => w.t.close());

  async function check(matrix: Matrix, call: (b: Browser, who: Caller) => Promise<{ status: number }>): Promise<void> {
    const got = {} as Matrix;
    const order = [...CALLERS].sort((a, b) => Number(matrix[a] < 300) - Number(matrix[b] < 300));
    for (const who of order) got[who] = (await call(w.as[who], who)).status;
    expect(got).toEqual(matrix);
  }
  const get = (url: string) => (b: Browser) => b.agent.get(url);

  it('reading: everything public for everyone', async () => {
    await check(all(200), get('/api/forums/categories'));
    await check(all(200), get('/api/forums/threads'));
    await check(all(200), get('/api/forums/threads?category=umum&sort=newest'));
    await check(all(200), get('/api/forums/search?q=bahas'));
    await check(all(200), get(`/api/forums/threads/${thread.number}`));
    await check(all(200), get(`/api/forums/threads/${thread.number}/posts`));
    await check(all(200), get(`/api/forums/posts/${thread.postId}`));
  });

  it('a held thread: its author’s and the moderators’; a deleted one: the moderators’', async () => {
    const held = await w.thread('citizen');
    await w.t.dataSource.query(`UPDATE forum_post SET approval = 'pending' WHERE id = $1`, [held.postId]);
    await check(all(404, { citizen: 200, moderator: 200, admin: 200 }), get(`/api/forums/threads/${held.number}`));
    await check(all(404, { citizen: 200, moderator: 200, admin: 200 }), get(`/api/forums/posts/${held.postId}`));
    const gone = await w.thread('citizen');
    await w.as.citizen.send('delete', `/api/forums/posts/${gone.postId}`).expect(204);
    await check(all(404, { moderator: 200, admin: 200 }), get(`/api/forums/threads/${gone.number}`));
  });

  it('categories: admins manage them', async () => {
    await check(all(403, { visitor: 401, admin: 200 }), get('/api/forums/categories/manage'));
    const body = (slug: string) => ({ slug, nameId: 'Kategori Uji', nameEn: 'Test Category' });
    await check(all(403, { visitor: 401, admin: 201 }), (b) => b.post('/api/forums/categories').send(body('kategori-uji')));
    const [{ id }] = await w.t.dataSource.query(`SELECT id FROM forum_category WHERE slug = 'kategori-uji'`);
    await check(all(403, { visitor: 401, admin: 200 }), (b) => b.send('put', `/api/forums/categories/${id}`).send(body('kategori-uji')));
  });

  it('writing: every signed-in account with a verified role starts threads, replies, previews and follows', async () => {
    await check(all(201, { visitor: 401 }), (b) =>
      b.post('/api/forums/threads').send({ categoryId: w.forumCategory, title: 'Topik dari setiap pemanggil', body: 'Isi topik.' }),
    );
    await check(all(201, { visitor: 401 }), (b) =>
      b.post(`/api/forums/threads/${thread.number}/posts`).send({ body: 'Balasan dari setiap pemanggil.' }),
    );
    await check(all(200, { visitor: 401 }), (b) => b.post('/api/forums/preview').send({ body: '**tebal**' }));
    await check(all(204, { visitor: 401 }), (b) => b.send('put', `/api/forums/threads/${thread.number}/follow`));
    await check(all(204, { visitor: 401 }), (b) => b.send('delete', `/api/forums/threads/${thread.number}/follow`));
  });

  it('moderation: readers flag others’ posts; moderators act; statistics are public; everyone reads their own record', async () => {
    const post = await w.thread('citizen');
    await check(all(200), get('/api/forums/moderation/stats'));
    await check(all(200, { visitor: 401 }), get('/api/forums/moderation/mine'));
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get('/api/forums/moderation/queue'));
    await check(all(201, { visitor: 401, citizen: 409 }), (b) =>
      b.post('/api/forums/flags').send({ targetType: 'post', targetId: post.postId, reason: 'spam' }),
    );
    const forModerator = await w.thread('citizen');
    const forAdmin = await w.thread('citizen');
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), (b, who) =>
      b
        .post(`/api/forums/moderation/content/post/${who === 'admin' ? forAdmin.postId : forModerator.postId}`)
        .send({ action: 'hide', reason: 'off_topic' }),
    );
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), (b) =>
      b.post(`/api/forums/moderation/threads/${post.number}`).send({ action: 'slow_mode', minutes: 1 }),
    );
  });

  it('sanctions and watched words: moderators; everyone reads their own sanctions', async () => {
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get('/api/forums/sanctions'));
    await check(all(200, { visitor: 401 }), get('/api/forums/sanctions/mine'));
    await check(all(403, { visitor: 401, moderator: 201, admin: 201 }), (b) =>
      b.post('/api/forums/sanctions').send({ userId: w.ids.otherCitizen, kind: 'warn', reason: 'Jaga bahasa di forum.' }),
    );
    const mute = async () =>
      (
        await w.as.moderator
          .post('/api/forums/sanctions')
          .send({ userId: w.ids.otherCitizen, kind: 'mute', days: 1, reason: 'Dibisukan sehari.' })
          .expect(201)
      ).body.id as string;
    const [forModerator, forAdmin] = [await mute(), await mute()];
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), (b, who) =>
      b.post(`/api/forums/sanctions/${who === 'admin' ? forAdmin : forModerator}/lift`),
    );
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get('/api/forums/watched-words'));
    await check(all(403, { visitor: 401, moderator: 201, admin: 201 }), (b, who) =>
      b.post('/api/forums/watched-words').send({ list: 'uji', pattern: `kata${who.toLowerCase()}`, action: 'flag' }),
    );
    const words: { id: string; pattern: string }[] = (await w.as.moderator.agent.get('/api/forums/watched-words')).body;
    const idOf = (pattern: string) => words.find((word) => word.pattern === pattern)?.id;
    await check(all(403, { visitor: 401, moderator: 204, admin: 204 }), (b, who) =>
      b.send('delete', `/api/forums/watched-words/${idOf(who === 'admin' ? 'katamoderator' : 'kataadmin')}`),
    );
  });

  it('appeals: the subject appeals; moderators list them; another moderator decides', async () => {
    const own = await w.thread('citizen');
    const hidden = await w.as.moderator
      .post(`/api/forums/moderation/content/post/${own.postId}`)
      .send({ action: 'hide', reason: 'spam' })
      .expect(200);
    await check(all(404, { visitor: 401, citizen: 201 }), (b) =>
      b.post('/api/forums/appeals').send({ actionId: hidden.body.id, text: 'Tulisan saya bukan spam sama sekali.' }),
    );
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get('/api/forums/appeals'));
    const [appeal] = (await w.as.moderator.agent.get('/api/forums/appeals')).body;
    // The moderator who hid the post does not decide its appeal.
    await check(all(403, { visitor: 401, moderator: 409, admin: 200 }), (b) =>
      b.post(`/api/forums/appeals/${appeal.id}/decision`).send({ decision: 'upheld' }),
    );
  });

  it('a post: its author edits and deletes it; others react to it; moderators read its versions', async () => {
    const own = await w.thread('citizen');
    await check(all(403, { visitor: 401, citizen: 200 }), (b) =>
      b.send('put', `/api/forums/posts/${own.postId}`).send({ body: 'Diubah penulisnya.' }),
    );
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get(`/api/forums/posts/${own.postId}/revisions`));
    await check(all(204, { visitor: 401, citizen: 409 }), (b) => b.send('put', `/api/forums/posts/${own.postId}/reactions/agree`));
    await check(all(204, { visitor: 401, citizen: 409 }), (b) => b.send('delete', `/api/forums/posts/${own.postId}/reactions/agree`));
    await check(all(403, { visitor: 401, citizen: 204 }), (b) => b.send('delete', `/api/forums/posts/${own.postId}`));
  });
});
