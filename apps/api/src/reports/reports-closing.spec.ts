import sharp from 'sharp';
import { ReportWorld, advance, reportWorld } from './report-fixtures';

/**
 * Closing the loop: the department resolves (with "after" photos), the reporter is asked "Sudah
 * selesai?" and answers yes (confirm: closed, with an optional rating and comment, in one event)
 * or no (reopen, with a note).
 */
describe('reports: closing the loop', () => {
  let w: ReportWorld;
  let photo: Buffer;
  beforeAll(async () => {
    w = await reportWorld();
    photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 30, g: 140, b: 70 } } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => w.t.close());

  const upload = async (by: 'official' | 'otherOfficial' | 'citizen', name = 'sesudah.jpg') =>
    (await w.as[by].post('/api/uploads').attach('file', photo, { filename: name, contentType: 'image/jpeg' }).expect(201)).body
      .id as string;
  const claimed = async (id: string) =>
    (await w.t.dataSource.query(`SELECT claimed_by_type AS type, claimed_by_id AS "reportId" FROM upload WHERE id = $1`, [id]))[0];

  describe('confirm ("Sudah selesai? Ya")', () => {
    it('closes and rates in one event, the comment as its note, audited once', async () => {
      const { code, id } = await w.file();
      await advance(w, code, 'resolved');
      const closed = await w.act('citizen', code, { action: 'confirm', rating: 4, note: 'Sudah rata, terima kasih.' }).expect(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        rating: 4,
        ratingComment: 'Sudah rata, terima kasih.',
        allowedActions: ['reopen'],
      });
      expect(closed.body.timeline.at(-1)).toMatchObject({
        kind: 'confirm',
        toStatus: 'closed',
        actorRole: 'citizen',
        note: 'Sudah rata, terima kasih.',
        data: { rating: 4 },
      });
      expect(closed.body.timeline.filter((e: { kind: string }) => e.kind === 'rate')).toEqual([]);
      const audit = await w.t.dataSource.query(`SELECT action, after FROM audit_log WHERE target_id = $1 AND actor_id = $2`, [
        id,
        w.ids.citizen,
      ]);
      expect(audit).toEqual([{ action: 'report.confirm', after: expect.objectContaining({ status: 'closed', rating: 4 }) }]);
      // The public sees the rating too.
      const visitor = await w.as.visitor.agent.get(`/api/reports/${code}`).expect(200);
      expect(visitor.body).toMatchObject({ rating: 4, ratingComment: 'Sudah rata, terima kasih.' });
    });

    it('closes without a rating, which may then follow once', async () => {
      const { code } = await w.file();
      await advance(w, code, 'resolved');
      const closed = await w.act('citizen', code, { action: 'confirm' }).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', rating: null });
      expect(closed.body.allowedActions).toEqual(expect.arrayContaining(['reopen', 'rate']));
      await w.act('citizen', code, { action: 'rate', rating: 5 }).expect(200);
    });

    it('refuses a second rating and a bad one, changing nothing', async () => {
      const { code } = await w.file();
      await advance(w, code, 'resolved');
      await w.act('citizen', code, { action: 'rate', rating: 3 }).expect(200);
      const twice = await w.act('citizen', code, { action: 'confirm', rating: 5 }).expect(409);
      expect(twice.body.code).toBe('already_rated');
      const bad = await w.act('citizen', code, { action: 'confirm', rating: 0 }).expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'rating' });
      const notForNotes = await w.act('official', code, { action: 'note', note: 'Catatan.', rating: 5 }).expect(400);
      expect(notForNotes.body.details[0]).toMatchObject({
        field: 'rating',
        code: 'not_for_action',
        message: 'Penilaian tidak berlaku untuk tindakan ini.',
      });
      expect((await w.as.citizen.agent.get(`/api/reports/${code}`).expect(200)).body).toMatchObject({ status: 'resolved', rating: 3 });
    });
  });

  describe('reopen ("Sudah selesai? Belum")', () => {
    it('needs the reason', async () => {
      const { code } = await w.file();
      await advance(w, code, 'resolved');
      const missing = await w.act('citizen', code, { action: 'reopen' }).expect(400);
      expect(missing.body.details[0]).toMatchObject({ field: 'note', code: 'required_for_action' });
      await w.act('citizen', code, { action: 'reopen', note: 'Lubangnya masih ada di sisi selatan.' }).expect(200);
    });
  });

  describe('the reporter’s question', () => {
    it('asks the reporter, with the department’s note and the tracking link, in their language and by e-mail; followers get the status change', async () => {
      const { code } = await w.file();
      await advance(w, code, 'in_progress');
      await w.as.otherCitizen.send('put', `/api/reports/${code}/support`).expect(204);
      await w.act('official', code, { action: 'resolve', note: 'Lubang ditambal dengan aspal hotmix.' }).expect(200);

      const told = async (userId: string) =>
        w.t.dataSource.query(
          `SELECT type, params FROM notification WHERE user_id = $1 AND params->>'code' = $2 ORDER BY created_at DESC LIMIT 1`,
          [userId, code],
        );
      expect(await told(w.ids.citizen)).toEqual([
        {
          type: 'report.resolved',
          params: {
            code,
            title: expect.any(String),
            status: 'resolved',
            note: 'Lubang ditambal dengan aspal hotmix.',
            link: `/lacak/${code}`,
          },
        },
      ]);
      expect((await told(w.ids.otherCitizen))[0].type).toBe('report.status_changed');

      const id = await w.as.citizen.agent.get('/api/notifications').expect(200);
      expect(id.body.items[0]).toMatchObject({
        type: 'report.resolved',
        title: `Laporan ${code} selesai ditangani. Sudah selesai?`,
        body: expect.stringContaining('“Lubang ditambal dengan aspal hotmix.”. Sudah selesai?'),
        link: `/lacak/${code}`,
      });
      const en = await w.as.citizen.agent.get('/api/notifications').set('Accept-Language', 'en').expect(200);
      expect(en.body.items[0]).toMatchObject({
        title: `Report ${code} resolved. Is it done?`,
        body: expect.stringContaining('Is it done?'),
      });
      const [mail] = await w.t.dataSource.query(
        `SELECT subject, text_body FROM email_outbox WHERE to_user_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [w.ids.citizen],
      );
      expect(mail.subject).toContain('Sudah selesai?');
      expect(mail.text_body).toContain('Lubang ditambal dengan aspal hotmix.');
      expect(mail.text_body).toContain(`/lacak/${code}`);
    });
  });

  describe('"after" photos on resolve', () => {
    it('attaches the resolving official’s uploads apart from the reporter’s; whoever may see the report may fetch them', async () => {
      const before = await upload('citizen', 'sebelum.jpg');
      const { code, id } = await w.file('citizen', { attachmentIds: [before] });
      await advance(w, code, 'in_progress');
      const first = await upload('official', 'sesudah-1.jpg');
      const second = await upload('official', 'sesudah-2.jpg');
      const resolved = await w
        .act('official', code, { action: 'resolve', note: 'Sudah ditambal.', attachmentIds: [first, second] })
        .expect(200);
      expect(resolved.body.attachments.map((a: { id: string }) => a.id)).toEqual([before]);
      expect(resolved.body.resolutionAttachments.map((a: { id: string; name: string }) => [a.id, a.name])).toEqual([
        [first, 'sesudah-1.jpg'],
        [second, 'sesudah-2.jpg'],
      ]);
      expect(await claimed(first)).toEqual({ type: 'report.resolution', reportId: id });
      const url = resolved.body.resolutionAttachments[0].url;
      expect(url).toBe(`/api/reports/${code}/attachments/${first}`);
      const file = await w.as.visitor.agent.get(url).expect(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
    });

    it('keeps a confidential report’s "after" photos to those who may see it', async () => {
      const { code } = await w.file('citizen', { privacy: 'confidential' });
      await advance(w, code, 'in_progress');
      const photoId = await upload('official');
      await w.act('official', code, { action: 'resolve', note: 'Sudah ditindak.', attachmentIds: [photoId] }).expect(200);
      const url = `/api/reports/${code}/attachments/${photoId}`;
      await w.as.visitor.agent.get(url).expect(404);
      await w.as.otherOfficial.agent.get(url).expect(404);
      const own = await w.as.citizen.agent.get(url).expect(200);
      expect(own.headers['cache-control']).toBe('no-store');
    });

    it('takes only the resolving official’s own uploads, at most five, and only when resolving; a refusal claims nothing', async () => {
      const { code } = await w.file();
      await advance(w, code, 'in_progress');
      const theirs = await upload('otherOfficial');
      const mine = await upload('official');
      // Another department may not resolve, so may not attach.
      await w.act('otherOfficial', code, { action: 'resolve', note: 'Bukan kami.', attachmentIds: [theirs] }).expect(403);
      await w.act('moderator', code, { action: 'resolve', note: 'Moderator.', attachmentIds: [theirs] }).expect(403);
      const stolen = await w.act('official', code, { action: 'resolve', note: 'Sudah.', attachmentIds: [mine, theirs] }).expect(400);
      expect(stolen.body.details[0]).toMatchObject({ field: 'attachmentIds', code: 'attachment_not_found' });
      const onNote = await w.act('official', code, { action: 'note', note: 'Foto progres.', attachmentIds: [mine] }).expect(400);
      expect(onNote.body.details[0]).toMatchObject({ field: 'attachmentIds', code: 'not_for_action' });
      const six = await w
        .act('official', code, { action: 'resolve', note: 'Sudah.', attachmentIds: Array.from({ length: 6 }, () => mine) })
        .expect(400);
      expect(six.body.details[0].field).toBe('attachmentIds');
      expect(await claimed(mine)).toEqual({ type: null, reportId: null });
      expect(await claimed(theirs)).toEqual({ type: null, reportId: null });
      expect((await w.as.official.agent.get(`/api/reports/${code}`).expect(200)).body).toMatchObject({
        status: 'in_progress',
        resolutionAttachments: [],
      });
    });
  });
});
