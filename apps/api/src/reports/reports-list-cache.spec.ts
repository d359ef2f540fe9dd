import { ReportWorld, reportWorld } from './report-fixtures';

describe('reports: the visitors’ page cache (PUBLIC_LIST_CACHE_MS)', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld({ publicListCacheMs: 60_000 });
  });
  afterAll(() => w.t.close());

  const codes = (body: { items: { code: string }[] }) => body.items.map((r) => r.code);

  it('serves a visitor a page from memory, never a signed-in caller, and keeps pages apart by their query', async () => {
    const first = await w.file('citizen', { title: 'Lampu jalan padam di gang masjid' });
    await w.act('moderator', first.code, { action: 'verify' }).expect(200);
    expect(codes((await w.as.visitor.agent.get('/api/reports').expect(200)).body)).toEqual([first.code]);

    const second = await w.file('citizen', { title: 'Saluran air tersumbat di pasar' });
    await w.act('moderator', second.code, { action: 'verify' }).expect(200);
    // The same page for a visitor: from memory, until the time is up.
    expect(codes((await w.as.visitor.agent.get('/api/reports').expect(200)).body)).toEqual([first.code]);
    // Another query is another page; signed-in callers always get the database's answer.
    expect(codes((await w.as.visitor.agent.get('/api/reports?limit=5').expect(200)).body)).toEqual([second.code, first.code]);
    expect(codes((await w.as.otherCitizen.agent.get('/api/reports').expect(200)).body)).toEqual([second.code, first.code]);
    expect(codes((await w.as.moderator.agent.get('/api/reports/queue').expect(200)).body)).toEqual([second.code, first.code]);
  });
});
