import { Injectable } from '@nestjs/common';
import { AccountBootstrapService } from '@walikota/api-identity';
import { DepartmentEntity, ReferenceSeedService } from '@walikota/api-reference';
import { DataSource } from 'typeorm';

/**
 * Runs every module's seed: reference data always; the demo accounts (known passwords) only
 * where asked for, which `npm start` does for its embedded database.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceSeedService,
    private readonly accounts: AccountBootstrapService,
  ) {}

  async seed({ demoAccounts }: { demoAccounts: boolean }): Promise<Record<string, unknown>> {
    const reference = await this.reference.seed();
    return { reference, ...(demoAccounts ? { demoAccountsCreated: await this.accounts.seedDemoAccounts() } : {}) };
  }

  /** Seeds only a database that has never been seeded (what `npm start` does on first run). */
  async seedIfEmpty(options: { demoAccounts: boolean }): Promise<boolean> {
    if ((await this.dataSource.getRepository(DepartmentEntity).count()) > 0) return false;
    await this.seed(options);
    return true;
  }
}
