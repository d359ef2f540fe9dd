import { ReportWorld, reportWorld } from './report-fixtures';

// Its own app: the world of the other report tests files without a limit.
describe('reports: filing limit per account (REPORTS_PER_HOUR)', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld({ reportsPerHour: 2 });
  });
  afterAll(() => w.t.close());

  it('answers the third report of the hour with 429 and Retry-After; another account may still file', async () => {
    await w.file('citizen');
    await w.file('citizen');
    const refused = await w.as.citizen.post('/api/reports').send({ title: 'Laporan ketiga dalam satu jam' }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(refused.body.message).toMatch(/^Terlalu banyak permintaan\. Coba lagi dalam (60|59) menit\.$/);
    const count = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report WHERE reporter_id = $1`, [w.ids.citizen]);
    expect(count[0].n).toBe(2);

    await w.file('otherCitizen');
    // Reading, supporting and acting are not counted.
    await w.as.citizen.agent.get('/api/reports/mine').expect(200);
  });
});
