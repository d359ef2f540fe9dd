import supertest from 'supertest';
import { ReportWorld, advance, reportWorld } from './report-fixtures';

/** Personal API keys on the report routes and Open311: what each scope lets a key do. */
describe('API key scopes on reports and Open311', () => {
  let w: ReportWorld;
  let kelurahanCode = '';

  beforeAll(async () => {
    w = await reportWorld();
    [{ code: kelurahanCode }] = await w.t.dataSource.query(`SELECT code FROM area WHERE id = $1`, [w.area.kelurahan]);
  });
  afterAll(() => w.t.close());

  async function keyOf(caller: 'official' | 'admin', scopes: string[]): Promise<string> {
    return (
      await w.as[caller]
        .post('/api/me/api-keys')
        .send({ name: `Kunci ${scopes.join(' ')}`, scopes })
        .expect(201)
    ).body.key;
  }
  function act(key: string, code: string, body: Record<string, unknown>): supertest.Test {
    return w.t.http().post(`/api/reports/${code}/actions`).set('Authorization', `Bearer ${key}`).send(body);
  }

  it('refuses a workflow action to a `read` key, and takes it from a `reports` key', async () => {
    const report = await w.file();
    await advance(w, report.code, 'dispatched');
    const reader = await keyOf('official', ['read']);
    await w.t.http().get(`/api/reports/${report.code}`).set('Authorization', `Bearer ${reader}`).expect(200);
    const refused = await act(reader, report.code, { action: 'start' }).expect(403);
    expect(refused.body).toMatchObject({ code: 'api_key_scope', message: expect.stringContaining('«reports»') });
    expect((await w.t.http().get(`/api/reports/${report.code}`).set('Authorization', `Bearer ${reader}`)).body.status).toBe('dispatched');

    const worker = await keyOf('official', ['read', 'reports']);
    expect((await act(worker, report.code, { action: 'start' }).expect(200)).body.status).toBe('in_progress');
  });

  it('requires the `open311` scope to file a service request, as api_key or as a bearer token', async () => {
    const fields = (extra: Record<string, string>) =>
      new URLSearchParams({
        service_code: 'jalan-jembatan',
        address_id: kelurahanCode,
        description: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.',
        ...extra,
      }).toString();
    const post = () => w.t.http().post('/open311/v2/requests.json').type('form');

    const reader = await keyOf('official', ['read', 'reports']);
    const asParameter = await post()
      .send(fields({ api_key: reader }))
      .expect(403);
    expect(asParameter.body).toEqual([
      { code: 403, description: 'Kunci API ini tidak boleh mengajukan laporan: buat kunci dengan cakupan «open311».' },
    ]);
    const asBearer = await post().set('Authorization', `Bearer ${reader}`).send(fields({})).expect(403);
    expect(asBearer.body).toEqual([{ code: 403, description: expect.stringContaining('«open311»') }]);

    const filer = await keyOf('official', ['open311']);
    await post()
      .send(fields({ api_key: filer }))
      .expect(201);
    await post().set('Authorization', `Bearer ${filer}`).send(fields({})).expect(201);
  });
});
