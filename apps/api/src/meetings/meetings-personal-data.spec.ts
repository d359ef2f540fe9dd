import { FORUM_TEST_SETTINGS } from '../forums/forum-fixtures';
import { PASSWORD } from '../notifications/notification-fixtures';
import { MeetingWorld, meetingWorld } from './meeting-fixtures';

/**
 * The forums' and meetings' part of a data export and of deleting an account (docs/product.md,
 * "Personal data"): what a citizen wrote, registered for, asked and voted on is in their export;
 * deleting the account gives up their places in meetings still to come (the first waiting gets
 * it), removes their reactions and follows, and keeps the public conversation, the questions and
 * every count as they were.
 */
describe('forums and meetings: personal data', () => {
  let w: MeetingWorld;

  beforeAll(async () => {
    w = await meetingWorld({ forums: FORUM_TEST_SETTINGS });
  });
  afterAll(() => w.t.close());

  it('exports what the citizen wrote, registered for, asked and voted on; deletion frees their places and keeps the rest', async () => {
    const [{ id: categoryId }] = await w.t.dataSource.query(`SELECT id FROM forum_category WHERE slug = 'umum'`);
    // A thread by another citizen, which the citizen replies to, reacts to and follows.
    const thread = await w.as.otherCitizen
      .post('/api/forums/threads')
      .send({ categoryId, title: 'Lampu jalan padam di Jalan Pleburan', body: 'Sudah tiga malam lampunya padam.' })
      .expect(201);
    const number = thread.body.threadNumber as number;
    await w.as.citizen.post(`/api/forums/threads/${number}/posts`).send({ body: 'Di gang kami juga padam sejak Senin.' }).expect(201);
    await w.as.citizen.send('put', `/api/forums/posts/${thread.body.post.id}/reactions/agree`).expect(204);
    await w.as.citizen.send('put', `/api/forums/threads/${number}/follow`).expect(204);

    // One place: the citizen has it, the other citizen waits; a question and a vote on someone else's.
    const code = await w.meeting({ capacity: 1 });
    await w.as.citizen.post(`/api/meetings/${code}/registration`).expect(201);
    await w.as.otherCitizen.post(`/api/meetings/${code}/registration`).expect(201);
    const asked = await w.as.citizen.post(`/api/meetings/${code}/questions`).send({ text: 'Kapan lampu jalan diganti LED?' }).expect(201);
    const other = await w.as.otherCitizen
      .post(`/api/meetings/${code}/questions`)
      .send({ text: 'Siapa yang merawat lampu gang?' })
      .expect(201);
    await w.as.citizen.send('put', `/api/meetings/${code}/questions/${other.body.id}/vote`).expect(200);

    const exported = (await w.as.citizen.agent.get('/api/me/export').expect(200)).body;
    expect(exported.forums).toMatchObject({
      threads: [],
      posts: [{ thread: number, number: 2, body: 'Di gang kami juga padam sejak Senin.' }],
      reactions: [{ thread: number, post: 1, kind: 'agree' }],
      following: [{ thread: number }],
    });
    expect(exported.meetings).toMatchObject({
      registrations: [{ meeting: code, status: 'confirmed' }],
      questions: [{ meeting: code, text: 'Kapan lampu jalan diganti LED?' }],
      votes: [{ meeting: code, question: other.body.id }],
    });
    // Nobody else's data: the other citizen's registration is not in it.
    expect(exported.meetings.registrations).toHaveLength(1);

    await w.as.citizen.send('delete', '/api/me').send({ password: PASSWORD }).expect(204);

    // The place went to the first person waiting, and they were told.
    const mine = await w.as.otherCitizen.agent.get(`/api/meetings/${code}/registration`).expect(200);
    expect(mine.body.status).toBe('confirmed');
    const told = await w.t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1 AND type = 'meeting.promoted'`, [
      w.ids.otherCitizen,
    ]);
    expect(told).toHaveLength(1);
    const meeting = (await w.as.visitor.agent.get(`/api/meetings/${code}`).expect(200)).body;
    expect([meeting.confirmedCount, meeting.waitingCount]).toEqual([1, 0]);
    // Reactions and follows went; the reply, the question and the vote stay.
    const [left] = await w.t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM forum_reaction WHERE user_id = $1) AS reactions,
              (SELECT count(*)::int FROM forum_follow WHERE user_id = $1) AS follows,
              (SELECT count(*)::int FROM forum_post WHERE author_id = $1) AS posts`,
      [w.ids.citizen],
    );
    expect(left).toEqual({ reactions: 0, follows: 0, posts: 1 });
    const board = (await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items as {
      id: string;
      votes: number;
    }[];
    expect(board.find((q) => q.id === asked.body.id)).toBeDefined();
    expect(board.find((q) => q.id === other.body.id)?.votes).toBe(1);
  });
});
