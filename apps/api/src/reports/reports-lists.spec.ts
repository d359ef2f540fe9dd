import { ReportWorld, reportWorld } from './report-fixtures';

describe('reports: lists, search, suggestions, support', () => {
  let w: ReportWorld;
  const filed: string[] = [];

  beforeAll(async () => {
    w = await reportWorld();
    const reports: [string, Record<string, unknown>][] = [
      ['Jalan berlubang di Jalan Pemuda', { categoryId: w.categories.roads, latitude: -6.98, longitude: 110.41 }],
      ['Sampah menumpuk di tepi sungai', { categoryId: w.categories.waste, type: 'aspiration' }],
      ['Lampu jalan padam sepanjang gang', { categoryId: w.categories.roads, areaId: w.area.otherKelurahan }],
      ['Saluran air tersumbat sampah plastik', { categoryId: w.categories.waste }],
      ['Trotoar rusak dan berlubang dekat sekolah', { categoryId: w.categories.roads, latitude: -6.9801, longitude: 110.4102 }],
    ];
    for (const [title, overrides] of reports) {
      const { code } = await w.file('citizen', {
        title,
        description: `${title}. Mohon segera ditindaklanjuti oleh petugas.`,
        ...overrides,
      });
      await w.act('moderator', code, { action: 'verify' }).expect(200);
      filed.push(code);
    }
  });
  afterAll(() => w.t.close());

  const codesOf = (body: { items: { code: string }[] }) => body.items.map((r) => r.code);

  it('pages newest first with a keyset cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { items: { code: string }[]; nextCursor: string | null } } = await w.as.visitor.agent
        .get(`/api/reports?limit=2${after ? `&after=${after}` : ''}`)
        .expect(200);
      seen.push(...codesOf(page.body));
      after = page.body.nextCursor;
    } while (after);
    expect(seen).toEqual([...filed].reverse());
    const bad = await w.as.visitor.agent.get('/api/reports?after=rusak').expect(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'after', code: 'invalid_cursor' });
  });

  it('filters by category, type, kelurahan, kecamatan, status and date, and searches in Indonesian', async () => {
    const get = async (query: string) => codesOf((await w.as.visitor.agent.get(`/api/reports?${query}`).expect(200)).body);
    expect(await get(`categoryId=${w.categories.waste}`)).toEqual([filed[3], filed[1]]);
    expect(await get('type=aspiration')).toEqual([filed[1]]);
    expect(await get(`areaId=${w.area.otherKelurahan}`)).toEqual([filed[2]]);
    expect((await get(`kecamatanId=${w.area.kecamatan}`)).length).toBeGreaterThanOrEqual(4);
    expect(await get('status=dispatched')).toEqual([]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    expect(await get(`from=${today}&to=${today}`)).toHaveLength(5);
    expect(await get('to=2020-01-01')).toEqual([]);
    // Indonesian stemming: "berlubang" finds "lubang".
    expect(await get('q=lubang')).toEqual([filed[4], filed[0]]);
    expect(await get('q=sampah')).toEqual([filed[3], filed[1]]);
    // Paged one by one, the search finds its page among the newest candidates first, then falls back.
    const first = (await w.as.visitor.agent.get('/api/reports?q=sampah&limit=1').expect(200)).body;
    expect(codesOf(first)).toEqual([filed[3]]);
    const second = (await w.as.visitor.agent.get(`/api/reports?q=sampah&limit=1&after=${first.nextCursor}`).expect(200)).body;
    expect(codesOf(second)).toEqual([filed[1]]);
    expect(second.nextCursor).toBeNull();
    expect(await get(`q=sampah&categoryId=${w.categories.roads}`)).toEqual([]);
    // A NUL character (PostgreSQL refuses it) is a 400 on the field, not a 500.
    const nul = await w.as.visitor.agent.get('/api/reports?q=jalan%00').expect(400);
    expect(nul.body.details).toEqual([expect.objectContaining({ field: 'q', code: 'noNulCharacter' })]);
    const bad = await w.as.visitor.agent.get('/api/reports?from=kemarin&limit=1000').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'limit']);
    expect(bad.body.details.find((d: { field: string }) => d.field === 'from').message).toBe(
      'Kolom «Tanggal awal» harus berupa tanggal yang ada, dengan format YYYY-MM-DD.',
    );
  });

  it('puts the public list on a map: counts per kelurahan and the points, with the same filters, for anyone', async () => {
    // Not verified yet: on no map.
    const hidden = await w.file('citizen', { title: 'Belum diverifikasi di peta', latitude: -6.9803, longitude: 110.4103 });
    for (const caller of ['visitor', 'citizen', 'otherCitizen', 'moderator', 'official', 'otherOfficial', 'admin'] as const) {
      const map = (await w.as[caller].agent.get('/api/reports/map').expect(200)).body;
      expect(map.truncated).toBe(false);
      expect(map.areas).toEqual(
        expect.arrayContaining([
          { areaId: w.area.kelurahan, count: 4 },
          { areaId: w.area.otherKelurahan, count: 1 },
        ]),
      );
      expect(map.areas).toHaveLength(2);
      // Newest first, only the ones with a point, only what a marker shows.
      expect(map.points).toEqual([
        { code: filed[4], title: 'Trotoar rusak dan berlubang dekat sekolah', status: 'verified', latitude: -6.9801, longitude: 110.4102 },
        { code: filed[0], title: 'Jalan berlubang di Jalan Pemuda', status: 'verified', latitude: -6.98, longitude: 110.41 },
      ]);
      expect(map.points.map((p: { code: string }) => p.code)).not.toContain(hidden.code);
    }
    const waste = (await w.as.visitor.agent.get(`/api/reports/map?categoryId=${w.categories.waste}`).expect(200)).body;
    expect(waste).toEqual({ areas: [{ areaId: w.area.kelurahan, count: 2 }], points: [], truncated: false });
    expect((await w.as.visitor.agent.get('/api/reports/map?q=lubang').expect(200)).body.points).toHaveLength(2);
    const bad = await w.as.visitor.agent.get('/api/reports/map?from=2026-W01&limit=5').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'limit']);
  });

  it('suggests similar open reports in the same category or within 500 m', async () => {
    const byCategory = await w.as.visitor.agent
      .get(`/api/reports/similar?title=${encodeURIComponent('jalan berlubang pemuda')}&categoryId=${w.categories.roads}`)
      .expect(200);
    expect(byCategory.body[0]).toMatchObject({ code: filed[0], status: 'verified', distanceMeters: null });
    // Not one's own reports: the reporter cannot support them.
    const own = await w.as.citizen.agent
      .get(`/api/reports/similar?title=${encodeURIComponent('jalan berlubang pemuda')}&categoryId=${w.categories.roads}`)
      .expect(200);
    expect(own.body).toEqual([]);
    const nearby = await w.as.visitor.agent
      .get(`/api/reports/similar?title=${encodeURIComponent('trotoar berlubang')}&latitude=-6.98005&longitude=110.41005`)
      .expect(200);
    expect(nearby.body.map((r: { code: string }) => r.code)).toContain(filed[4]);
    expect(nearby.body.find((r: { code: string }) => r.code === filed[4]).distanceMeters).toBeLessThan(500);
    const far = await w.as.visitor.agent
      .get(`/api/reports/similar?title=${encodeURIComponent('trotoar berlubang')}&latitude=-7.2&longitude=110.9`)
      .expect(200);
    expect(far.body).toEqual([]);
    await w.as.visitor.agent.get('/api/reports/similar?title=ab').expect(400);
  });

  it('counts support once per citizen, never one’s own, and lets it be withdrawn', async () => {
    const code = filed[1];
    await w.as.otherCitizen.send('put', `/api/reports/${code}/support`).expect(204);
    await w.as.otherCitizen.send('put', `/api/reports/${code}/support`).expect(204);
    await w.as.moderator.send('put', `/api/reports/${code}/support`).expect(204);
    const own = await w.as.citizen.send('put', `/api/reports/${code}/support`).expect(409);
    expect(own.body.code).toBe('cannot_support_own');
    await w.as.visitor.agent.put(`/api/reports/${code}/support`).expect(401);
    let detail = await w.as.otherCitizen.agent.get(`/api/reports/${code}`).expect(200);
    expect(detail.body).toMatchObject({ supportCount: 2, supported: true, following: true });
    await w.as.otherCitizen.send('delete', `/api/reports/${code}/support`).expect(204);
    detail = await w.as.otherCitizen.agent.get(`/api/reports/${code}`).expect(200);
    expect(detail.body).toMatchObject({ supportCount: 1, supported: false, following: true });
    await w.as.otherCitizen.send('delete', `/api/reports/${code}/follow`).expect(204);
    expect((await w.as.otherCitizen.agent.get(`/api/reports/${code}`)).body.following).toBe(false);
    await w.as.official.send('put', `/api/reports/${code}/follow`).expect(204);
  });

  it('exports the public list as open data, CSV or JSON, with the same filters and no one’s name', async () => {
    const formula = await w.file('otherCitizen', {
      title: '=HYPERLINK("http://contoh.id","klik") jalan rusak',
      description: 'Uraian dengan "kutip", koma, dan\nbaris baru; cukup panjang untuk sebuah laporan.',
      privacy: 'anonymous',
    });
    await w.act('moderator', formula.code, { action: 'verify' }).expect(200);
    const secret = await w.file('citizen', { privacy: 'confidential' });
    await w.act('moderator', secret.code, { action: 'verify' }).expect(200);
    const unverified = await w.file('citizen');
    const listed = async (filters = '') => {
      const codes: string[] = [];
      let after: string | null = null;
      do {
        const page: { body: { items: { code: string }[]; nextCursor: string | null } } = await w.as.visitor.agent
          .get(`/api/reports?limit=100${filters}${after ? `&after=${after}` : ''}`)
          .expect(200);
        codes.push(...codesOf(page.body));
        after = page.body.nextCursor;
      } while (after);
      return codes;
    };

    const csv = await w.as.visitor.agent.get('/api/reports/export').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="laporan-warga-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...records] = csv.text.split('\r\n').filter(Boolean);
    expect(header).toBe(
      '\uFEFFcode,type,status,title,description,category,kecamatan,kelurahan,department,created_at,support_count,latitude,longitude,url',
    );
    // Exactly the public list, newest first: not the confidential report, not the unverified one.
    expect(records.map((record) => record.split(',')[0])).toEqual(await listed());
    expect(csv.text).not.toContain(secret.code);
    expect(csv.text).not.toContain(unverified.code);
    // A cell that a spreadsheet would run as a formula is text; quotes, commas and line breaks are quoted.
    expect(csv.text).toContain(`"'=HYPERLINK(""http://contoh.id"",""klik"") jalan rusak"`);
    expect(csv.text).toContain('"Uraian dengan ""kutip"", koma, dan\nbaris baru; cukup panjang untuk sebuah laporan."');
    expect(csv.text).toContain(`http://localhost:3000/lacak/${formula.code}`);

    const json = await w.as.visitor.agent
      .get(`/api/reports/export?format=json&categoryId=${w.categories.roads}`)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.body.map((r: { code: string }) => r.code)).toEqual(await listed(`&categoryId=${w.categories.roads}`));
    expect(Object.keys(json.body[0])).toEqual(header.replace('\uFEFF', '').split(','));
    expect(json.body[0]).toMatchObject({ type: 'complaint', category: 'Damaged roads and bridges' });
    expect(JSON.stringify(json.body)).not.toMatch(/reporter|example\.id/);
    expect((await w.as.visitor.agent.get('/api/reports/export?format=json&type=information_request').expect(200)).body).toEqual([]);

    const bad = await w.as.visitor.agent.get('/api/reports/export?format=xml&limit=5').expect(400);
    expect(bad.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`).sort()).toEqual([
      'format:isIn',
      'limit:unknown_field',
    ]);
    // Five exports a minute per client (the refused one counted too): the fifth passes, the sixth waits.
    await w.as.visitor.agent.get('/api/reports/export?format=json&type=aspiration').expect(200);
    const limited = await w.as.visitor.agent.get('/api/reports/export?format=json').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The list itself is not counted against it.
    await w.as.visitor.agent.get('/api/reports?limit=1').expect(200);
  });
});
