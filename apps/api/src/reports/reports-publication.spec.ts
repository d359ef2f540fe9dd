import sharp from 'sharp';
import { CALLERS, ReportWorld, advance, reportWorld } from './report-fixtures';

/**
 * When a report's content becomes public (report-access.ts `contentIsPublic`): once a moderator
 * verified it, whatever came after (a merge included), never while it is rejected, never if it is
 * confidential. Before that only the reporter and the staff (moderators, admins, the department
 * it was dispatched to) read it; others may learn its status, except of a confidential report.
 */
const STAGES = [
  'submitted',
  'verified',
  'rejected_unverified',
  'rejected_verified',
  'duplicate_unverified',
  'duplicate_verified',
  'dispatched',
] as const;
type Stage = (typeof STAGES)[number];
const PRIVACIES = ['public', 'anonymous', 'confidential'] as const;
type Privacy = (typeof PRIVACIES)[number];

/** What Open311's `requests/{id}` (a visitor) gets: the whole request, its id and status only, or a 404. */
type Open311Answer = 'full' | 'status_only' | 404;

/**
 * One row per stage and privacy. Callers in the order of CALLERS: visitor, reporter (`citizen`),
 * otherCitizen, moderator, official (DPU, the category's department and the one it is dispatched
 * to), otherOfficial (DLH), admin. `detail`: GET /api/reports/{code} and GET …/attachments/{id}
 * (the reporter's photo), which always answer alike; `status`: GET /api/reports/{code}/status.
 */
