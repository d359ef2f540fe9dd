import { MeetingRegistrations } from '@walikota/api-forums';
import { MeetingWorld, meetingWorld } from './meeting-fixtures';

/**
 * Places, the waiting list and the door: never over capacity under concurrency, the queue's
 * order, promotion when a place is given up (also many at once), check-in by code, the reminder
 * job. docs/product.md, "Town-hall meetings".
 */
describe('meeting registration', () => {
  let w: MeetingWorld;

  beforeAll(async () => {
    w = await meetingWorld();
  });
  afterAll(() => w.t.close());

  const registrations = (code: string): Promise<{ user_id: string; status: string; queue_position: string }[]> =>
    w.t.dataSource.query(
      `SELECT r.user_id, r.status, r.queue_position FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id WHERE m.code = $1 ORDER BY r.queue_position`,
      [code],
    );

  it('takes 200 concurrent registrations for 50 places as exactly 50 confirmed and 150 waiting in order; concurrent cancellations promote as many', async () => {
    const code = await w.meeting({ capacity: 50 });
    const people = await w.citizens(200, 'rsvp');
    const responses = await Promise.all(people.map((p) => p.call('post', `/api/meetings/${code}/registration`)));
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(50);
    expect(responses.filter((r) => r.body.status === 'waiting')).toHaveLength(150);
    // Waiting positions are 1…150, each once.
    const positions = responses.filter((r) => r.body.status === 'waiting').map((r) => r.body.waitingPosition as number);
    expect(new Set(positions).size).toBe(150);
    expect(Math.min(...positions)).toBe(1);
    expect(Math.max(...positions)).toBe(150);
    // Consistent order: every confirmed place was decided before every waiting one.
    let rows = await registrations(code);
    const lastConfirmed = Math.max(...rows.filter((r) => r.status === 'confirmed').map((r) => Number(r.queue_position)));
    const firstWaiting = Math.min(...rows.filter((r) => r.status === 'waiting').map((r) => Number(r.queue_position)));
    expect(lastConfirmed).toBeLessThan(firstWaiting);
    const detail = await w.as.visitor.agent.get(`/api/meetings/${code}`).expect(200);
    expect(detail.body).toMatchObject({ confirmedCount: 50, waitingCount: 150 });
    // Registering again changes nothing.
    const again = await people[0].call('post', `/api/meetings/${code}/registration`);
    expect(again.status).toBe(200);

    // 20 confirmed people give up their places at once: the first 20 waiting get them, in queue order.
    const queue = rows.filter((r) => r.status === 'waiting').map((r) => r.user_id);
    const confirmed = new Set(rows.filter((r) => r.status === 'confirmed').map((r) => r.user_id));
    const leaving = people.filter((p) => confirmed.has(p.id)).slice(0, 20);
    const cancels = await Promise.all(leaving.map((p) => p.call('delete', `/api/meetings/${code}/registration`)));
    expect(cancels.map((r) => r.status)).toEqual(Array(20).fill(204));
    rows = await registrations(code);
    const now = new Map(rows.map((r) => [r.user_id, r.status]));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(130);
    expect(queue.slice(0, 20).every((id) => now.get(id) === 'confirmed')).toBe(true);
    expect(queue.slice(20).every((id) => now.get(id) === 'waiting')).toBe(true);
    const promoted: { n: number }[] = await w.t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE type = 'meeting.promoted' AND user_id = ANY($1::uuid[])`,
      [queue.slice(0, 20)],
    );
    expect(promoted[0].n).toBe(20);
    // Cancelling and registering at once, many times over: never over capacity.
    const churn = people.filter((p) => now.get(p.id) === 'confirmed').slice(0, 25);
    await Promise.all(
      churn.flatMap((p) => [p.call('delete', `/api/meetings/${code}/registration`), p.call('post', `/api/meetings/${code}/registration`)]),
    );
    rows = await registrations(code);
    expect(rows.filter((r) => r.status === 'confirmed').length).toBeLessThanOrEqual(50);
    expect(rows.filter((r) => r.status === 'confirmed').length + rows.filter((r) => r.status === 'waiting').length).toBeGreaterThanOrEqual(
      180 - 25,
    );
    // A full house stays full while anyone waits.
    if (rows.some((r) => r.status === 'waiting')) expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
  });

  it('gives the registrant a code and a QR code; staff check in by the code, once; waiting or cancelled places cannot', async () => {
    const code = await w.meeting({ capacity: 1 });
    const mine = await w.as.citizen.post(`/api/meetings/${code}/registration`).expect(201);
    expect(mine.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const again = await w.as.citizen.agent.get(`/api/meetings/${code}/registration`).expect(200);
    expect(again.body).toMatchObject({ status: 'confirmed', code: mine.body.code, waitingPosition: null, checkedInAt: null });
    expect(again.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(again.body.qrSvg).toContain(mine.body.code);
    const waiting = await w.as.otherCitizen.post(`/api/meetings/${code}/registration`).expect(201);
    expect(waiting.body.status).toBe('waiting');
    await w.as.moderator.agent.get(`/api/meetings/${code}/registration`).expect(404);
    // Typed in lower case with spaces, or scanned: the same code.
    const typed = ` ${mine.body.code.toLowerCase().replace('-', ' ')} `;
    const first = await w.as.official.post(`/api/meetings/${code}/check-ins`).send({ code: typed }).expect(200);
    expect(first.body).toMatchObject({ code: mine.body.code, alreadyCheckedIn: false, attendanceCount: 1 });
    const second = await w.as.moderator.post(`/api/meetings/${code}/check-ins`).send({ code: mine.body.code }).expect(200);
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt, attendanceCount: 1 });
    const refused = await w.as.official
      .post(`/api/meetings/${code}/check-ins`)
      .set('Accept-Language', 'en')
      .send({ code: waiting.body.code })
      .expect(409);
    expect(refused.body.message).toBe(`Registration ${waiting.body.code} has no place (status: waiting) and cannot be checked in.`);
    await w.as.official.post(`/api/meetings/${code}/check-ins`).send({ code: 'ZZZZ-ZZZZ' }).expect(404);
    await w.as.official.post(`/api/meetings/${code}/check-ins`).send({ code: 'not a code' }).expect(404);
    await w.as.otherOfficial.post(`/api/meetings/${code}/check-ins`).send({ code: mine.body.code }).expect(403);
    // A code of another meeting is not this meeting's.
    const other = await w.meeting();
    await w.as.official.post(`/api/meetings/${other}/check-ins`).send({ code: mine.body.code }).expect(404);
    expect((await w.as.citizen.agent.get(`/api/meetings/${code}/registration`).expect(200)).body.checkedInAt).toBe(first.body.checkedInAt);
    // Cancelled places cannot check in; places cannot be given up once it has started.
    const third = await w.meeting();
    const gone = await w.as.otherCitizen.post(`/api/meetings/${third}/registration`).expect(201);
    await w.as.otherCitizen.send('delete', `/api/meetings/${third}/registration`).expect(204);
    await w.as.otherCitizen.send('delete', `/api/meetings/${third}/registration`).expect(404);
    await w.as.official.post(`/api/meetings/${third}/check-ins`).send({ code: gone.body.code }).expect(409);
    await w.as.citizen.post(`/api/meetings/${third}/registration`).expect(201);
    await w.as.official.post(`/api/meetings/${third}/start`).expect(200);
    await w.as.citizen.send('delete', `/api/meetings/${third}/registration`).expect(409);
    await w.as.otherCitizen.post(`/api/meetings/${third}/registration`).expect(409);
    // Nothing of registrants in the public page.
    const page = JSON.stringify((await w.as.visitor.agent.get(`/api/meetings/${third}`).expect(200)).body);
    expect(page).not.toContain(w.ids.citizen);
    expect(page).not.toContain('citizen@example.id');
  });

  it('reminds confirmed registrants once, 24 hours ahead, however many instances run the job', async () => {
    const soon = await w.meeting({ capacity: 2 }, 'official', 20);
    const far = await w.meeting({}, 'official', 60);
    for (const who of ['citizen', 'otherCitizen', 'moderator'] as const)
      await w.as[who].post(`/api/meetings/${soon}/registration`).expect(201);
    await w.as.citizen.post(`/api/meetings/${far}/registration`).expect(201);
    const jobs = w.t.app.get(MeetingRegistrations);
    const sent = await Promise.all([jobs.remindDue(), jobs.remindDue(), jobs.remindDue()]);
    // Two confirmed places (the third is waiting); the far meeting is not due.
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await jobs.remindDue()).toBe(0);
    const reminded: { user_id: string }[] = await w.t.dataSource.query(
      `SELECT user_id FROM notification WHERE type = 'meeting.reminder' ORDER BY user_id`,
    );
    expect(reminded.map((r) => r.user_id).sort()).toEqual([w.ids.citizen, w.ids.otherCitizen].sort());
  });

  it('limits registrations per account', async () => {
    const limited = await meetingWorld({ meetings: { registrationsPerHour: 2, questionsPerHour: 10, streamHeartbeatMs: 15_000 } });
    try {
      const codes = [await limited.meeting(), await limited.meeting(), await limited.meeting()];
      await limited.as.citizen.post(`/api/meetings/${codes[0]}/registration`).expect(201);
      await limited.as.citizen.post(`/api/meetings/${codes[1]}/registration`).expect(201);
      const res = await limited.as.citizen.post(`/api/meetings/${codes[2]}/registration`).expect(429);
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await limited.t.close();
    }
  });
});
