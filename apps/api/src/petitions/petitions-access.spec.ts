import { Browser, createUser } from '../notifications/notification-fixtures';
import { CALLERS, Caller, ReportWorld, reportWorld } from '../reports/report-fixtures';

/**
 * Who may call each petitions endpoint, written out per caller: a visitor, the creator (citizen), another
 * citizen, a sponsor, a moderator, an official of the petition's department (DPU) and of another
 * (DLH), an admin. The expected status is the first answer the caller gets; a write that succeeds
 * is tried last, on a petition of its own, so the other cells see the state before it.
 */
type Who = Caller | 'sponsor';
const WHO: Who[] = [...CALLERS, 'sponsor'];
type Matrix = Record<Who, number>;

const all = (status: number, overrides: Partial<Matrix> = {}): Matrix => ({ ...Object.fromEntries(WHO.map((w) => [w, status])), ...overrides }) as Matrix;

describe('petitions: who may call what', () => {
  let w: ReportWorld;
  let as: Record<Who, Browser>;
  let category: string;
  let sponsorToken: string;
  /** Enough sponsors, with the three callers below, to send a petition to the moderators. */
  const extraSponsors: Browser[] = [];
  const codes = {} as Record<'draft' | 'gathering' | 'pending' | 'open', string>;

  beforeAll(async () => {
    w = await reportWorld({
      rateLimitMax: 1_000_000,
      petitions: {
        sponsors: 8,
        openDays: 90,
        responseThreshold: 500,
        agendaThreshold: 2500,
        responseDays: 21,
        moderationWorkingDays: 10,
        countIntervalMs: 5000,
        signsPerAccountPerHour: 1000,
        signsPerIpPerMinute: 1_000_000,
        createsPerAccountPerDay: 1000,
        createsPerIpPerHour: 1000,
        unusualSigning: 5,
      },
    });
    await createUser(w.t, 'sponsor@example.id', { roles: ['citizen'] });
    as = { ...w.as, sponsor: await new Browser(w.t).login('sponsor@example.id') };
    for (let i = 1; i <= 5; i++) {
      await createUser(w.t, `pendukung${i}@example.id`, { roles: ['citizen'] });
      extraSponsors.push(await new Browser(w.t).login(`pendukung${i}@example.id`));
    }
    await w.t.dataSource.query(`UPDATE app_user SET home_area_id = $1`, [w.area.kelurahan]);
    [{ id: category }] = await w.t.dataSource.query(`SELECT id FROM category WHERE module = 'petition' AND code = 'infrastruktur'`);
    codes.draft = await create();
    codes.gathering = await create();
    sponsorToken = await requestSponsors(codes.gathering);
    await as.sponsor.post(`/api/petitions/sponsor/${sponsorToken}`).expect(200);
    codes.pending = await pending();
    codes.open = await pending();
    await as.moderator.post(`/api/petitions/${codes.open}/moderation`).send({ action: 'publish', departmentId: w.departments.dpu }).expect(200);
  });
  afterAll(() => w.t.close());

  const draftBody = () => ({
    title: 'Perbaiki lampu jalan di Jalan Siliwangi',
    background: 'Lampu jalan padam sejak sebulan lalu dan jalan menjadi gelap serta rawan.',
    categoryId: category,
    scope: 'city',
  });
  async function create(): Promise<string> {
    return (await as.citizen.post('/api/petitions').send(draftBody()).expect(201)).body.code;
  }
  async function requestSponsors(code: string): Promise<string> {
    const res = await as.citizen.post(`/api/petitions/${code}/request-sponsors`).expect(200);
    return String(res.body.moderation.sponsorLink).split('/').pop() as string;
  }
  /** A petition waiting for moderators; the sponsor is one of its sponsors. */
  async function pending(): Promise<string> {
    const code = await create();
    const token = await requestSponsors(code);
    for (const b of [as.sponsor, as.otherCitizen, as.otherOfficial, ...extraSponsors]) await b.post(`/api/petitions/sponsor/${token}`).expect(200);
    return code;
  }

  async function check(matrix: Matrix, call: (b: Browser) => Promise<{ status: number }>): Promise<void> {
    const got = {} as Matrix;
    // Those expected to succeed go last: their change must not alter what the others meet.
    const order = [...WHO].sort((a, b) => Number(matrix[a] < 300) - Number(matrix[b] < 300));
    for (const who of order) got[who] = (await call(as[who])).status;
    expect(got).toEqual(matrix);
  }
  const get = (url: string) => (b: Browser) => b.agent.get(url);

  it('reads: public lists and figures for everyone; own lists for citizens; staff lists for staff', async () => {
    await check(all(200), get('/api/petitions'));
    await check(all(200), get('/api/petitions/similar?title=lampu%20jalan'));
    await check(all(200), get('/api/petitions/responses-by-department'));
    await check(all(200), get('/api/petitions/rejection-reasons'));
    await check(all(200, { visitor: 401 }), get('/api/petitions/mine'));
    await check(all(200, { visitor: 401 }), get('/api/petitions/signed'));
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get('/api/petitions/moderation'));
    await check(all(403, { visitor: 401, moderator: 200, official: 200, otherOfficial: 200, admin: 200 }), get('/api/petitions/agenda'));
    for (const path of ['count', 'signatures-by-area', 'signatures-by-area.csv']) {
      await check(all(200), get(`/api/petitions/${codes.open}/${path}`));
      await check(all(404), get(`/api/petitions/${codes.pending}/${path}`));
    }
  });

  it('one petition: a draft its creator’s, one in the works its creator’s, sponsors’ and moderators’, a published one everyone’s', async () => {
    await check(all(404, { citizen: 200, admin: 200 }), get(`/api/petitions/${codes.draft}`));
    await check(all(404, { citizen: 200, sponsor: 200, moderator: 200, admin: 200 }), get(`/api/petitions/${codes.gathering}`));
    // otherCitizen and otherOfficial sponsor the pending one (see pending()).
    await check(all(404, { citizen: 200, sponsor: 200, otherCitizen: 200, otherOfficial: 200, moderator: 200, admin: 200 }), get(`/api/petitions/${codes.pending}`));
    await check(all(200), get(`/api/petitions/${codes.open}`));
    await check(all(200, { visitor: 401 }), get(`/api/petitions/sponsor/${sponsorToken}`));
  });

  it('drafting: only the creator edits and asks for sponsors; a sponsor link takes any other citizen', async () => {
    await check(all(404, { visitor: 401, admin: 403, citizen: 200 }), (b) => b.send('put', `/api/petitions/${codes.draft}`).send(draftBody()));
    await check(all(404, { visitor: 401, admin: 403, citizen: 200 }), (b) => b.post(`/api/petitions/${codes.draft}/request-sponsors`));
    const token = await requestSponsors(await create());
    await check(all(200, { visitor: 401, citizen: 409 }), (b) => b.post(`/api/petitions/sponsor/${token}`));
  });

  it('moderation: moderators and admins only', async () => {
    const body = { action: 'reject', reasonCode: 'unclear', details: 'Permintaan tidak jelas.' };
    // Each of the two who may gets a petition of their own; everyone else tries the first.
    const forAdmin = await pending();
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), (b) =>
      b.post(`/api/petitions/${b === as.admin ? forAdmin : codes.pending}/moderation`).send(body),
    );
  });

  it('signing and withdrawing: verified citizens; the response: the department’s officials and admins', async () => {
    await check(all(201, { visitor: 401 }), (b) => b.post(`/api/petitions/${codes.open}/signatures`).send({}));
    await check(all(200, { visitor: 401 }), (b) => b.send('delete', `/api/petitions/${codes.open}/signatures/mine`));
    const response = { summary: 'Lampu akan diganti minggu depan oleh DPU.', details: 'Penggantian 12 lampu dijadwalkan Senin depan.' };
    await check(all(403, { visitor: 401, official: 200, admin: 200 }), (b) => b.send('put', `/api/petitions/${codes.open}/response`).send(response));
  });

  it('abuse tools: moderators; the rejection reasons and blocked domains: admins', async () => {
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), get(`/api/petitions/${codes.open}/signing-activity`));
    await check(all(403, { visitor: 401, moderator: 200, admin: 200 }), (b) =>
      b.post(`/api/petitions/${codes.open}/signatures/invalidate`).send({ criterion: 'ip', ip: '203.0.113.9', dryRun: true }),
    );
    const reason = { code: 'commercial', labelId: 'Bersifat komersial', labelEn: 'Commercial', hidesText: false, active: true };
    await check(all(403, { visitor: 401, admin: 200 }), (b) => b.send('put', '/api/petitions/rejection-reasons').send(reason));
    await check(all(403, { visitor: 401, admin: 200 }), get('/api/admin/petition-blocked-domains'));
    await check(all(403, { visitor: 401, admin: 201 }), (b) => b.post('/api/admin/petition-blocked-domains').send({ domain: 'buang.example' }));
    await check(all(403, { visitor: 401, admin: 204 }), (b) => b.send('delete', '/api/admin/petition-blocked-domains/buang.example'));
  });
});
