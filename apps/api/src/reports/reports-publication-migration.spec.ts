import { ReportWorld, advance, reportWorld } from './report-fixtures';

const MIGRATION = 'ReportPublication1795400200000';

/**
 * Migration 1795400200000-report-publication on a database that already holds reports: the
 * columns it adds are backfilled from the timeline as the application itself would have set them.
 */
describe('migration: report publication backfill', () => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await reportWorld();
  });
  afterAll(() => w.t.close());

  /** Reverts the migrations down to and including this one, then applies them all again. */
  async function rerun(): Promise<void> {
    for (;;) {
      const [last] = await w.t.dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await w.t.dataSource.undoLastMigration({ transaction: 'each' });
      if (last.name === MIGRATION) break;
    }
    await w.t.dataSource.runMigrations({ transaction: 'each' });
  }

  it('marks as verified what was verified once, and gives officials’ and dispatch events their department', async () => {
    const submitted = (await w.file()).code;
    const rejectedUnverified = (await w.file()).code;
    await w.act('moderator', rejectedUnverified, { action: 'reject', reasonCode: 'spam', note: 'Iklan.' }).expect(200);
    const rejectedVerified = (await w.file()).code;
    await advance(w, rejectedVerified, 'verified');
    await w.act('moderator', rejectedVerified, { action: 'reject', reasonCode: 'personal_data', note: 'Data pribadi.' }).expect(200);
    const resolved = (await w.file()).code;
    await advance(w, resolved, 'resolved');
    const mergedUnverified = (await w.file()).code;
    const open = (await w.file()).code;
    await advance(w, open, 'verified');
    await w.act('moderator', mergedUnverified, { action: 'mark_duplicate', duplicateOf: open }).expect(200);

    const state = async () => ({
      reports: await w.t.dataSource.query(
        `SELECT code, verified_at IS NOT NULL AS verified, listed FROM report WHERE code = ANY($1) ORDER BY code`,
        [[submitted, rejectedUnverified, rejectedVerified, resolved, mergedUnverified, open]],
      ),
      events: await w.t.dataSource.query(
        `SELECT r.code, e.kind, e.department_id FROM report_event e JOIN report r ON r.id = e.report_id ORDER BY r.code, e.occurred_at, e.kind`,
      ),
    });
    const written = await state();
    expect(written.reports.filter((r: { verified: boolean }) => r.verified).map((r: { code: string }) => r.code)).toEqual(
      [rejectedVerified, resolved, open].sort(),
    );
    expect(written.events.filter((e: { department_id: string | null }) => e.department_id).map((e: { kind: string }) => e.kind)).toEqual([
      'dispatch',
      'start',
      'resolve',
    ]);

    await rerun();
    expect(await state()).toEqual(written);
  });
});
