import { ReportWorld, advance, reportWorld } from './report-fixtures';

/** Merging never tells anyone about a report they may not read (a confidential one above all). */
describe('reports: merging into a report others may not see', () => {
  let w: ReportWorld;
  // `secret`: confidential, filed by `citizen`. `copy`: public, filed by `otherCitizen`, supported by
  // `official` (DPU; `secret` is not dispatched to DPU, so the official may not see it), merged into `secret`.
  let secret = { code: '', id: '' };
  let copy = { code: '', id: '' };

  beforeAll(async () => {
    w = await reportWorld();
    secret = await w.file('citizen', { privacy: 'confidential', title: 'Pungutan liar di kantor kelurahan' });
    await w.act('moderator', secret.code, { action: 'verify' }).expect(200);
    copy = await w.file('otherCitizen', { title: 'Pungutan saat mengurus surat pengantar' });
    await w.act('moderator', copy.code, { action: 'verify' }).expect(200);
    await w.as.official.send('put', `/api/reports/${copy.code}/support`).expect(204);
    const merged = await w.act('moderator', copy.code, { action: 'mark_duplicate', duplicateOf: secret.code }).expect(200);
    expect(merged.body).toMatchObject({ status: 'duplicate', duplicateOf: secret.code });
    // Later news on the confidential report.
    await w.act('moderator', secret.code, { action: 'dispatch', departmentId: w.departments.dlh }).expect(200);
  });
  afterAll(() => w.t.close());

  it('names the original to those who may see it only', async () => {
    for (const caller of ['visitor', 'otherCitizen', 'official'] as const) {
      const res = await w.as[caller].agent.get(`/api/reports/${copy.code}`).expect(200);
      expect({ caller, duplicateOf: res.body.duplicateOf }).toEqual({ caller, duplicateOf: null });
      expect({ caller, timeline: JSON.stringify(res.body.timeline) }).not.toEqual({
        caller,
        timeline: expect.stringContaining(secret.code),
      });
    }
    for (const caller of ['citizen', 'moderator', 'otherOfficial', 'admin'] as const) {
      const res = await w.as[caller].agent.get(`/api/reports/${copy.code}`).expect(200);
      expect({ caller, duplicateOf: res.body.duplicateOf }).toEqual({ caller, duplicateOf: secret.code });
    }
    const staffTimeline = (await w.as.moderator.agent.get(`/api/reports/${copy.code}`)).body.timeline;
    expect(staffTimeline.at(-1)).toMatchObject({ kind: 'mark_duplicate', data: { duplicateOf: secret.code } });
  });

  it('carries no supporter, follower or reporter over to it', async () => {
    const members = async (table: 'report_support' | 'report_follower') =>
      (await w.t.dataSource.query(`SELECT user_id FROM ${table} WHERE report_id = $1`, [secret.id])).map(
        (r: { user_id: string }) => r.user_id,
      );
    expect(await members('report_support')).toEqual([]);
    expect(await members('report_follower')).toEqual([w.ids.citizen]);
  });

  it('sends no notification that names it to anyone but its reporter and its department', async () => {
    const named: { user_id: string }[] = await w.t.dataSource.query(
      `SELECT DISTINCT user_id FROM notification WHERE params::text LIKE '%' || $1 || '%'`,
      [secret.code],
    );
    const officials = [w.ids.otherOfficial];
    expect(named.map((n) => n.user_id).sort()).toEqual([w.ids.citizen, ...officials].sort());
    const mailed: { to_user_id: string }[] = await w.t.dataSource.query(
      `SELECT DISTINCT to_user_id FROM email_outbox WHERE subject LIKE '%' || $1 || '%' OR text_body LIKE '%' || $1 || '%'`,
      [secret.code],
    );
    expect(mailed.map((m) => m.to_user_id).sort()).toEqual([w.ids.citizen, ...officials].sort());
  });

  it('leaves it out of the data export of those who supported or followed the merged report', async () => {
    for (const caller of ['otherCitizen', 'official'] as const) {
      const exported = (await w.as[caller].agent.get('/api/me/export').expect(200)).body;
      expect({ caller, found: JSON.stringify(exported).includes(secret.code) }).toEqual({ caller, found: false });
    }
  });

  it('exports a follow of a confidential report one did not file without its code', async () => {
    // A follow from before merges stopped carrying people over (or from a lost staff role).
    await w.t.dataSource.query(`INSERT INTO report_follower (report_id, user_id) VALUES ($1, $2)`, [secret.id, w.ids.otherCitizen]);
    try {
      const exported = (await w.as.otherCitizen.agent.get('/api/me/export').expect(200)).body;
      expect(exported.reports.followed).toEqual(
        expect.arrayContaining([
          { code: null, createdAt: expect.any(String) },
          { code: copy.code, createdAt: expect.any(String) },
        ]),
      );
      expect(JSON.stringify(exported)).not.toContain(secret.code);
    } finally {
      await w.t.dataSource.query(`DELETE FROM report_follower WHERE report_id = $1 AND user_id = $2`, [secret.id, w.ids.otherCitizen]);
    }
  });

  it('does not name a merged confidential report on the public original’s timeline, nor to its department', async () => {
    const original = await w.file('otherCitizen', { title: 'Lampu jalan mati sepanjang gang' });
    await advance(w, original.code, 'dispatched');
    const hidden = await w.file('citizen', { privacy: 'confidential', title: 'Lampu mati karena kabel dicuri oknum' });
    await w.act('moderator', hidden.code, { action: 'mark_duplicate', duplicateOf: original.code }).expect(200);
    const mergedEvent = async (caller: 'visitor' | 'official' | 'moderator' | 'citizen') =>
      ((await w.as[caller].agent.get(`/api/reports/${original.code}`).expect(200)).body.timeline as { kind: string; data: object }[]).find(
        (e) => e.kind === 'merged',
      );
    expect(await mergedEvent('visitor')).toMatchObject({ data: {} });
    // The DPU official handles the original, not the confidential report merged into it.
    expect(await mergedEvent('official')).toMatchObject({ data: {} });
    expect(await mergedEvent('moderator')).toMatchObject({ data: { from: hidden.code } });
    expect(await mergedEvent('citizen')).toMatchObject({ data: { from: hidden.code } });
  });
});
