import sharp from 'sharp';
import { ReportWorld, reportWorld } from './report-fixtures';

describe('reports: attachments', () => {
  let w: ReportWorld;
  let photo: Buffer;
  beforeAll(async () => {
    w = await reportWorld();
    photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 90, g: 90, b: 90 } } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => w.t.close());

  const upload = async (by: 'citizen' | 'otherCitizen', name = 'lubang.jpg') =>
    (await w.as[by].post('/api/uploads').attach('file', photo, { filename: name, contentType: 'image/jpeg' }).expect(201)).body
      .id as string;

  it('attaches the reporter’s uploads; anyone who may see the report may fetch them', async () => {
    const first = await upload('citizen', 'lubang-1.jpg');
    const second = await upload('citizen', 'lubang-2.jpg');
    const report = await w.file('citizen', { attachmentIds: [first, second] });
    const attachments = report['attachments'] as { id: string; url: string; contentType: string; name: string }[];
    expect(attachments.map((a) => [a.id, a.name, a.contentType])).toEqual([
      [first, 'lubang-1.jpg', 'image/jpeg'],
      [second, 'lubang-2.jpg', 'image/jpeg'],
    ]);
    // Until a moderator verifies the report, its files are the reporter's and the staff's only.
    const own = await w.as.citizen.agent.get(attachments[0].url).expect(200);
    expect(own.headers['cache-control']).toBe('no-store');
    await w.as.visitor.agent.get(attachments[0].url).expect(404);
    await w.act('moderator', report.code, { action: 'verify' }).expect(200);
    const file = await w.as.visitor.agent.get(attachments[0].url).expect(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, max-age=3600');
    await w.as.visitor.agent.get(`/api/reports/${report.code}/attachments/00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('keeps a confidential report’s files from everyone who may not see the report', async () => {
    const id = await upload('citizen');
    const report = await w.file('citizen', { privacy: 'confidential', attachmentIds: [id] });
    const url = `/api/reports/${report.code}/attachments/${id}`;
    await w.as.visitor.agent.get(url).expect(404);
    await w.as.otherCitizen.agent.get(url).expect(404);
    await w.as.moderator.agent.get(url).expect(200);
    await w.as.citizen.agent.get(url).expect(200);
  });

  it('refuses someone else’s upload and an upload already attached, filing nothing', async () => {
    const theirs = await upload('otherCitizen');
    const before = (await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report`))[0].n;
    const stolen = await w.as.citizen.post('/api/reports').send({
      type: 'complaint',
      privacy: 'public',
      title: 'Jalan berlubang di depan pasar',
      description: 'Lubang besar di badan jalan membahayakan pengendara motor.',
      categoryId: w.categories.roads,
      areaId: w.area.kelurahan,
      attachmentIds: [theirs],
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.details[0]).toMatchObject({ field: 'attachmentIds' });
    expect((await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report`))[0].n).toBe(before);

    const mine = await upload('citizen');
    await w.file('citizen', { attachmentIds: [mine] });
    await expect(w.file('citizen', { attachmentIds: [mine] })).rejects.toThrow(/attachmentIds/);
  });
});
