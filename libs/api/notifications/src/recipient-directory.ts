import { Injectable } from '@nestjs/common';
import { Language } from '@walikota/api-platform';
import type { EntityManager } from 'typeorm';

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

/**
 * The directory this module asks, filled in by the module that owns the users (identity, at
 * start). Notifications never read the user table themselves: identity depends on notifications,
 * so the lookup is handed over here instead of imported.
 */
@Injectable()
export class RecipientDirectoryRef implements RecipientDirectory {
  private directory?: RecipientDirectory;

  use(directory: RecipientDirectory): void {
    this.directory = directory;
  }

  recipients(userIds: string[], manager?: EntityManager): Promise<Recipient[]> {
    if (!this.directory) throw new Error('No recipient directory: import IdentityModule, which provides it');
    return this.directory.recipients(userIds, manager);
  }
}
