import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kelurahan a report's point lies in, kept when it differs from the kelurahan the reporter
 * chose, so that staff see the mismatch. Existing reports are left unflagged.
 */
export class ReportPointArea1795400300000 implements MigrationInterface {
  name = 'ReportPointArea1795400300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" ADD "point_area_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_point_area" FOREIGN KEY ("point_area_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_point_area"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "point_area_id"`);
  }
}
