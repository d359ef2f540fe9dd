import { MigrationInterface, QueryRunner } from 'typeorm';

/** The years whose fixed national holidays were seeded, so that a holiday an admin deleted stays deleted. */

export class HolidaySeedYears1795366056469 implements MigrationInterface {
  name = 'HolidaySeedYears1795366056469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holiday_seed_year" ("year" integer NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_holiday_seed_year" PRIMARY KEY ("year"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holiday_seed_year"`);
  }
}
