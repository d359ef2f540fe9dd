import { ReportWorld, advance, reportWorld } from '../reports/report-fixtures';

/** The assembled app: every module registers labels for its own audit targets. */
describe('audit log: labels from every module', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  it('names reports by their code, holidays by date and name, users and actors by name, in one page', async () => {
    const report = await w.file('citizen');
    await advance(w, report.code, 'dispatched');
    await w.as.admin.send('put', '/api/admin/holidays/2026-06-02').send({ name: 'Cuti Bersama Iduladha' }).expect(200);
    await w.as.admin
      .send('put', `/api/admin/users/${w.ids.otherCitizen}/roles`)
      .send({ roles: ['citizen', 'moderator'], reason: 'Moderator tambahan' })
      .expect(200);

    const page = await w.as.admin.agent.get('/api/admin/audit-log?limit=4').expect(200);
    expect(
      page.body.items.map((e: { action: string; targetLabel: string | null; actorName: string | null }) => [
        e.action,
        e.targetLabel,
        e.actorName,
      ]),
    ).toEqual([
      ['user.roles_changed', 'othercitizen', 'admin'],
      ['holiday.set', '2026-06-02 · Cuti Bersama Iduladha', 'admin'],
      ['report.dispatch', report.code, 'moderator'],
      ['report.verify', report.code, 'moderator'],
    ]);
    const onlyReports = await w.as.admin.agent.get('/api/admin/audit-log?targetType=report').expect(200);
    expect(onlyReports.body.items.every((e: { targetLabel: string }) => e.targetLabel === report.code)).toBe(true);
  });
});
