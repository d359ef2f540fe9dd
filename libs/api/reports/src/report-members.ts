import { EntityManager } from 'typeorm';

/** The two per-report user lists; both are keyed by (report_id, user_id). */
export type MemberTable = 'report_support' | 'report_follower';

/** Adds a supporter or follower; one who is already there stays as they are. */
export async function addMember(manager: EntityManager, table: MemberTable, reportId: string, userId: string): Promise<void> {
  await manager.query(`INSERT INTO ${table} (report_id, user_id) VALUES ($1, $2) ON CONFLICT (report_id, user_id) DO NOTHING`, [
    reportId,
    userId,
  ]);
}

/** Copies one report's supporters or followers to another, leaving out `exceptUserId`. */
export async function copyMembers(
  manager: EntityManager,
  table: MemberTable,
  fromReportId: string,
  toReportId: string,
  exceptUserId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO ${table} (report_id, user_id) SELECT $1, user_id FROM ${table} WHERE report_id = $2 AND user_id <> $3
     ON CONFLICT (report_id, user_id) DO NOTHING`,
    [toReportId, fromReportId, exceptUserId],
  );
}