// prettier-ignore
const MATRIX: [Stage, Privacy, { detail: number[]; status: number[]; open311: Open311Answer }][] = [
  //                                        visitor rep  other mod  DPU  DLH  admin
  ['submitted',            'public',       { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['submitted',            'anonymous',    { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['submitted',            'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['verified',             'public',       { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['verified',             'anonymous',    { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['verified',             'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['rejected_unverified',  'public',       { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['rejected_unverified',  'anonymous',    { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['rejected_unverified',  'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['rejected_verified',    'public',       { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['rejected_verified',    'anonymous',    { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['rejected_verified',    'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['duplicate_unverified', 'public',       { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['duplicate_unverified', 'anonymous',    { detail: [404, 200, 404, 200, 404, 404, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'status_only' }],
  ['duplicate_unverified', 'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['duplicate_verified',   'public',       { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['duplicate_verified',   'anonymous',    { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['duplicate_verified',   'confidential', { detail: [404, 200, 404, 200, 404, 404, 200], status: [404, 200, 404, 200, 404, 404, 200], open311: 404 }],
  ['dispatched',           'public',       { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['dispatched',           'anonymous',    { detail: [200, 200, 200, 200, 200, 200, 200], status: [200, 200, 200, 200, 200, 200, 200], open311: 'full' }],
  ['dispatched',           'confidential', { detail: [404, 200, 404, 200, 200, 404, 200], status: [404, 200, 404, 200, 200, 404, 200], open311: 404 }],
];

describe('reports: publication (who reads a report at each stage)', () => {
  let w: ReportWorld;
  let target = '';
  const reports = new Map<string, { code: string; attachment: string }>();
  const key = (stage: Stage, privacy: Privacy) => `${stage}/${privacy}`;

  beforeAll(async () => {
    w = await reportWorld();
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 60, b: 60 } } })
      .jpeg()
      .toBuffer();
    // The report the duplicates are merged into: public and verified.
    target = (await w.file('otherCitizen', { title: 'Jalan berlubang di depan pasar induk' })).code;
    await w.act('moderator', target, { action: 'verify' }).expect(200);
    const reject = { action: 'reject', reasonCode: 'personal_data', note: 'Memuat nomor telepon orang lain.' };
    const steps: Record<Stage, Record<string, unknown>[]> = {
      submitted: [],
      verified: [{ action: 'verify' }],
      rejected_unverified: [reject],
      rejected_verified: [{ action: 'verify' }, reject],
      duplicate_unverified: [{ action: 'mark_duplicate', duplicateOf: target }],
      duplicate_verified: [{ action: 'verify' }, { action: 'mark_duplicate', duplicateOf: target }],
      dispatched: [],
    };
    for (const stage of STAGES) {
      for (const privacy of PRIVACIES) {
        const upload = await w.as.citizen.post('/api/uploads').attach('file', photo, { filename: 'foto.jpg', contentType: 'image/jpeg' });
        const { code } = await w.file('citizen', { privacy, title: `Laporan ${privacy} ${stage}`, attachmentIds: [upload.body.id] });
        for (const step of steps[stage]) await w.act('moderator', code, step).expect(200);
        if (stage === 'dispatched') await advance(w, code, 'dispatched');
        reports.set(key(stage, privacy), { code, attachment: upload.body.id });
      }
    }
    // Twenty-two reports walked through the workflow over HTTP: more than the default 30 s on a busy machine.
  }, 300_000);
  afterAll(() => w.t.close());

  it.each(MATRIX)('%s, %s', async (stage, privacy, expected) => {
    const { code, attachment } = reports.get(key(stage, privacy)) ?? { code: '', attachment: '' };
    const detail: number[] = [];
    const file: number[] = [];
    const status: number[] = [];
    for (const caller of CALLERS) {
      detail.push((await w.as[caller].agent.get(`/api/reports/${code}`)).status);
      file.push((await w.as[caller].agent.get(`/api/reports/${code}/attachments/${attachment}`)).status);
      const answer = await w.as[caller].agent.get(`/api/reports/${code}/status`);
      status.push(answer.status);
      if (answer.status === 200) expect(answer.body).toEqual({ code, status: expect.any(String), createdAt: expect.any(String) });
    }
    expect({ detail, file, status }).toEqual({ detail: expected.detail, file: expected.detail, status: expected.status });

    const open311 = await w.as.visitor.agent.get(`/open311/v2/requests/${code}.json`);
    expect([200, 404]).toContain(open311.status);
    const answer: Open311Answer = open311.status === 404 ? 404 : open311.body[0].description === null ? 'status_only' : 'full';
    expect(answer).toBe(expected.open311);
    if (answer === 'status_only') {
      // Nothing of its content: no text, place, category or notes.
      expect(open311.body[0]).toMatchObject({ service_request_id: code, status: expect.stringMatching(/^(open|closed)$/) });
      for (const field of ['description', 'address', 'address_id', 'lat', 'long', 'status_notes', 'service_code', 'service_name'])
        expect({ field, value: open311.body[0][field] }).toEqual({ field, value: null });
    }
  });

  it('lists only what is published and not merged, for everyone', async () => {
    const listed = (await w.as.admin.agent.get('/api/reports?limit=100').expect(200)).body.items.map((r: { code: string }) => r.code);
    const expected = [
      target,
      ...['verified', 'dispatched'].flatMap((stage) => ['public', 'anonymous'].map((p) => reports.get(`${stage}/${p}`)?.code)),
    ];
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  it('keeps what was not dispatched to a department out of its officials’ inbox, whatever the status filter', async () => {
    const codesIn = async (status: string) =>
      (await w.as.official.agent.get(`/api/reports/inbox?status=${status}&limit=100`).expect(200)).body.items.map(
        (r: { code: string }) => r.code,
      );
    expect(await codesIn('submitted')).toEqual([]);
    expect(await codesIn('verified')).toEqual([]);
    expect(await codesIn('rejected')).toEqual([]);
    expect([...(await codesIn('dispatched'))].sort()).toEqual(PRIVACIES.map((p) => reports.get(`dispatched/${p}`)?.code).sort());
  });

  it('lets others support or follow only what they may read', async () => {
    const unverified = reports.get('submitted/public')?.code;
    const verified = reports.get('verified/public')?.code;
    await w.as.otherCitizen.send('put', `/api/reports/${unverified}/support`).expect(404);
    await w.as.otherCitizen.send('put', `/api/reports/${unverified}/follow`).expect(404);
    await w.as.otherCitizen.send('put', `/api/reports/${verified}/support`).expect(204);
    await w.as.otherCitizen.send('put', `/api/reports/${verified}/follow`).expect(204);
    expect(
      await w.t.dataSource.query(
        `SELECT r.code FROM report_follower f JOIN report r ON r.id = f.report_id WHERE f.user_id = $1 AND r.code = ANY($2)`,
        [w.ids.otherCitizen, [unverified, verified]],
      ),
    ).toEqual([{ code: verified }]);
  });

  it('keeps what is not public out of every cache; published files may stay in the browser', async () => {
    const unverified = reports.get('submitted/public');
    const published = reports.get('verified/public');
    const own = await w.as.citizen.agent.get(`/api/reports/${unverified?.code}`).expect(200);
    expect(own.headers['cache-control']).toBe('no-store');
    const ownFile = await w.as.citizen.agent.get(`/api/reports/${unverified?.code}/attachments/${unverified?.attachment}`).expect(200);
    expect(ownFile.headers['cache-control']).toBe('no-store');
    const confidential = reports.get('dispatched/confidential');
    const secretFile = await w.as.official.agent
      .get(`/api/reports/${confidential?.code}/attachments/${confidential?.attachment}`)
      .expect(200);
    expect(secretFile.headers['cache-control']).toBe('no-store');
    const publicFile = await w.as.visitor.agent.get(`/api/reports/${published?.code}/attachments/${published?.attachment}`).expect(200);
    expect(publicFile.headers['cache-control']).toBe('private, max-age=3600');
    const publicDetail = await w.as.visitor.agent.get(`/api/reports/${published?.code}`).expect(200);
    expect(publicDetail.headers['cache-control']).not.toBe('no-store');
    expect(publicDetail.body.published).toBe(true);
    expect(own.body.published).toBe(false);
  });

  it('tells only the reporter when a published report is withdrawn by a rejection', async () => {
    const { code } = await w.file('citizen', { title: 'Laporan yang memuat nama tetangga' });
    await w.act('moderator', code, { action: 'verify' }).expect(200);
    await w.as.otherCitizen.send('put', `/api/reports/${code}/follow`).expect(204);
    await w.act('moderator', code, { action: 'reject', reasonCode: 'personal_data', note: 'Memuat nama orang lain.' }).expect(200);
    const told = async (userId: string) =>
      (
        await w.t.dataSource.query(`SELECT params->>'status' AS status FROM notification WHERE user_id = $1 AND params->>'code' = $2`, [
          userId,
          code,
        ])
      ).map((n: { status: string }) => n.status);
    expect(await told(w.ids.citizen)).toEqual(expect.arrayContaining(['rejected']));
    expect(await told(w.ids.otherCitizen)).toEqual([]);
  });

  it('tells the status of a report that is not public, and nothing of a confidential one', async () => {
    const rejected = reports.get('rejected_verified/public')?.code;
    const res = await w.as.visitor.agent.get(`/api/reports/${rejected}/status`).expect(200);
    expect(res.body).toEqual({ code: rejected, status: 'rejected', createdAt: expect.any(String) });
    const secret = await w.as.visitor.agent.get(`/api/reports/${reports.get('verified/confidential')?.code}/status`).expect(404);
    expect(secret.body).toEqual({ statusCode: 404, code: 'report_not_found', message: 'Laporan tidak ditemukan.' });
    await w.as.visitor.agent.get('/api/reports/LPR-2026-999999/status').expect(404);
  });

  it('finds a code typed with spaces or in lower case, the digits as typed', async () => {
    const code = reports.get('verified/public')?.code ?? '';
    const [, year, digits] = code.split('-');
    await w.as.visitor.agent.get(`/api/reports/${encodeURIComponent(`lpr ${year} ${digits}`)}`).expect(200);
    await w.as.visitor.agent.get(`/api/reports/${encodeURIComponent(`LPR ${year}-${digits}`)}/status`).expect(200);
    const short = await w.as.visitor.agent.get(`/api/reports/LPR-${year}-${Number(digits)}`).expect(404);
    expect(short.body.code).toBe('report_not_found');
  });
});
