import { AppConfig } from '@walikota/api-platform';
import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../app.module';
import { MeetingWorld, meetingWorld } from './meeting-fixtures';

interface StreamEvent {
  event: string;
  data: string;
}

/** Reads a server-sent event stream with a raw HTTP request, as a browser's EventSource does. */
class EventReader {
  readonly events: StreamEvent[] = [];
  readonly comments: string[] = [];
  headers: http.IncomingHttpHeaders = {};
  status = 0;
  private request?: http.ClientRequest;
  private buffer = '';

  open(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.request = http.get(url, { headers: { Accept: 'text/event-stream' } }, (res) => {
        this.status = res.statusCode ?? 0;
        this.headers = res.headers;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => this.feed(chunk));
        res.on('error', () => undefined);
        resolve();
      });
      this.request.on('error', reject);
    });
  }

  async next(predicate: (e: StreamEvent) => boolean, timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such event; got ${JSON.stringify(this.events)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.request?.destroy();
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line);
        else if (line.includes(':')) fields.set(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
      }
      if (fields.has('data')) this.events.push({ event: fields.get('event') ?? 'message', data: fields.get('data') ?? '' });
    }
  }
}

async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

const version = (e: StreamEvent) => (JSON.parse(e.data) as { version: number }).version;

/**
 * Questions for a meeting: asking, one vote per person under concurrency, merging, hiding, the
 * live board over server-sent events (also across two API instances sharing a database and
 * Redis), polling by version. docs/product.md, "Town-hall meetings".
 */
