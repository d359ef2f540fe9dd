import { Injectable } from '@nestjs/common';
import type { Language } from '@walikota/api-platform';
import type { EmailFrequency, Recipient, RecipientDirectory } from '@walikota/api-notifications';
import { DataSource, EntityManager } from 'typeorm';

interface RecipientRow {
  id: string;
  email: string;
  name: string;
  language: Language;
  email_frequency: EmailFrequency;
}

/**
 * What other modules may know of users, without reading `app_user`: names to show (a report's
 * reporter) and who a notification reaches (only active users with an e-mail address).
 */
@Injectable()
export class UserDirectory implements RecipientDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** Current names by id, in one query; ids of no (longer existing) user are absent. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** When the account was created (forums treat young accounts more strictly); null for no such user. */
  async createdAt(id: string): Promise<Date | null> {
    const [row]: { created_at: Date }[] = await this.dataSource.query(`SELECT created_at FROM app_user WHERE id = $1`, [id]);
    return row?.created_at ?? null;
  }

  /** `manager`: the caller's transaction (the embedded database has one connection; users created in it are seen). */
  async recipients(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Recipient[]> {
    if (userIds.length === 0) return [];
    const rows: RecipientRow[] = await manager.query(
      `SELECT id, email, name, language, email_frequency FROM app_user
       WHERE id = ANY($1::uuid[]) AND status = 'active' AND email IS NOT NULL
       ORDER BY id`,
      [userIds],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, language: r.language, emailFrequency: r.email_frequency }));
  }
}
