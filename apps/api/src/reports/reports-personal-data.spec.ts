import { UploadCleanupService } from '@walikota/api-uploads';
import sharp from 'sharp';
import { PASSWORD } from '../notifications/notification-fixtures';
import { ReportWorld, reportWorld } from './report-fixtures';

describe('reports and uploads in personal data (UU PDP)', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  it('exports a user’s reports, supports, follows and uploads; deletion keeps the reports and erases the rest', async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 40 } } })
      .png()
      .toBuffer();
    const upload = async () =>
      (await w.as.otherCitizen.post('/api/uploads').attach('file', photo, { filename: 'taman.png', contentType: 'image/png' }).expect(201))
        .body.id;
    const attached = await upload();
    const loose = await upload();
    const mine = await w.file('otherCitizen', { title: 'Taman kota kurang lampu penerangan', attachmentIds: [attached] });
    await w.act('moderator', mine.code, { action: 'verify' }).expect(200);
    const theirs = await w.file('citizen');
    await w.act('moderator', theirs.code, { action: 'verify' }).expect(200);
    await w.as.otherCitizen.send('put', `/api/reports/${theirs.code}/support`).expect(204);

    const exported = (await w.as.otherCitizen.agent.get('/api/me/export').expect(200)).body;
    expect(exported.reports.filed).toEqual([
      expect.objectContaining({ code: mine.code, title: 'Taman kota kurang lampu penerangan', privacy: 'public' }),
    ]);
    expect(exported.reports.supported).toEqual([expect.objectContaining({ code: theirs.code })]);
    expect(exported.reports.followed.map((f: { code: string }) => f.code).sort()).toEqual([mine.code, theirs.code].sort());
    expect(exported.uploads.map((u: { id: string; attachedToId: string | null }) => [u.id, u.attachedToId])).toEqual([
      [attached, mine.id],
      [loose, null],
    ]);

    await w.as.otherCitizen.send('delete', '/api/me').send({ password: PASSWORD }).expect(204);
    // The report stays, public, filed by a deleted user; their support and follows are gone.
    const kept = await w.as.visitor.agent.get(`/api/reports/${mine.code}`).expect(200);
    expect(kept.body).toMatchObject({ reporterName: 'Pengguna terhapus', attachments: [expect.objectContaining({ id: attached })] });
    expect((await w.as.visitor.agent.get(`/api/reports/${theirs.code}`)).body.supportCount).toBe(0);
    expect(await w.t.dataSource.query(`SELECT count(*)::int AS n FROM report_follower WHERE user_id = $1`, [w.ids.otherCitizen])).toEqual([
      { n: 0 },
    ]);
    // The loose upload goes with the next clean-up; the attached one stays with its report.
    await w.t.app.get(UploadCleanupService).deleteAbandoned();
    const left = await w.t.dataSource.query(`SELECT id FROM upload WHERE owner_id = $1`, [w.ids.otherCitizen]);
    expect(left).toEqual([{ id: attached }]);
  });
});
