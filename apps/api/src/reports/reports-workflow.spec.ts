import { ReportActionsService } from '@walikota/api-reports';
import { Caller, ReportWorld, advance, reportWorld } from './report-fixtures';

describe('reports: workflow', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  const timeline = async (code: string, by: 'moderator' | 'citizen' | 'visitor' = 'moderator') =>
    (await w.as[by].agent.get(`/api/reports/${code}`).expect(200)).body.timeline as {
      kind: string;
      toStatus: string | null;
      public: boolean;
      actorRole: string;
      departmentId: string | null;
      data: Record<string, unknown>;
    }[];

  it('walks the main path; every step is on the timeline, in the audit log, and told to the reporter', async () => {
    const { code, id } = await w.file();
    const verified = await w.act('moderator', code, { action: 'verify' }).expect(200);
    expect(verified.body).toMatchObject({
      status: 'verified',
      allowedActions: expect.arrayContaining(['dispatch', 'reject', 'mark_duplicate']),
    });
    const dispatched = await w.act('moderator', code, { action: 'dispatch' }).expect(200);
    // Dispatched to the category's department by default, with a follow-up deadline.
    expect(dispatched.body).toMatchObject({ status: 'dispatched', departmentId: w.departments.dpu, followupDueAt: expect.any(String) });
    await w.act('official', code, { action: 'start' }).expect(200);
    await w.act('official', code, { action: 'note', note: 'Tim survei dijadwalkan Kamis.', public: false }).expect(200);
    const resolved = await w.act('official', code, { action: 'resolve', note: 'Lubang sudah ditambal.' }).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', autocloseAt: expect.any(String) });
    const rated = await w.act('citizen', code, { action: 'rate', rating: 5, note: 'Cepat sekali, terima kasih.' }).expect(200);
    expect(rated.body).toMatchObject({ status: 'resolved', rating: 5, ratingComment: 'Cepat sekali, terima kasih.' });
    const closed = await w.act('citizen', code, { action: 'confirm' }).expect(200);
    expect(closed.body.status).toBe('closed');

    const dpu = w.departments.dpu;
    expect((await timeline(code)).map((e) => [e.kind, e.toStatus, e.actorRole, e.public, e.departmentId])).toEqual([
      ['filed', 'submitted', 'citizen', true, null],
      ['verify', 'verified', 'moderator', true, null],
      ['dispatch', 'dispatched', 'moderator', true, dpu],
      ['start', 'in_progress', 'official', true, dpu],
      ['note', null, 'official', false, dpu],
      ['resolve', 'resolved', 'official', true, dpu],
      ['rate', null, 'citizen', true, null],
      ['confirm', 'closed', 'citizen', true, null],
    ]);
    // The public never sees internal notes, but sees which department acted ("Petugas DPU") and the
    // rating; the routing details stay with the staff.
    const publicTimeline = await timeline(code, 'visitor');
    expect(publicTimeline.map((e) => [e.kind, e.departmentId, e.data])).toEqual([
      ['filed', null, {}],
      ['verify', null, {}],
      ['dispatch', dpu, {}],
      ['start', dpu, {}],
      ['resolve', dpu, {}],
      ['rate', null, { rating: 5 }],
      ['confirm', null, {}],
    ]);
    expect((await timeline(code)).find((e) => e.kind === 'dispatch')?.data).toEqual({ departmentId: dpu });

    const audit = await w.t.dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_log WHERE target_id = $1 ORDER BY occurred_at`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'report.verify',
      'report.dispatch',
      'report.start',
      'report.note',
      'report.resolve',
      'report.rate',
      'report.confirm',
    ]);
    expect(audit[1]).toMatchObject({
      actor_id: w.ids.moderator,
      before: { status: 'verified' },
      after: { status: 'dispatched', departmentId: w.departments.dpu },
    });

    const told = await w.t.dataSource.query(
      `SELECT type, params->>'status' AS status FROM notification WHERE user_id = $1 AND params->>'code' = $2 ORDER BY created_at`,
      [w.ids.citizen, code],
    );
    expect(told.map((n: { type: string; status: string }) => `${n.type}:${n.status ?? ''}`)).toEqual([
      'report.filed:',
      'report.status_changed:verified',
      'report.status_changed:dispatched',
      'report.status_changed:in_progress',
      // The reporter's own question, "Sudah selesai?" (reports-closing.spec.ts).
      'report.resolved:resolved',
    ]);
  });

  it('tells the department’s officials when a report is dispatched to it or reopened, and no one else', async () => {
    const { code } = await w.file();
    const told = async (caller: 'official' | 'otherOfficial' | 'moderator' | 'admin') =>
      w.t.dataSource.query(
        `SELECT type, params->>'link' AS link FROM notification WHERE user_id = $1 AND params->>'code' = $2 ORDER BY created_at`,
        [w.ids[caller], code],
      );
    await advance(w, code, 'dispatched');
    expect(await told('official')).toEqual([{ type: 'report.assigned', link: `/admin/laporan/${code}` }]);
    for (const caller of ['otherOfficial', 'moderator', 'admin'] as const) expect(await told(caller)).toEqual([]);

    await w.act('official', code, { action: 'start' }).expect(200);
    await w.act('official', code, { action: 'resolve', note: 'Sudah ditambal.' }).expect(200);
    await w.act('citizen', code, { action: 'reopen', note: 'Lubangnya muncul lagi setelah hujan.' }).expect(200);
    expect((await told('official')).map((n: { type: string }) => n.type)).toEqual(['report.assigned', 'report.reopened']);
    // In the official's inbox, in their language, pointing at the staff page.
    const inbox = await w.as.official.agent.get('/api/notifications').set('Accept-Language', 'en').expect(200);
    expect(inbox.body.items[0]).toMatchObject({
      type: 'report.reopened',
      title: `Report ${code} reopened`,
      link: `/admin/laporan/${code}`,
    });
    expect(inbox.body.items[1]).toMatchObject({ type: 'report.assigned', title: `Report ${code} dispatched to your department` });
    expect(await told('otherOfficial')).toEqual([]);
  });

  it('answers an illegal transition with 409 and a message naming the status, in the caller’s language', async () => {
    const { code } = await w.file();
    await advance(w, code, 'resolved');
    const id = await w.act('moderator', code, { action: 'verify' }).expect(409);
    expect(id.body).toMatchObject({
      code: 'illegal_transition',
      message: 'Tindakan ini tidak dapat dilakukan karena laporan sedang berstatus “selesai ditangani”.',
    });
    const en = await w.as.official.post(`/api/reports/${code}/actions`).set('Accept-Language', 'en').send({ action: 'start' }).expect(409);
    expect(en.body.message).toBe('This action is not possible because the report is “resolved”.');
  });

  // A new report is the reporter's and the staff's only: others, the category's officials included, get a 404.
  it.each([
    ['visitor', 'verify', 401],
    ['citizen', 'verify', 403],
    ['otherCitizen', 'verify', 404],
    ['official', 'verify', 404],
    ['otherOfficial', 'verify', 404],
    ['moderator', 'verify', 200],
    ['admin', 'verify', 200],
  ] as const)('%s: %s gets %i', async (caller, action, status) => {
    const { code } = await w.file();
    await w.act(caller, code, { action }).expect(status);
  });

  it.each([
    ['moderator', 403],
    ['otherOfficial', 403],
    ['citizen', 403],
    ['official', 200],
    ['admin', 200],
  ] as const)('start (handling department only): %s gets %i', async (caller, status) => {
    const { code } = await w.file();
    await advance(w, code, 'dispatched');
    await w.act(caller, code, { action: 'start' }).expect(status);
  });

  it('requires the fields an action needs, naming them', async () => {
    const { code } = await w.file();
    const reject = await w.act('moderator', code, { action: 'reject' }).expect(400);
    expect(reject.body.details[0]).toMatchObject({ field: 'reasonCode', code: 'required_for_action' });
    const rejected = await w
      .act('moderator', code, { action: 'reject', reasonCode: 'unclear', note: 'Lokasi tidak jelas; mohon kirim ulang dengan alamat.' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: 'unclear' });
    // A rejected report is not public: its reporter reads why; others learn only its status.
    const reporterView = await w.as.citizen.agent.get(`/api/reports/${code}`).expect(200);
    expect(reporterView.body.timeline.at(-1)).toMatchObject({
      kind: 'reject',
      note: 'Lokasi tidak jelas; mohon kirim ulang dengan alamat.',
      data: { reasonCode: 'unclear' },
    });
    await w.as.visitor.agent.get(`/api/reports/${code}`).expect(404);
    expect((await w.as.visitor.agent.get(`/api/reports/${code}/status`).expect(200)).body.status).toBe('rejected');
    const bad = await w.act('moderator', code, { action: 'fly' }).expect(400);
    expect(bad.body.details[0].field).toBe('action');
  });

  it('holds and resumes to where the report was', async () => {
    const { code } = await w.file();
    await advance(w, code, 'in_progress');
    await w.act('official', code, { action: 'hold', note: 'Menunggu anggaran perubahan.' }).expect(200);
    const resumed = await w.act('official', code, { action: 'resume' }).expect(200);
    expect(resumed.body.status).toBe('in_progress');
  });

  it('redirects: not our authority, then re-dispatched to another department, or closed with the agency named', async () => {
    const { code } = await w.file();
    await advance(w, code, 'dispatched');
    const nob = await w
      .act('official', code, { action: 'not_our_authority', note: 'Jalan provinsi.', externalAgency: 'Dinas PU Provinsi Jawa Tengah' })
      .expect(200);
    expect(nob.body).toMatchObject({ status: 'not_our_authority', externalAgency: 'Dinas PU Provinsi Jawa Tengah' });
    // The public reads which department answered and which agency is responsible.
    expect((await timeline(code, 'visitor')).at(-1)).toMatchObject({
      kind: 'not_our_authority',
      departmentId: w.departments.dpu,
      data: { externalAgency: 'Dinas PU Provinsi Jawa Tengah' },
    });
    const redispatched = await w.act('moderator', code, { action: 'dispatch', departmentId: w.departments.dlh }).expect(200);
    expect(redispatched.body).toMatchObject({ status: 'dispatched', departmentId: w.departments.dlh });
    // Now DLH's official handles it, DPU's no longer does.
    await w.act('official', code, { action: 'start' }).expect(403);
    await w.act('otherOfficial', code, { action: 'start' }).expect(200);
    const unknown = await w.act('moderator', (await w.file()).code, { action: 'verify' }).expect(200);
    const badDepartment = await w
      .act('moderator', unknown.body.code, { action: 'dispatch', departmentId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(badDepartment.body.details[0]).toMatchObject({ field: 'departmentId', code: 'department_not_found' });
  });

  it('merges a duplicate: its supporters, followers and reporter carry over to the original', async () => {
    const original = await w.file();
    await w.act('moderator', original.code, { action: 'verify' }).expect(200);
    const copy = await w.file('otherCitizen', { title: 'Jalan berlubang dekat pasar lama' });
    await w.act('moderator', copy.code, { action: 'verify' }).expect(200);
    await w.as.admin.send('put', `/api/reports/${copy.code}/support`).expect(204);
    const self = await w.act('moderator', copy.code, { action: 'mark_duplicate', duplicateOf: copy.code }).expect(400);
    expect(self.body.details[0]).toMatchObject({ field: 'duplicateOf', code: 'duplicate_target_invalid' });
    const merged = await w.act('moderator', copy.code, { action: 'mark_duplicate', duplicateOf: original.code }).expect(200);
    expect(merged.body).toMatchObject({ status: 'duplicate', duplicateOf: original.code });
    const supporters = await w.t.dataSource.query(`SELECT user_id FROM report_support WHERE report_id = $1 ORDER BY user_id`, [
      original.id,
    ]);
    expect(supporters.map((s: { user_id: string }) => s.user_id).sort()).toEqual([w.ids.admin, w.ids.otherCitizen].sort());
    const followers = await w.t.dataSource.query(`SELECT user_id FROM report_follower WHERE report_id = $1`, [original.id]);
    expect(followers.map((f: { user_id: string }) => f.user_id).sort()).toEqual([w.ids.admin, w.ids.citizen, w.ids.otherCitizen].sort());
    expect((await timeline(original.code)).at(-1)).toMatchObject({ kind: 'merged' });
  });

  it('lets the reporter reopen once and rate once, and only what was resolved', async () => {
    const { code } = await w.file();
    await advance(w, code, 'resolved');
    await w.act('otherCitizen', code, { action: 'reopen', note: 'Bukan laporan saya' }).expect(403);
    const reopened = await w.act('citizen', code, { action: 'reopen', note: 'Lubangnya terbuka lagi setelah hujan.' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in_progress', reopenCount: 1, autocloseAt: null });
    await w.act('official', code, { action: 'resolve', note: 'Ditambal ulang dengan aspal panas.' }).expect(200);
    const again = await w.act('citizen', code, { action: 'reopen', note: 'Lagi.' }).expect(409);
    expect(again.body.code).toBe('reopen_used');
    await w.act('citizen', code, { action: 'rate', rating: 4 }).expect(200);
    expect((await w.act('citizen', code, { action: 'rate', rating: 1 }).expect(409)).body.code).toBe('already_rated');
    const outOfRange = await w.act('citizen', code, { action: 'rate', rating: 9 }).expect(400);
    expect(outOfRange.body.details[0].field).toBe('rating');
  });

  it('closes resolved reports after 10 working days without reply, once, however often the job runs', async () => {
    const { code, id } = await w.file();
    await advance(w, code, 'resolved');
    const service = w.t.app.get(ReportActionsService);
    expect(await service.autoClose(new Date())).toBe(0);
    await w.t.dataSource.query(`UPDATE report SET autoclose_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const [first, second] = await Promise.all([service.autoClose(new Date()), service.autoClose(new Date())]);
    expect(first + second).toBe(1);
    expect(await service.autoClose(new Date())).toBe(0);
    const detail = await w.as.citizen.agent.get(`/api/reports/${code}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'closed', autocloseAt: null });
    expect(detail.body.timeline.at(-1)).toMatchObject({ kind: 'auto_close', actorRole: 'system', toStatus: 'closed' });
    // Closed after resolution: the reporter may still reopen once.
    expect(detail.body.allowedActions).toEqual(expect.arrayContaining(['reopen', 'rate']));
    expect(
      await w.t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND action = 'report.auto_close'`, [id]),
    ).toEqual([{ action: 'report.auto_close', actor_id: null }]);
  });

  it('bulk-verifies and dispatches, reporting each code on its own', async () => {
    const a = await w.file();
    const b = await w.file();
    await advance(w, b.code, 'resolved');
    const res = await w.as.moderator
      .post('/api/reports/bulk')
      .send({ codes: [a.code, b.code], action: 'verify' })
      .expect(200);
    expect(res.body).toEqual([
      { code: a.code, outcome: 'ok', message: null },
      {
        code: b.code,
        outcome: 'error',
        message: 'Tindakan ini tidak dapat dilakukan karena laporan sedang berstatus “selesai ditangani”.',
      },
    ]);
    const dispatch = await w.as.moderator
      .post('/api/reports/bulk')
      .send({ codes: [a.code], action: 'dispatch', departmentId: w.departments.dlh })
      .expect(200);
    expect(dispatch.body[0].outcome).toBe('ok');
    await w.as.official
      .post('/api/reports/bulk')
      .send({ codes: [a.code], action: 'verify' })
      .expect(403);
    await w.as.citizen
      .post('/api/reports/bulk')
      .send({ codes: [a.code], action: 'verify' })
      .expect(403);
    await w.as.visitor.agent
      .post('/api/reports/bulk')
      .send({ codes: [a.code], action: 'verify' })
      .expect(401);
  });
  describe('every action, tried over HTTP by someone who may not take it: refused, and nothing changes', () => {
    type Stage =
      | 'submitted'
      | 'verified'
      | 'dispatched'
      | 'in_progress'
      | 'resolved'
      | 'held_by_department'
      | 'held_by_moderators'
      | 'not_our_authority'
      | 'confidential_dispatched';
    const reports = {} as Record<Stage, string>;
    let original = '';

    beforeAll(async () => {
      const filed = async () => (await w.file()).code;
      reports.submitted = await filed();
      reports.verified = await filed();
      await advance(w, reports.verified, 'verified');
      reports.dispatched = await filed();
      await advance(w, reports.dispatched, 'dispatched');
      reports.in_progress = await filed();
      await advance(w, reports.in_progress, 'in_progress');
      reports.resolved = await filed();
      await advance(w, reports.resolved, 'resolved');
      reports.held_by_department = await filed();
      await advance(w, reports.held_by_department, 'in_progress');
      await w.act('official', reports.held_by_department, { action: 'hold', note: 'Menunggu anggaran.' }).expect(200);
      reports.held_by_moderators = await filed();
      await advance(w, reports.held_by_moderators, 'verified');
      await w.act('moderator', reports.held_by_moderators, { action: 'hold', note: 'Menunggu foto dari pelapor.' }).expect(200);
      reports.not_our_authority = await filed();
      await advance(w, reports.not_our_authority, 'dispatched');
      await w.act('official', reports.not_our_authority, { action: 'not_our_authority', note: 'Jalan provinsi.' }).expect(200);
      reports.confidential_dispatched = (await w.file('citizen', { privacy: 'confidential' })).code;
      await advance(w, reports.confidential_dispatched, 'dispatched');
      original = await filed();
      await advance(w, original, 'verified');
    }, 120_000);

    /** Everything an action could change: the report's row, its timeline, the audit log, notifications, follows. */
    const snapshot = async (code: string) => ({
      report: await w.t.dataSource.query(
        `SELECT status, held_from_status, department_id, rating, reopen_count, duplicate_of_id, updated_at FROM report WHERE code = $1`,
        [code],
      ),
      events: await w.t.dataSource.query(
        `SELECT count(*)::int AS n FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.code = $1`,
        [code],
      ),
      audit: await w.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`),
      notifications: await w.t.dataSource.query(`SELECT count(*)::int AS n FROM notification`),
      followers: await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report_follower`),
    });

    const note = 'Catatan yang tidak boleh tercatat.';
    // action, body, the report's stage, who tries, the answer
    const CASES: [string, Record<string, unknown>, Stage, Caller, number][] = [
      ['verify', {}, 'submitted', 'visitor', 401],
      ['verify', {}, 'submitted', 'citizen', 403],
      ['verify', {}, 'submitted', 'otherCitizen', 404],
      ['verify', {}, 'submitted', 'official', 404],
      ['reject', { reasonCode: 'spam', note }, 'verified', 'official', 403],
      ['reject', { reasonCode: 'spam', note }, 'verified', 'otherCitizen', 403],
      ['dispatch', {}, 'verified', 'official', 403],
      ['dispatch', {}, 'verified', 'citizen', 403],
      ['start', {}, 'dispatched', 'moderator', 403],
      ['start', {}, 'dispatched', 'otherOfficial', 403],
      ['start', {}, 'dispatched', 'citizen', 403],
      ['resolve', { note }, 'in_progress', 'moderator', 403],
      ['resolve', { note }, 'in_progress', 'otherOfficial', 403],
      // The category's department may not hold a report that was only verified, not dispatched to it.
      ['hold', { note }, 'verified', 'official', 403],
      ['hold', { note }, 'in_progress', 'otherOfficial', 403],
      // Moderators hold before dispatch; once the department works on it, the hold is the department's.
      ['hold', { note }, 'in_progress', 'moderator', 409],
      ['resume', {}, 'held_by_department', 'moderator', 403],
      ['resume', {}, 'held_by_department', 'otherOfficial', 403],
      ['resume', {}, 'held_by_moderators', 'official', 403],
      ['not_our_authority', { note }, 'dispatched', 'moderator', 403],
      ['not_our_authority', { note }, 'dispatched', 'otherOfficial', 403],
      ['mark_duplicate', { duplicateOf: 'ORIGINAL' }, 'verified', 'official', 403],
      ['mark_duplicate', { duplicateOf: 'ORIGINAL' }, 'verified', 'citizen', 403],
      ['close', { note }, 'not_our_authority', 'official', 403],
      ['close', { note }, 'not_our_authority', 'citizen', 403],
      ['confirm', {}, 'resolved', 'official', 403],
      ['confirm', { rating: 5 }, 'resolved', 'otherCitizen', 403],
      ['reopen', { note }, 'resolved', 'otherCitizen', 403],
      ['reopen', { note }, 'resolved', 'moderator', 403],
      ['reopen', { note }, 'resolved', 'official', 403],
      ['rate', { rating: 1 }, 'resolved', 'otherCitizen', 403],
      ['rate', { rating: 1 }, 'resolved', 'official', 403],
      ['note', { note }, 'verified', 'citizen', 403],
      ['note', { note }, 'verified', 'otherCitizen', 403],
      ['note', { note }, 'confidential_dispatched', 'otherOfficial', 404],
    ];

    it.each(CASES)('%s %j on a %s report by %s: %i', async (action, body, stage, caller, status) => {
      const code = reports[stage];
      const before = await snapshot(code);
      const payload = { action, ...body, ...(body['duplicateOf'] ? { duplicateOf: original } : {}) };
      const res = await w.act(caller, code, payload);
      expect(res.status).toBe(status);
      const expectedCode = { 401: 'unauthorized', 403: 'forbidden', 404: 'report_not_found', 409: 'illegal_transition' }[status];
      expect(res.body.code).toBe(expectedCode);
      expect(await snapshot(code)).toEqual(before);
    });
  });
});
