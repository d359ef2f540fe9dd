import { MigrationInterface, QueryRunner } from 'typeorm';

export class Uploads1795354547254 implements MigrationInterface {
  name = 'Uploads1795354547254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "storage_key" character varying(64) NOT NULL, "content_type" character varying(40) NOT NULL, "byte_size" integer NOT NULL, "original_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "width" integer, "height" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "claimed_by_type" character varying(40), "claimed_by_id" uuid, CONSTRAINT "ck_upload_claim" CHECK (("claimed_at" IS NULL) = ("claimed_by_id" IS NULL) AND ("claimed_at" IS NULL) = ("claimed_by_type" IS NULL)), CONSTRAINT "ck_upload_content_type" CHECK ("content_type" IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')), CONSTRAINT "pk_upload" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_upload_storage_key" ON "upload" ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "ix_upload_unclaimed_created" ON "upload" ("created_at") WHERE "claimed_at" IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_upload_claimed_by" ON "upload" ("claimed_by_type", "claimed_by_id") WHERE "claimed_at" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_upload_owner_created" ON "upload" ("owner_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "upload" ADD CONSTRAINT "fk_upload_owner" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upload" DROP CONSTRAINT "fk_upload_owner"`);
    await queryRunner.query(`DROP INDEX "ix_upload_owner_created"`);
    await queryRunner.query(`DROP INDEX "ix_upload_claimed_by"`);
    await queryRunner.query(`DROP INDEX "ix_upload_unclaimed_created"`);
    await queryRunner.query(`DROP INDEX "uq_upload_storage_key"`);
    await queryRunner.query(`DROP TABLE "upload"`);
  }
}
