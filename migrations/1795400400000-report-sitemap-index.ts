import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sitemap's pages of reports (`ReportSitemap`, libs/api/reports/src/report-sitemap.ts): each
 * page holds the listed reports whose code number (`LPR-2026-004217` → 4217, from the one
 * sequence `report_code_seq`) falls in its range, so a page and the list of pages are read as
 * ranges of this index, with no OFFSET and no count. The expression must stay exactly the one
 * `REPORT_CODE_NUMBER_SQL` writes, or the planner will not use the index; `[0-9]{1,18}` keeps the
 * cast within bigint whatever a code holds.
 */
export class ReportSitemapIndex1795400400000 implements MigrationInterface {
  name = 'ReportSitemapIndex1795400400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_report_listed_code_number" ON "report" ((CAST(substring("code" FROM '[0-9]{1,18}$') AS bigint))) WHERE "listed"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_report_listed_code_number"`);
  }
}
