import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceData1795343020283 implements MigrationInterface {
  name = 'ReferenceData1795343020283';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(13) NOT NULL, "name" character varying(100) NOT NULL, "level" character varying(10) NOT NULL, "parent_id" uuid, CONSTRAINT "ck_area_level" CHECK ("level" IN ('kecamatan', 'kelurahan', 'desa')), CONSTRAINT "pk_area" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_area_code" ON "area" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_area_parent_id" ON "area" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "name_en" character varying(200), "short_name" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_department" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_department_code" ON "department" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module" character varying(20) NOT NULL, "code" character varying(60) NOT NULL, "name_id" character varying(120) NOT NULL, "name_en" character varying(120) NOT NULL, "department_id" uuid, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_category_module" CHECK ("module" IN ('report', 'petition', 'forum', 'proposal')), CONSTRAINT "pk_category" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_category_department_id" ON "category" ("department_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_category_module_code" ON "category" ("module", "code") `);
    await queryRunner.query(
      `ALTER TABLE "area" ADD CONSTRAINT "fk_area_parent" FOREIGN KEY ("parent_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category" ADD CONSTRAINT "fk_category_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "category" DROP CONSTRAINT "fk_category_department"`);
    await queryRunner.query(`ALTER TABLE "area" DROP CONSTRAINT "fk_area_parent"`);
    await queryRunner.query(`DROP INDEX "uq_category_module_code"`);
    await queryRunner.query(`DROP INDEX "ix_category_department_id"`);
    await queryRunner.query(`DROP TABLE "category"`);
    await queryRunner.query(`DROP INDEX "uq_department_code"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "ix_area_parent_id"`);
    await queryRunner.query(`DROP INDEX "uq_area_code"`);
    await queryRunner.query(`DROP TABLE "area"`);
  }
}