describe('meeting questions', () => {
  let w: MeetingWorld;
  let base: string;

  beforeAll(async () => {
    w = await meetingWorld({ meetings: { registrationsPerHour: 10_000, questionsPerHour: 10_000, streamHeartbeatMs: 1000 } });
    base = await listen(w.t);
  });
  afterAll(() => w.t.close());

  const ask = async (
    code: string,
    by: 'citizen' | 'otherCitizen' | 'moderator' | 'official' = 'citizen',
    question = 'Kapan saluran di Jl. Pleburan diperbaiki?',
  ) => (await w.as[by].post(`/api/meetings/${code}/questions`).send({ text: question }).expect(201)).body as { id: string };

  it('takes plain-text questions before and during the meeting, not after; lists them by votes, then oldest first', async () => {
    const code = await w.meeting();
    const first = await ask(code, 'citizen', 'Pertanyaan pertama tentang **banjir** <b>tebal</b>?');
    const second = await ask(code, 'otherCitizen', 'Pertanyaan kedua tentang sampah?');
    await w.as.moderator.send('put', `/api/meetings/${code}/questions/${second.id}/vote`).expect(200);
    const list = await w.as.citizen.agent.get(`/api/meetings/${code}/questions`).expect(200);
    expect(list.body.items.map((q: { id: string }) => q.id)).toEqual([second.id, first.id]);
    expect(list.body.items[1]).toMatchObject({
      text: 'Pertanyaan pertama tentang **banjir** <b>tebal</b>?',
      mine: true,
      votes: 0,
      votedByMe: false,
    });
    // Nothing of the asker in public.
    const visitor = await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200);
    expect(JSON.stringify(visitor.body)).not.toContain(w.ids.citizen);
    expect(visitor.body.items[1].mine).toBe(false);
    // Polling by version: nothing new is an empty answer.
    const same = await w.as.visitor.agent.get(`/api/meetings/${code}/questions?since=${list.body.version}`).expect(200);
    expect(same.body).toEqual({ version: list.body.version, changed: false, items: [] });
    await w.as.visitor.agent.get(`/api/meetings/${code}/questions?since=-1`).expect(400);
    const tooLong = await w.as.citizen
      .post(`/api/meetings/${code}/questions`)
      .set('Accept-Language', 'en')
      .send({ text: 'x'.repeat(501) })
      .expect(400);
    // `field.text` is the forums' shared label of a free-text field (moderation's catalog names it).
    expect(tooLong.body.details[0]).toMatchObject({ field: 'text', code: 'maxLength' });
    expect(tooLong.body.details[0].message).toContain('500');
    await w.as.official.post(`/api/meetings/${code}/start`).expect(200);
    await ask(code, 'otherCitizen', 'Pertanyaan saat rapat berlangsung?');
    await w.as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({ minutesMarkdown: 'Rapat selesai dengan baik dan lancar.' })
      .expect(200);
    await w.as.citizen.post(`/api/meetings/${code}/questions`).send({ text: 'Terlambat?' }).expect(409);
    await w.as.citizen.send('put', `/api/meetings/${code}/questions/${first.id}/vote`).expect(409);
  });

  it('counts one vote per person: 50 concurrent votes by one person are 1, by 100 people 100; withdrawing takes one off', async () => {
    const code = await w.meeting();
    const q = await ask(code);
    const [one] = await w.citizens(1, 'voter-one');
    const same = await Promise.all(Array.from({ length: 50 }, () => one.call('put', `/api/meetings/${code}/questions/${q.id}/vote`)));
    expect(same.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(same.every((r) => r.body.votedByMe === true)).toBe(true);
    const rows = async () =>
      Number((await w.t.dataSource.query(`SELECT count(*) AS n FROM meeting_question_vote WHERE question_id = $1`, [q.id]))[0].n);
    const count = async () =>
      (await w.t.dataSource.query(`SELECT vote_count FROM meeting_question WHERE id = $1`, [q.id]))[0].vote_count as number;
    expect([await rows(), await count()]).toEqual([1, 1]);
    const many = await w.citizens(100, 'voter-many');
    await Promise.all(many.map((p) => p.call('put', `/api/meetings/${code}/questions/${q.id}/vote`)));
    expect([await rows(), await count()]).toEqual([101, 101]);
    // Withdrawing and voting again at once, many times: the count still equals the rows.
    await Promise.all(
      many
        .slice(0, 30)
        .flatMap((p) => [
          p.call('delete', `/api/meetings/${code}/questions/${q.id}/vote`),
          p.call('put', `/api/meetings/${code}/questions/${q.id}/vote`),
        ]),
    );
    expect(await count()).toBe(await rows());
    const withdrawn = await one.call('delete', `/api/meetings/${code}/questions/${q.id}/vote`).expect(200);
    expect(withdrawn.body.votedByMe).toBe(false);
    expect(await count()).toBe(await rows());
    const again = await one.call('delete', `/api/meetings/${code}/questions/${q.id}/vote`).expect(200);
    expect(again.body.votes).toBe(withdrawn.body.votes);
    await w.as.citizen.send('put', `/api/meetings/${code}/questions/00000000-0000-4000-8000-000000000000/vote`).expect(404);
    await w.as.citizen.send('put', `/api/meetings/${code}/questions/not-an-id/vote`).expect(404);
  });

  it('merges a duplicate: votes move over once per person, the duplicate says where it went', async () => {
    const code = await w.meeting();
    const original = await ask(code, 'citizen', 'Kapan jalan di depan pasar diperbaiki?');
    const duplicate = await ask(code, 'otherCitizen', 'Jalan depan pasar kapan diperbaiki?');
    const voters = await w.citizens(5, 'merge');
    // Voters 0–2 vote on both, 3–4 on the duplicate only.
    for (const v of voters.slice(0, 3)) await v.call('put', `/api/meetings/${code}/questions/${original.id}/vote`).expect(200);
    for (const v of voters) await v.call('put', `/api/meetings/${code}/questions/${duplicate.id}/vote`).expect(200);
    await w.as.otherOfficial.post(`/api/meetings/${code}/questions/${duplicate.id}/merge`).send({ intoId: original.id }).expect(403);
    await w.as.citizen.post(`/api/meetings/${code}/questions/${duplicate.id}/merge`).send({ intoId: original.id }).expect(403);
    await w.as.moderator.post(`/api/meetings/${code}/questions/${duplicate.id}/merge`).send({ intoId: duplicate.id }).expect(400);
    await w.as.moderator.post(`/api/meetings/${code}/questions/${duplicate.id}/merge`).send({ intoId: original.id }).expect(204);
    const list = (await voters[3].call('get', `/api/meetings/${code}/questions`).expect(200)).body.items as {
      id: string;
      votes: number;
      votedByMe: boolean;
      mergedIntoId: string | null;
    }[];
    const byId = new Map(list.map((q) => [q.id, q]));
    expect(byId.get(original.id)).toMatchObject({ votes: 5, votedByMe: true, mergedIntoId: null });
    expect(byId.get(duplicate.id)).toMatchObject({ votes: 0, votedByMe: false, mergedIntoId: original.id });
    await voters[0].call('put', `/api/meetings/${code}/questions/${duplicate.id}/vote`).expect(409);
    await w.as.moderator.post(`/api/meetings/${code}/questions/${duplicate.id}/merge`).send({ intoId: original.id }).expect(409);
    // Marking answered: staff only, shown to all.
    await w.as.citizen.post(`/api/meetings/${code}/questions/${original.id}/answered`).expect(403);
    await w.as.official.post(`/api/meetings/${code}/questions/${original.id}/answered`).expect(204);
    const answered = (await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items[0];
    expect(answered.answeredAt).not.toBeNull();
  });

  it('hides with a reason (a placeholder for the public, the text for its author and staff) and shows again; readers’ flags reach it too', async () => {
    const code = await w.meeting();
    const q = await ask(code, 'citizen', 'Pertanyaan yang melanggar aturan?');
    await w.as.otherOfficial.post(`/api/meetings/${code}/questions/${q.id}/hide`).send({ reason: 'offensive' }).expect(403);
    await w.as.moderator.post(`/api/meetings/${code}/questions/${q.id}/hide`).send({ reason: 'nonsense' }).expect(400);
    await w.as.moderator
      .post(`/api/meetings/${code}/questions/${q.id}/hide`)
      .send({ reason: 'offensive', details: 'Bahasa kasar.' })
      .expect(204);
    await w.as.moderator.post(`/api/meetings/${code}/questions/${q.id}/hide`).send({ reason: 'offensive' }).expect(409);
    const seen = (await w.as.otherCitizen.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items[0];
    expect(seen).toMatchObject({ text: null, hidden: { reason: 'offensive', details: 'Bahasa kasar.', byFlags: false } });
    expect((await w.as.citizen.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items[0].text).toBe(
      'Pertanyaan yang melanggar aturan?',
    );
    await w.as.otherCitizen.send('put', `/api/meetings/${code}/questions/${q.id}/vote`).expect(404);
    await w.as.official.post(`/api/meetings/${code}/questions/${q.id}/unhide`).expect(204);
    await w.as.official.post(`/api/meetings/${code}/questions/${q.id}/unhide`).expect(409);
    expect((await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items[0].hidden).toBeNull();
    const audit: { action: string }[] = await w.t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [q.id]);
    expect(audit.map((a) => a.action).sort()).toEqual(['forum_question.hide', 'forum_question.unhide']);
    // The forums' moderation: three readers' flags hide it, pending review.
    for (const who of ['otherCitizen', 'official', 'otherOfficial'] as const)
      await w.as[who].post('/api/forums/flags').send({ targetType: 'question', targetId: q.id, reason: 'spam' }).expect(201);
    const flagged = (await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items[0];
    expect(flagged).toMatchObject({ text: null, hidden: { reason: 'spam', byFlags: true } });
  });

  it('applies the forums’ rules to askers: muted accounts cannot ask, a watched word blocks (400 on `text`) or flags', async () => {
    const code = await w.meeting();
    const muted = await w.as.moderator
      .post('/api/forums/sanctions')
      .send({ userId: w.ids.otherCitizen, kind: 'mute', days: 3, reason: 'Berulang kali menyerang pribadi.' })
      .expect(201);
    await w.as.otherCitizen.post(`/api/meetings/${code}/questions`).send({ text: 'Boleh saya bertanya?' }).expect(403);
    await w.as.moderator.post(`/api/forums/sanctions/${muted.body.id}/lift`).expect(200);
    await ask(code, 'otherCitizen', 'Boleh saya bertanya sekarang?');

    await w.as.moderator.post('/api/forums/watched-words').send({ list: 'judi-online', pattern: 'judi*', action: 'block' }).expect(201);
    await w.as.moderator.post('/api/forums/watched-words').send({ list: 'pantau', pattern: 'pungli', action: 'flag' }).expect(201);
    const blocked = await w.as.citizen
      .post(`/api/meetings/${code}/questions`)
      .set('Accept-Language', 'en')
      .send({ text: 'Kapan J.U.D.1 online ditertibkan?' })
      .expect(400);
    expect(blocked.body.details[0]).toMatchObject({ field: 'text', code: 'forum_watched_word_blocked' });
    expect(blocked.body.details[0].message).toContain('judi-online');
    // A flag (or a hold) publishes the question and puts it in the moderators' queue.
    const flagged = await ask(code, 'citizen', 'Ada pungli di kelurahan kami, bagaimana?');
    const shown = (await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items;
    expect(shown.find((q: { id: string }) => q.id === flagged.id)).toMatchObject({
      text: 'Ada pungli di kelurahan kami, bagaimana?',
      hidden: null,
    });
    const queue = await w.as.moderator.agent.get('/api/forums/moderation/queue').expect(200);
    expect(queue.body.items.find((i: { id: string }) => i.id === flagged.id)).toMatchObject({ type: 'question', watchedWord: true });
    // The moderators' acts reach the question through its content target.
    await w.as.moderator
      .post(`/api/forums/moderation/content/question/${flagged.id}`)
      .send({ action: 'hide', reason: 'offensive' })
      .expect(200);
    const hidden = (await w.as.visitor.agent.get(`/api/meetings/${code}/questions`).expect(200)).body.items;
    expect(hidden.find((q: { id: string }) => q.id === flagged.id)).toMatchObject({ text: null, hidden: { reason: 'offensive' } });
    for (const word of (await w.as.moderator.agent.get('/api/forums/watched-words').expect(200)).body as { id: string }[])
      await w.as.moderator.send('delete', `/api/forums/watched-words/${word.id}`).expect(204);
  });

  it('streams a change to every open board: an event with the new version after a vote and after a moderator’s hide, heartbeats, X-Accel-Buffering off', async () => {
    const code = await w.meeting();
    const q = await ask(code);
    const reader = new EventReader();
    try {
      await reader.open(`${base}/api/meetings/${code}/questions/stream`);
      expect(reader.status).toBe(200);
      expect(reader.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(reader.headers['x-accel-buffering']).toBe('no');
      const opening = await reader.next((e) => e.event === 'questions');
      await w.as.otherCitizen.send('put', `/api/meetings/${code}/questions/${q.id}/vote`).expect(200);
      const changed = await reader.next((e) => version(e) > version(opening));
      const polled = await w.as.visitor.agent.get(`/api/meetings/${code}/questions?since=${version(opening)}`).expect(200);
      expect(polled.body).toMatchObject({ changed: true, version: version(changed) });
      expect(polled.body.items[0].votes).toBe(1);
      // A hide from the forums' moderation (the queue, or readers' flags) reaches open boards too.
      await w.as.moderator.post(`/api/forums/moderation/content/question/${q.id}`).send({ action: 'hide', reason: 'spam' }).expect(200);
      const hidden = await reader.next((e) => version(e) > version(changed));
      const after = await w.as.visitor.agent.get(`/api/meetings/${code}/questions?since=${version(changed)}`).expect(200);
      expect(after.body).toMatchObject({ changed: true, version: version(hidden) });
      expect(after.body.items[0]).toMatchObject({ text: null, hidden: { reason: 'spam', byFlags: false } });
      // The heartbeat (1 s in this file) keeps proxies from closing a quiet stream.
      await new Promise((r) => setTimeout(r, 1300));
      expect(reader.comments.length).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
    await w.as.visitor.agent.get('/api/meetings/MTG-2026-999999/questions/stream').expect(404);
  });

  const shared = testEnvironment.databaseUrl && testEnvironment.redisUrl ? it : it.skip;
  shared('reaches a board held by another API instance (two apps, one database, one Redis)', async () => {
    const second = await createTestApp({
      rootModule: (c: AppConfig) => AppModule.forRoot(c),
      config: {
        databaseUrl: w.t.config.databaseUrl,
        databaseSchema: w.t.config.databaseSchema,
        redisKeyPrefix: w.t.config.redisKeyPrefix,
        rateLimitMax: 1_000_000,
        meetings: w.t.config.meetings,
      },
    });
    const reader = new EventReader();
    try {
      const otherBase = await listen(second);
      const code = await w.meeting();
      const q = await ask(code);
      // The board is held by the second instance; the vote goes to the first.
      await reader.open(`${otherBase}/api/meetings/${code}/questions/stream`);
      const opening = await reader.next((e) => e.event === 'questions');
      await w.as.otherCitizen.send('put', `/api/meetings/${code}/questions/${q.id}/vote`).expect(200);
      const changed = await reader.next((e) => version(e) > version(opening));
      expect(version(changed)).toBeGreaterThan(version(opening));
    } finally {
      reader.close();
      await second.close();
    }
  });
});
