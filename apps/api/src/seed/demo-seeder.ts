import { Injectable } from '@nestjs/common';
import { DepartmentEntity, ReferenceSeedService } from '@walikota/api-reference';
import { DataSource } from 'typeorm';

/** Runs every module's seed: reference data now, demo accounts and content as modules land. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceSeedService,
  ) {}

  async seed(): Promise<Record<string, unknown>> {
    return { reference: await this.reference.seed() };
  }

  /** Seeds only a database that has never been seeded (what `npm start` does on first run). */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(DepartmentEntity).count()) > 0) return false;
    await this.seed();
    return true;
  }
}
