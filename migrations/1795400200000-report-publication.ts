import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a report was first verified (its content is public from then on, unless confidential or
 * rejected) and the department each timeline event speaks for. Both are backfilled from the
 * timeline.
 */
export class ReportPublication1795400200000 implements MigrationInterface {
  name = 'ReportPublication1795400200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "report_event" ADD "department_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "report_event" ADD CONSTRAINT "fk_report_event_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The first verify event; a report past verification without one (inserted by other means)
    // counts as verified at its first response. Rejected and merged reports have only their
    // events to tell.
    await queryRunner.query(
      `UPDATE "report" r SET "verified_at" = v.at
         FROM (SELECT report_id, min(occurred_at) AS at FROM "report_event" WHERE kind = 'verify' GROUP BY report_id) v
        WHERE v.report_id = r.id`,
    );
    await queryRunner.query(
      `UPDATE "report" SET "verified_at" = COALESCE("first_response_at", "created_at")
        WHERE "verified_at" IS NULL AND "status" NOT IN ('submitted', 'rejected', 'duplicate')`,
    );
    // Dispatch events name their department; an official's event, the last dispatch before it.
    await queryRunner.query(
      `UPDATE "report_event" e SET "department_id" = d.id
         FROM "department" d
        WHERE e.kind = 'dispatch' AND d.id::text = e.data->>'departmentId'`,
    );
    await queryRunner.query(
      `UPDATE "report_event" e SET "department_id" = (
              SELECT p.department_id FROM "report_event" p
               WHERE p.report_id = e.report_id AND p.kind = 'dispatch' AND p.occurred_at <= e.occurred_at
               ORDER BY p.occurred_at DESC, p.id DESC LIMIT 1)
        WHERE e.actor_role = 'official' AND e.kind <> 'dispatch'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_event" DROP CONSTRAINT "fk_report_event_department"`);
    await queryRunner.query(`ALTER TABLE "report_event" DROP COLUMN "department_id"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "verified_at"`);
  }
}
