import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What another module holds about a user. Modules that depend on identity (reports, uploads…)
 * register one, so that the data export and the account deletion cover them without identity
 * depending on those modules.
 */
export interface PersonalDataContributor {
  /** The export's key for this module's data, e.g. `reports`. */
  key: string;
  export(userId: string): Promise<unknown>;
  /** Erases what is personal, inside the deletion's transaction; public content stays. */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.some((c) => c.key === contributor.key)) throw new Error(`Personal data "${contributor.key}" is registered twice`);
    this.contributors.push(contributor);
  }

  list(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
