import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingCalendar1795354443417 implements MigrationInterface {
  name = 'WorkingCalendar1795354443417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holiday" ("date" date NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_holiday" PRIMARY KEY ("date"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holiday"`);
  }
}
