import { CALLERS, Caller, ReportWorld, advance, reportWorld } from './report-fixtures';

describe('reports: who sees what', () => {
  let w: ReportWorld;
  const codes = {} as Record<'public' | 'anonymous' | 'confidential', string>;

  beforeAll(async () => {
    w = await reportWorld();
    for (const privacy of ['public', 'anonymous', 'confidential'] as const) {
      codes[privacy] = (await w.file('citizen', { privacy, title: `Laporan ${privacy} tentang jalan rusak` })).code;
      await advance(w, codes[privacy], 'dispatched');
    }
  });
  afterAll(() => w.t.close());

  // Dispatched to DPU: `official` handles them, `otherOfficial` (DLH) does not.
  const matrix: [Caller, { public: number; anonymous: number; confidential: number }, boolean][] = [
    ['visitor', { public: 200, anonymous: 200, confidential: 404 }, false],
    ['citizen', { public: 200, anonymous: 200, confidential: 200 }, true],
    ['otherCitizen', { public: 200, anonymous: 200, confidential: 404 }, false],
    ['moderator', { public: 200, anonymous: 200, confidential: 200 }, true],
    ['official', { public: 200, anonymous: 200, confidential: 200 }, false],
    ['otherOfficial', { public: 200, anonymous: 200, confidential: 404 }, false],
    ['admin', { public: 200, anonymous: 200, confidential: 200 }, true],
  ];

  it.each(matrix)('%s: GET /api/reports/:code by privacy', async (caller, expected, seesAnonymousReporter) => {
    for (const privacy of ['public', 'anonymous', 'confidential'] as const) {
      const res = await w.as[caller].agent.get(`/api/reports/${codes[privacy]}`);
      expect({ privacy, status: res.status }).toEqual({ privacy, status: expected[privacy] });
      if (res.status === 404) expect(res.body).toEqual({ statusCode: 404, code: 'report_not_found', message: 'Laporan tidak ditemukan.' });
    }
    const anonymous = await w.as[caller].agent.get(`/api/reports/${codes.anonymous}`).expect(200);
    expect({ caller, reporterName: anonymous.body.reporterName }).toEqual({
      caller,
      reporterName: seesAnonymousReporter ? 'citizen' : null,
    });
    const open = await w.as[caller].agent.get(`/api/reports/${codes.public}`).expect(200);
    expect(open.body.reporterName).toBe('citizen');
  });

  it('shows internal events only to staff handling the report', async () => {
    await w.act('official', codes.public, { action: 'note', note: 'Catatan internal DPU', public: false }).expect(200);
    const kinds = async (caller: Caller) =>
      ((await w.as[caller].agent.get(`/api/reports/${codes.public}`)).body.timeline as { note: string | null }[]).map((e) => e.note);
    expect(await kinds('official')).toContain('Catatan internal DPU');
    expect(await kinds('moderator')).toContain('Catatan internal DPU');
    for (const caller of ['visitor', 'citizen', 'otherOfficial'] as const)
      expect(await kinds(caller)).not.toContain('Catatan internal DPU');
  });

  it('answers 404 for an unknown or malformed code, and for actions on what one cannot see', async () => {
    await w.as.visitor.agent.get('/api/reports/LPR-2026-999999').expect(404);
    await w.as.visitor.agent.get('/api/reports/bukan-kode').expect(404);
    await w.act('otherOfficial', codes.confidential, { action: 'note', note: 'x' }).expect(404);
    await w.as.otherCitizen.send('put', `/api/reports/${codes.confidential}/support`).expect(404);
  });

  it('keeps confidential and unverified reports out of the public list, and anonymous reporters unnamed', async () => {
    const fresh = await w.file('citizen', { title: 'Laporan baru yang belum diverifikasi' });
    const list = await w.as.visitor.agent.get('/api/reports?limit=100').expect(200);
    const listed = list.body.items.map((r: { code: string }) => r.code);
    expect(listed).toEqual(expect.arrayContaining([codes.public, codes.anonymous]));
    expect(listed).not.toContain(codes.confidential);
    expect(listed).not.toContain(fresh.code);
    expect(list.body.items.find((r: { code: string }) => r.code === codes.anonymous).reporterName).toBeNull();
  });

  it.each(CALLERS.map((caller) => [caller]))('GET /api/reports/queue and /inbox: %s', async (caller) => {
    const queue = await w.as[caller].agent.get('/api/reports/queue');
    const inbox = await w.as[caller].agent.get('/api/reports/inbox');
    const expected: Record<Caller, [number, number]> = {
      visitor: [401, 401],
      citizen: [403, 403],
      otherCitizen: [403, 403],
      moderator: [200, 403],
      official: [403, 200],
      otherOfficial: [403, 200],
      admin: [200, 200],
    };
    expect([queue.status, inbox.status]).toEqual(expected[caller]);
  });

  it('gives each official the reports of their own departments only, confidential ones included', async () => {
    const dpu = (await w.as.official.agent.get('/api/reports/inbox').expect(200)).body.items.map((r: { code: string }) => r.code);
    expect(dpu).toEqual(expect.arrayContaining([codes.public, codes.anonymous, codes.confidential]));
    const dlh = (await w.as.otherOfficial.agent.get('/api/reports/inbox').expect(200)).body.items.map((r: { code: string }) => r.code);
    expect(dlh).not.toContain(codes.confidential);
    await w.as.otherOfficial.agent.get(`/api/reports/inbox?departmentId=${w.departments.dpu}`).expect(403);
  });

  it('lists my own reports, whatever their privacy', async () => {
    const mine = (await w.as.citizen.agent.get('/api/reports/mine').expect(200)).body.items.map((r: { code: string }) => r.code);
    expect(mine).toEqual(expect.arrayContaining(Object.values(codes)));
    expect((await w.as.otherCitizen.agent.get('/api/reports/mine').expect(200)).body.items).toEqual([]);
    await w.as.visitor.agent.get('/api/reports/mine').expect(401);
  });
});
