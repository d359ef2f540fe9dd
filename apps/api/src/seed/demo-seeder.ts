import { Injectable } from '@nestjs/common';
import { AccountBootstrapService } from '@walikota/api-identity';
import { AppConfig } from '@walikota/api-platform';
import { AreaMap, DepartmentEntity, ReferenceSeedService } from '@walikota/api-reference';
import { ReportActionsService, ReportsService } from '@walikota/api-reports';
import { DataSource } from 'typeorm';
import { MeetingDemo, seedDemoForum } from '@walikota/api-forums';
import { principal, seedDemoReports } from './demo-reports';

/**
 * Runs every module's seed: reference data always; the demo accounts (known passwords), and a few
 * demo reports filed and handled by them, demo forum threads and town-hall meetings (unless SEED_DEMO_REPORTS=false), only where asked for,
 * which `npm start` does for its embedded database, and never in production (the rule is
 * AccountBootstrapService's: `'if-allowed'` skips them there, `true` fails).
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceSeedService,
    private readonly accounts: AccountBootstrapService,
    private readonly reports: ReportsService,
    private readonly actions: ReportActionsService,
    private readonly config: AppConfig,
    private readonly areaMap: AreaMap,
    private readonly meetingDemo: MeetingDemo,
  ) {}

  async seed({ demoAccounts }: { demoAccounts: DemoAccountsWanted }): Promise<Record<string, unknown>> {
    const reference = await this.reference.seed();
    if (!this.wantsDemoAccounts(demoAccounts)) return { reference };
    const demoAccountsCreated = await this.accounts.seedDemoAccounts();
    const demoReports = this.config.seedDemoReports ? await seedDemoReports(this.dataSource, this.reports, this.actions, this.areaMap) : 0;
    const demoThreads = this.config.seedDemoReports ? await this.seedForum() : 0;
    const demoMeetings = this.config.seedDemoReports ? await this.seedMeetings() : 0;
    return { reference, demoAccountsCreated, demoReports, demoThreads, demoMeetings };
  }

  /** The demo conversations in the forums, written by the demo citizen, moderator and DPU official. */
  private async seedForum(): Promise<number> {
    const emails = { citizen: 'warga@demo.walikota.id', moderator: 'moderator@demo.walikota.id', official: 'dpu@demo.walikota.id' };
    const rows: { id: string; email: string }[] = await this.dataSource.query(`SELECT id, email FROM app_user WHERE email = ANY($1)`, [
      Object.values(emails),
    ]);
    const id = (email: string) => rows.find((r) => r.email === email)?.id;
    const [citizen, moderator, official] = [id(emails.citizen), id(emails.moderator), id(emails.official)];
    return citizen && moderator && official ? seedDemoForum(this.dataSource, { citizen, moderator, official }) : 0;
  }

  /** One meeting to come and one concluded, organised by the DPU official, the demo citizen registered. */
  private async seedMeetings(): Promise<number> {
    const [citizen, official] = await Promise.all([
      principal(this.dataSource, 'warga@demo.walikota.id'),
      principal(this.dataSource, 'dpu@demo.walikota.id'),
    ]);
    return citizen && official ? this.meetingDemo.seed({ citizen, official }) : 0;
  }

  /** Seeds only a database that has never been seeded (what `npm start` does on first run). */
  async seedIfEmpty(options: { demoAccounts: DemoAccountsWanted }): Promise<boolean> {
    if ((await this.dataSource.getRepository(DepartmentEntity).count()) > 0) return false;
    await this.seed(options);
    return true;
  }

  /** Whether `seed` with these options creates the demo accounts. */
  wantsDemoAccounts(demoAccounts: DemoAccountsWanted): boolean {
    return demoAccounts === true || (demoAccounts === 'if-allowed' && this.accounts.demoAccountsAllowed);
  }
}

/** `true`: create them (refused in production); `'if-allowed'`: unless in production; `false`: never. */
export type DemoAccountsWanted = boolean | 'if-allowed';
