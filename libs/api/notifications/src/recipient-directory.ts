import { Injectable } from '@nestjs/common';
import { Language } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';

export const EMAIL_FREQUENCIES = ['immediate', 'daily', 'never'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** Who a notification reaches, as far as this module needs to know about a user. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  language: Language;
  emailFrequency: EmailFrequency;
}

/**
 * Looks up recipients: only active users with an e-mail address. Identity owns the users;
 * this module depends on the interface only (identity depends on notifications, not back).
 */
export interface RecipientDirectory {
  /**
   * `manager`: the caller's transaction. Pass it on, so the lookup shares the connection (the
   * embedded database has only one) and sees users created in the same transaction.
   */
  recipients(userIds: string[], manager?: EntityManager): Promise<Recipient[]>;
}

export const RECIPIENT_DIRECTORY = Symbol('RECIPIENT_DIRECTORY');

interface RecipientRow {
  id: string;
  email: string;
  name: string;
  language: Language;
  email_frequency: EmailFrequency;
}

/** The default directory: reads identity's `app_user` table with one query. */
@Injectable()
export class SqlRecipientDirectory implements RecipientDirectory {
  constructor(private readonly dataSource: DataSource) {}

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
