import { CALLERS, ReportWorld, reportWorld } from './report-fixtures';

// The map's reference routes are public: every caller of the matrix may call them, and gets the same.
describe('who may call the map routes (GET /api/areas/boundaries, /api/areas/locate)', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  it.each(CALLERS)('%s may read the boundaries and locate a point', async (caller) => {
    const boundaries = await w.as[caller].agent.get('/api/areas/boundaries').expect(200);
    expect(boundaries.body.features).toHaveLength(1 + 16 + 177);
    const place = await w.as[caller].agent.get('/api/areas/locate?latitude=-6.9903&longitude=110.4229').expect(200);
    expect(place.body).toMatchObject({ kelurahanName: 'Pleburan', kecamatanName: 'Semarang Selatan' });
    await w.as[caller].agent.get('/api/areas/locate?latitude=-6.9&longitude=110.42').expect(400);
  });
});
