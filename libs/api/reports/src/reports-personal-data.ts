import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import type { AuthUser } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { ReportSubject, visibilityOf } from './report-access';

/** A support or follow row with what the access rules need of its report. */
interface MemberRow {
  code: string;
  createdAt: Date;
  privacy: ReportSubject['privacy'];
  status: ReportSubject['status'];
  reporterId: string;
  departmentId: string | null;
  dispatchedAt: Date | null;
  verifiedAt: Date | null;
}

const MEMBER_COLUMNS = `r.code, m.created_at AS "createdAt", r.privacy, r.status, r.reporter_id AS "reporterId",
  r.department_id AS "departmentId", r.dispatched_at AS "dispatchedAt", r.verified_at AS "verifiedAt"`;

/**
 * A user's reports, supports and follows in their data export. A support or follow names its
 * report only if the user may know of it as a citizen (the rule of report-access.ts): a
 * confidential report someone else filed shows as `code: null`, whatever the user once saw of it. On account deletion their reports
 * stay (public records of the city, shown as filed by "Pengguna terhapus"); supports and follows
 * are personal and go.
 */
@Injectable()
export class ReportsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'reports',
      export: (userId) => this.export(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
  }

  private async export(userId: string): Promise<Record<string, unknown>> {
    const [filed, supported, followed] = await Promise.all([
      this.dataSource.query(
        `SELECT code, type, privacy, status, title, description, address, latitude, longitude, created_at AS "createdAt",
                rating, rating_comment AS "ratingComment"
           FROM report WHERE reporter_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT ${MEMBER_COLUMNS} FROM report_support m JOIN report r ON r.id = m.report_id WHERE m.user_id = $1 ORDER BY m.created_at`,
        [userId],
      ) as Promise<MemberRow[]>,
      this.dataSource.query(
        `SELECT ${MEMBER_COLUMNS} FROM report_follower m JOIN report r ON r.id = m.report_id WHERE m.user_id = $1 ORDER BY m.created_at`,
        [userId],
      ) as Promise<MemberRow[]>,
    ]);
    // The export knows the user by id only: their staff rights are not applied.
    const asCitizen: AuthUser = { id: userId, roles: ['citizen'], departmentIds: [], language: 'id', via: 'session' };
    const named = (rows: MemberRow[]) =>
      rows.map((row) => ({ code: visibilityOf(asCitizen, row) === 'nothing' ? null : row.code, createdAt: row.createdAt }));
    return { filed, supported: named(supported), followed: named(followed) };
  }

  private async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM report_support WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM report_follower WHERE user_id = $1`, [userId]);
  }
}
