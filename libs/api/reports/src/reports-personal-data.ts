import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A user's reports, supports and follows in their data export. On account deletion their reports
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
        `SELECT r.code, s.created_at AS "createdAt" FROM report_support s JOIN report r ON r.id = s.report_id WHERE s.user_id = $1 ORDER BY s.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT r.code, f.created_at AS "createdAt" FROM report_follower f JOIN report r ON r.id = f.report_id WHERE f.user_id = $1 ORDER BY f.created_at`,
        [userId],
      ),
    ]);
    return { filed, supported, followed };
  }

  private async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM report_support WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM report_follower WHERE user_id = $1`, [userId]);
  }
}
