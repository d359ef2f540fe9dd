import { CALLERS, Caller, ReportBody, ReportWorld, advance, reportWorld } from '../reports/report-fixtures';

// The penetration test's findings (issue 9), each once against the real endpoint: bad input is a
// 400 naming the field, in the caller's language, never a 500. The shared rules behind them are
// tested with sample controllers in error-envelope.spec.ts.

const token = (text: string) => Buffer.from(text).toString('base64url');
const ID = '0b7e4c1e-5d2a-4f7b-9a51-2f0c8e6d9a10';
const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('input hardening on the real endpoints', () => {
  let w: ReportWorld;
  let report: ReportBody;

  beforeAll(async () => {
    w = await reportWorld();
    report = await w.file('citizen', { title: 'Jalan berlubang di depan pasar Johar' });
    await advance(w, report.code, 'verified');
  });
  afterAll(() => w.t.close());

  /** A request of the who-may-call matrix: the caller's session (and CSRF header for writes). */
  function call(caller: Caller, method: 'get' | 'post' | 'patch' | 'put', url: string) {
    const browser = w.as[caller];
    return method === 'get' ? browser.agent.get(url) : browser.send(method, url);
  }

  describe('date filters (1)', () => {
    it.each(CALLERS)('answers a week date or a month in the public list with 400 for %s', async (caller) => {
      const week = await call(caller, 'get', '/api/reports?from=2026-W01').expect(400);
      expect(week.body.details).toEqual([
        { field: 'from', code: 'isCalendarDate', message: 'Kolom «Tanggal awal» harus berupa tanggal yang ada, dengan format YYYY-MM-DD.' },
      ]);
      const month = await call(caller, 'get', '/api/reports?to=2026-12').set('Accept-Language', 'en').expect(400);
      expect(month.body.details).toEqual([
        { field: 'to', code: 'isCalendarDate', message: 'Field «To date» must be an existing date written YYYY-MM-DD.' },
      ]);
    });

    it.each([
      [
        '/api/reports/mine',
        { visitor: 401, citizen: 400, otherCitizen: 400, moderator: 400, official: 400, otherOfficial: 400, admin: 400 },
      ],
      [
        '/api/reports/queue',
        { visitor: 401, citizen: 403, otherCitizen: 403, moderator: 400, official: 403, otherOfficial: 403, admin: 400 },
      ],
      [
        '/api/reports/inbox',
        { visitor: 401, citizen: 403, otherCitizen: 403, moderator: 403, official: 400, otherOfficial: 400, admin: 400 },
      ],
    ] as [string, Record<Caller, number>][])('checks %s: who may call it first, then the date', async (path, expected) => {
      for (const caller of CALLERS) {
        const res = await call(caller, 'get', `${path}?to=2026-12`);
        expect([caller, res.status]).toEqual([caller, expected[caller]]);
        if (res.status === 400) expect(res.body.details).toEqual([expect.objectContaining({ field: 'to', code: 'isCalendarDate' })]);
      }
    });

    it('still filters by real dates', async () => {
      const res = await w.as.visitor.agent.get('/api/reports?from=2000-01-01&to=2099-12-31').expect(200);
      expect(res.body.items.map((r: { code: string }) => r.code)).toEqual([report.code]);
    });

    it('answers a bad date of the export with a 400 before any byte of the file', async () => {
      const res = await w.as.visitor.agent.get('/api/reports/export?format=csv&from=2026-W01').expect(400);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'from', code: 'isCalendarDate' })]);
      const signedIn = await w.as.citizen.agent.get('/api/reports/export?format=json&to=2026-12').expect(400);
      expect(signedIn.body.details).toEqual([expect.objectContaining({ field: 'to', code: 'isCalendarDate' })]);
    });

    it.each([
      ['start_date=2026-W01', 'start_date'],
      ['end_date=2026-12', 'end_date'],
      ['start_date=2026-03-01T10:00:00', 'start_date'],
      ['start_date=%2B275760-09-13', 'start_date'],
    ])('answers Open311 %s with the spec’s error list', async (query, field) => {
      const res = await w.as.visitor.agent.get(`/open311/v2/requests.json?${query}`).expect(400);
      expect(res.body).toEqual([
        {
          code: 400,
          description: `Kolom «${field}» harus berupa tanggal (YYYY-MM-DD) atau tanggal dan jam dengan zona waktunya (mis. 2026-03-01T10:00:00+07:00).`,
        },
      ]);
      const xml = await w.as.visitor.agent.get(`/open311/v2/requests.xml?${query}&locale=en`).expect(400);
      expect(xml.text).toContain('<errors><error><code>400</code><description>Field «');
    });
  });

  describe('full-text search (2)', () => {
    it.each(['-'.repeat(40), '!!!', '"" () <-> :*'])('drops a search with no words in it (%p) instead of failing', async (q) => {
      const all = await w.as.visitor.agent.get('/api/reports').expect(200);
      const res = await w.as.visitor.agent.get('/api/reports').query({ q }).expect(200);
      expect(res.body.items).toEqual(all.body.items);
      await w.as.moderator.agent.get('/api/reports/queue').query({ q }).expect(200);
    });

    it('searches the words among the punctuation', async () => {
      const res = await w.as.visitor.agent.get('/api/reports').query({ q: '---jalan!!! "berlubang" -(pasar)' }).expect(200);
      expect(res.body.items.map((r: { code: string }) => r.code)).toEqual([report.code]);
      const none = await w.as.visitor.agent.get('/api/reports').query({ q: '-------- banjir' }).expect(200);
      expect(none.body.items).toEqual([]);
    });
  });

  describe('list cursors (3)', () => {
    it.each([
      ['an impossible date', token(`2026-13-45T99:99:99Z|${'-'.repeat(36)}`)],
      ['a real date and 36 characters that are no UUID', token(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`)],
      ['an extreme year', token(`+275760-09-13T00:00:00.000Z|${ID}`)],
      ['garbage', 'bukan-kursor'],
    ])('answers a cursor holding %s with 400 naming `after`', async (_case, after) => {
      const res = await w.as.visitor.agent.get('/api/reports').query({ after }).expect(400);
      expect(res.body.details).toEqual([
        { field: 'after', code: 'invalid_cursor', message: 'Posisi daftar tidak valid; muat ulang daftar dari awal.' },
      ]);
      const mine = await w.as.citizen.agent.get('/api/reports/mine').query({ after }).expect(400);
      expect(mine.body.details).toEqual([expect.objectContaining({ field: 'after', code: 'invalid_cursor' })]);
    });
  });

  describe('lone UTF-16 surrogates (4)', () => {
    const cases: [string, Caller, 'post' | 'patch' | 'put', () => string, () => Record<string, unknown>, string][] = [
      ['sign-in', 'visitor', 'post', () => '/api/auth/login', () => ({ email: 'warga\ud800@example.id', password: 'apa saja' }), 'email'],
      [
        'registration',
        'visitor',
        'post',
        () => '/api/auth/register',
        () => ({ name: 'Budi', email: 'budi\ud800@example.id', password: 'kata-sandi-yang-panjang' }),
        'email',
      ],
      ['password reset', 'visitor', 'post', () => '/api/auth/password/forgot', () => ({ email: 'budi\udc00@example.id' }), 'email'],
      [
        'a report title',
        'citizen',
        'post',
        () => '/api/reports',
        () => ({
          type: 'complaint',
          privacy: 'public',
          title: 'Jalan berlubang \ud800 di pasar',
          description: 'Lubang besar di badan jalan membahayakan pengendara motor.',
          categoryId: w.categories.roads,
          areaId: w.area.kelurahan,
        }),
        'title',
      ],
      ['a profile name', 'citizen', 'patch', () => '/api/me', () => ({ name: 'Bu\ud800di' }), 'name'],
      ['an API key name', 'official', 'post', () => '/api/me/api-keys', () => ({ name: 'Integrasi \udbff' }), 'name'],
      ['a holiday name', 'admin', 'put', () => '/api/admin/holidays/2026-08-18', () => ({ name: 'Cuti bersama \ud800' }), 'name'],
      [
        'a suspension reason',
        'admin',
        'post',
        () => `/api/admin/users/${w.ids.otherCitizen}/suspend`,
        () => ({ reason: 'Spam \udc00' }),
        'reason',
      ],
    ];

    it.each(cases)('refuses one in %s with 400 naming the field', async (_case, caller, method, url, body, field) => {
      const res = await call(caller, method, url()).send(body()).expect(400);
      expect(res.body.details).toEqual([
        {
          field,
          code: 'noLoneSurrogate',
          message: expect.stringMatching(/^Kolom «.+» berisi karakter yang rusak \(surrogate UTF-16 tanpa pasangan\)\.$/),
        },
      ]);
    });

    it('has stored nothing of it', async () => {
      const [{ n }] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE 'budi%'`);
      expect(n).toBe(0);
      expect((await w.as.citizen.agent.get('/api/me').expect(200)).body.name).toBe('citizen');
      expect((await w.as.official.agent.get('/api/me/api-keys').expect(200)).body).toEqual([]);
      const [{ suspended }] = await w.t.dataSource.query(`SELECT status = 'suspended' AS suspended FROM app_user WHERE id = $1`, [
        w.ids.otherCitizen,
      ]);
      expect(suspended).toBe(false);
    });
  });

  describe('coordinates (5)', () => {
    const base = () => ({
      type: 'complaint',
      privacy: 'public',
      title: 'Lampu jalan mati di Jl. Pemuda',
      description: 'Lampu jalan mati sejak seminggu, jalan gelap dan rawan kecelakaan.',
      categoryId: w.categories.roads,
      areaId: w.area.kelurahan,
    });

    it.each(CALLERS)('checks who may file first, then a latitude sent as text (%s)', async (caller) => {
      const res = await call(caller, 'post', '/api/reports').send({ ...base(), latitude: '-6.99', longitude: 110.42 });
      expect(res.status).toBe(caller === 'visitor' ? 401 : 400);
      if (caller !== 'visitor') expect(res.body.details).toEqual([expect.objectContaining({ field: 'latitude', code: 'isLatitude' })]);
    });

    it('reads null as absent: beside a number it is half a point, both null is no point', async () => {
      const half = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), latitude: null, longitude: 110.42 })
        .expect(400);
      expect(half.body.details).toEqual([
        {
          field: 'longitude',
          code: 'point_incomplete',
          message: 'Isi garis lintang dan garis bujur bersama-sama, atau kosongkan keduanya.',
        },
      ]);
      const none = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), latitude: null, longitude: null })
        .expect(201);
      expect(none.body).toMatchObject({ latitude: null, longitude: null });
      const point = await w.as.citizen
        .post('/api/reports')
        .send({ ...base(), latitude: -6.9932, longitude: 110.4203 })
        .expect(201);
      expect(point.body).toMatchObject({ latitude: -6.9932, longitude: 110.4203 });
    });

    it.each(CALLERS)('checks the point of the similar-reports suggestions as decimal numbers (%s)', async (caller) => {
      const url = '/api/reports/similar?title=Jalan%20berlubang';
      const word = await call(caller, 'get', `${url}&latitude=utara&longitude=110.42`).expect(400);
      expect(word.body.details).toEqual([expect.objectContaining({ field: 'latitude', code: 'isLatitude' })]);
      const half = await call(caller, 'get', `${url}&longitude=110.42`).expect(400);
      expect(half.body.details).toEqual([expect.objectContaining({ field: 'longitude', code: 'point_incomplete' })]);
      await call(caller, 'get', `${url}&latitude=-6.9932&longitude=110.4203`).expect(200);
    });
  });

  describe('deep JSON (6)', () => {
    it('refuses a body nested 20,000 levels deep with a 400, signed in or not', async () => {
      for (const [caller, url] of [
        ['citizen', '/api/reports'],
        ['visitor', '/api/auth/login'],
      ] as [Caller, string][]) {
        const res = await call(caller, 'post', url).set('Content-Type', 'application/json').send(nested(20_000)).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'json_too_deep' });
      }
    });
  });

  describe('caching of personal data (12)', () => {
    it('forbids storing what a signed-in caller gets, and the sign-in answer (it sets cookies)', async () => {
      expect((await w.as.citizen.agent.get('/api/me').expect(200)).headers['cache-control']).toBe('private, no-store');
      expect((await w.as.citizen.agent.get('/api/reports').expect(200)).headers['cache-control']).toBe('private, no-store');
      expect((await w.as.official.agent.get(`/api/reports/${report.code}`).expect(200)).headers['cache-control']).toBe('private, no-store');
      const signIn = await w.t
        .http()
        .post('/api/auth/login')
        .send({ email: 'citizen@example.id', password: 'kopi-tubruk-pagi-hari' })
        .expect(200);
      expect(signIn.headers['cache-control']).toBe('private, no-store');
    });

    it('does not force it on a visitor’s public list', async () => {
      const res = await w.t.http().get('/api/reports').expect(200);
      expect(res.headers['cache-control'] ?? '').not.toContain('no-store');
    });
  });
});
