import supertest from 'supertest';
import { ReportWorld, reportWorld } from './report-fixtures';

// Its own app: the world of the other report tests files without a limit.
describe('reports: filing limit per account (REPORTS_PER_HOUR)', () => {
  let w: ReportWorld;
  let kelurahanCode = '';
  beforeAll(async () => {
    w = await reportWorld({ reportsPerHour: 2 });
    [{ code: kelurahanCode }] = await w.t.dataSource.query(`SELECT code FROM area WHERE id = $1`, [w.area.kelurahan]);
  });
  afterAll(() => w.t.close());

  const filed = async (userId: string) =>
    (await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report WHERE reporter_id = $1`, [userId]))[0].n as number;

  /** Open311's POST with the caller's personal API key. */
  function open311(key: string, language = 'id'): supertest.Test {
    const fields = {
      api_key: key,
      service_code: 'jalan-jembatan',
      address_id: kelurahanCode,
      description: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.',
    };
    return w.t
      .http()
      .post('/open311/v2/requests.json')
      .set('Accept-Language', language)
      .type('form')
      .send(new URLSearchParams(fields).toString());
  }
  const apiKey = async (caller: 'official' | 'admin') =>
    (await w.as[caller].post('/api/me/api-keys').send({ name: 'Pusat panggilan' }).expect(201)).body.key as string;

  it('answers the third report of the hour with 429 and Retry-After; another account may still file', async () => {
    await w.file('citizen');
    await w.file('citizen');
    const refused = await w.as.citizen
      .post('/api/reports')
      .send({
        type: 'complaint',
        privacy: 'public',
        title: 'Laporan ketiga dalam satu jam',
        description: 'Lubang besar di badan jalan membahayakan pengendara motor.',
        categoryId: w.categories.roads,
        areaId: w.area.kelurahan,
      })
      .expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(refused.body.message).toMatch(/^Terlalu banyak permintaan\. Coba lagi dalam (60|59) menit\.$/);
    expect(await filed(w.ids.citizen)).toBe(2);

    await w.file('otherCitizen');
    // Reading, supporting and acting are not counted.
    await w.as.citizen.agent.get('/api/reports/mine').expect(200);
  });

  it('counts Open311 filings with the portal’s: two in the portal, then Open311 is refused in the spec’s format', async () => {
    const key = await apiKey('official');
    await w.file('official');
    await w.file('official');
    const refused = await open311(key).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
    expect(refused.body).toEqual([
      { code: 429, description: expect.stringMatching(/^Terlalu banyak permintaan\. Coba lagi dalam (60|59) menit\.$/) },
    ]);
    expect(await filed(w.ids.official)).toBe(2);
  });

  it('and the other way round: two through Open311, then the portal refuses', async () => {
    const key = await apiKey('admin');
    await open311(key).expect(201);
    await open311(key).expect(201);
    const english = await open311(key, 'en').expect(429);
    expect(english.body).toEqual([
      { code: 429, description: expect.stringMatching(/^Too many requests\. Try again in (60|59) minutes\.$/) },
    ]);
    await expect(w.file('admin')).rejects.toThrow(/filing failed: 429/);
    expect(await filed(w.ids.admin)).toBe(2);
  });
});
