import type { IncomingMessage } from 'node:http';
import { Browser } from '../notifications/notification-fixtures';
import { CALLERS, Caller } from '../reports/report-fixtures';
import { MeetingWorld, meetingWorld } from './meeting-fixtures';

/**
 * Who may call each meetings endpoint, written out per caller: a visitor, a citizen, another
 * citizen, a moderator, an official of the organising department (DPU), an official of another
 * (DLH), an admin. The expected status is the first answer each caller gets; callers expected to
 * succeed go last, and a write that changes the meeting is tried on a fresh meeting per caller
 * where one success would change what the next caller meets.
 */
type Matrix = Record<Caller, number>;
/** One row of the matrix, in the order of the columns: visitor, citizen, otherCitizen, moderator, official (DPU), otherOfficial (DLH), admin. */
const row = (
  visitor: number,
  citizen: number,
  otherCitizen: number,
  moderator: number,
  official: number,
  otherOfficial: number,
  admin: number,
): Matrix => ({ visitor, citizen, otherCitizen, moderator, official, otherOfficial, admin });

describe('meetings: who may call what', () => {
  let w: MeetingWorld;
  let as: Record<Caller, Browser>;

  beforeAll(async () => {
    w = await meetingWorld();
    as = w.as;
  });
  afterAll(() => w.t.close());

  async function check(matrix: Matrix, call: (b: Browser, who: Caller) => Promise<{ status: number }>): Promise<void> {
    const got = {} as Matrix;
    const order = [...CALLERS].sort((a, b) => Number(matrix[a] < 300) - Number(matrix[b] < 300));
    for (const who of order) got[who] = (await call(as[who], who)).status;
    expect(got).toEqual(matrix);
  }
  const get = (url: string) => (b: Browser) => b.agent.get(url);
  /** A fresh meeting of DPU, taken to `status`. */
  const fresh = (status: 'scheduled' | 'live' | 'concluded' = 'scheduled') => w.meetingIn(status);

  it('public reads: everyone', async () => {
    const code = await fresh('concluded');
    await check(row(200, 200, 200, 200, 200, 200, 200), get('/api/meetings'));
    await check(row(200, 200, 200, 200, 200, 200, 200), get('/api/meetings?when=past'));
    await check(row(200, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}`));
    await check(row(200, 200, 200, 200, 200, 200, 200), get('/api/meetings/calendar.ics'));
    await check(row(200, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}/calendar.ics`));
    await check(row(200, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}/berita-acara.pdf`));
    await check(row(200, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}/questions`));
    await check(row(200, 200, 200, 200, 200, 200, 200), get('/api/meetings/commitments'));
    const scheduled = await fresh();
    await check(row(404, 404, 404, 404, 404, 404, 404), get(`/api/meetings/${scheduled}/berita-acara.pdf`));
    await check(row(404, 404, 404, 404, 404, 404, 404), get('/api/meetings/MTG-2026-999999'));
    // The live board is public too (its events are read in meetings-questions.spec.ts); an unknown meeting has none.
    await check(row(404, 404, 404, 404, 404, 404, 404), get('/api/meetings/MTG-2026-999999/questions/stream'));
    // The live board: read up to its first event, then hang up (the stream itself never ends).
    await check(row(200, 200, 200, 200, 200, 200, 200), (b) =>
      b.agent
        .get(`/api/meetings/${code}/questions/stream`)
        .buffer(true)
        .parse((res, done) => {
          // In Node, superagent hands the parser the raw response.
          const raw = res as unknown as IncomingMessage;
          raw.once('data', (chunk: Buffer) => {
            done(null, chunk.toString());
            raw.destroy();
          });
        }),
    );
  });

  it('scheduling and the agenda list: officials (for their own department) and admins', async () => {
    await check(row(401, 403, 403, 403, 200, 200, 200), get('/api/meetings/agenda-petitions'));
    // Another department's official may schedule for their own department, not for DPU: a 400 on the field.
    await check(row(401, 403, 403, 403, 201, 400, 201), (b) => b.post('/api/meetings').send(w.body()));
  });

  it('editing, the agenda, starting, cancelling, concluding: the organising department’s officials and admins', async () => {
    const code = await fresh();
    await check(row(401, 403, 403, 403, 200, 403, 200), (b) => b.send('put', `/api/meetings/${code}`).send(w.body()));
    await check(row(401, 403, 403, 403, 400, 403, 400), (b) =>
      b.post(`/api/meetings/${code}/agenda-petitions`).send({ petitionCode: 'PTS-2026-999999' }),
    );
    const perCaller = new Map<Caller, string>();
    for (const c of CALLERS) perCaller.set(c, await fresh());
    await check(row(401, 403, 403, 403, 200, 403, 200), (b, who) => b.post(`/api/meetings/${perCaller.get(who)}/start`));
    await check(row(401, 403, 403, 403, 409, 403, 409), (b, who) =>
      b.post(`/api/meetings/${perCaller.get(who)}/cancel`).send({ reason: 'Balai kelurahan dipakai posko banjir.' }),
    );
    await check(row(401, 403, 403, 403, 200, 403, 200), (b, who) =>
      b.post(`/api/meetings/${perCaller.get(who)}/conclude`).send({ minutesMarkdown: 'Rapat selesai dengan kesepakatan.' }),
    );
    const toCancel = new Map<Caller, string>();
    for (const c of CALLERS) toCancel.set(c, await fresh());
    await check(row(401, 403, 403, 403, 200, 403, 200), (b, who) =>
      b.post(`/api/meetings/${toCancel.get(who)}/cancel`).send({ reason: 'Balai kelurahan dipakai posko banjir.' }),
    );
  });

  it('registration: verified citizens (every signed-in role here holds it) for themselves', async () => {
    const code = await fresh();
    await check(row(401, 404, 404, 404, 404, 404, 404), get(`/api/meetings/${code}/registration`));
    await check(row(401, 404, 404, 404, 404, 404, 404), (b) => b.send('delete', `/api/meetings/${code}/registration`));
    await check(row(401, 201, 201, 201, 201, 201, 201), (b) => b.post(`/api/meetings/${code}/registration`));
    await check(row(401, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}/registration`));
    await check(row(401, 204, 204, 204, 204, 204, 204), (b) => b.send('delete', `/api/meetings/${code}/registration`));
  });

  it('check-in: the organising department’s officials, moderators and admins', async () => {
    const code = await fresh();
    const reg = await as.citizen.post(`/api/meetings/${code}/registration`).expect(201);
    await check(row(401, 403, 403, 200, 200, 403, 200), (b) => b.post(`/api/meetings/${code}/check-ins`).send({ code: reg.body.code }));
  });

  it('questions: citizens ask and vote; the meeting’s staff answer, merge, hide and unhide', async () => {
    const code = await fresh();
    await check(row(401, 201, 201, 201, 201, 201, 201), (b) =>
      b.post(`/api/meetings/${code}/questions`).send({ text: 'Apa rencana drainase tahun ini?' }),
    );
    const [{ id: q }] = await w.t.dataSource.query(
      `SELECT q.id FROM meeting_question q JOIN meeting m ON m.id = q.meeting_id WHERE m.code = $1 ORDER BY q.created_at LIMIT 1`,
      [code],
    );
    await check(row(401, 200, 200, 200, 200, 200, 200), (b) => b.send('put', `/api/meetings/${code}/questions/${q}/vote`));
    await check(row(401, 200, 200, 200, 200, 200, 200), (b) => b.send('delete', `/api/meetings/${code}/questions/${q}/vote`));
    await check(row(401, 403, 403, 204, 204, 403, 204), (b) => b.post(`/api/meetings/${code}/questions/${q}/answered`));
    // One question of its own per caller, so that one caller's success does not change what the next meets.
    const own = new Map<Caller, string>();
    for (const c of CALLERS)
      own.set(
        c,
        (
          await as.otherCitizen
            .post(`/api/meetings/${code}/questions`)
            .send({ text: `Pertanyaan untuk ${c}?` })
            .expect(201)
        ).body.id,
      );
    await check(row(401, 403, 403, 204, 204, 403, 204), (b, who) =>
      b.post(`/api/meetings/${code}/questions/${own.get(who)}/hide`).send({ reason: 'off_topic' }),
    );
    await check(row(401, 403, 403, 204, 204, 403, 204), (b, who) => b.post(`/api/meetings/${code}/questions/${own.get(who)}/unhide`));
    await check(row(401, 403, 403, 204, 204, 403, 204), (b, who) =>
      b.post(`/api/meetings/${code}/questions/${own.get(who)}/merge`).send({ intoId: q }),
    );
    await check(row(200, 200, 200, 200, 200, 200, 200), get(`/api/meetings/${code}/questions`));
  });

  it('commitments: officials of the commitment’s department and admins', async () => {
    const code = await w.meetingIn('live');
    await as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({
        minutesMarkdown: 'Rapat menyepakati tindak lanjut.',
        commitments: CALLERS.map((c) => ({
          departmentId: w.departments.dlh,
          dueDate: '2099-01-01',
          description: `Tindak lanjut untuk ${c} di DLH.`,
        })),
      })
      .expect(200);
    const ids = ((await as.visitor.agent.get(`/api/meetings/${code}`).expect(200)).body.conclusion.commitments as { id: string }[]).map(
      (c) => c.id,
    );
    const byCaller = new Map(CALLERS.map((c, i) => [c, ids[i]]));
    // The commitment names DLH: DLH's official (otherOfficial here) and admins move it, not the organiser.
    await check(row(401, 403, 403, 403, 403, 200, 200), (b, who) =>
      b.send('put', `/api/meetings/commitments/${byCaller.get(who)}/status`).send({ status: 'in_progress' }),
    );
  });
});
