import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795347516054 implements MigrationInterface {
  name = 'Notifications1795347516054';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" character varying(60) NOT NULL, "params" jsonb NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "digest_pending" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification_digest_pending" ON "notification" ("user_id") WHERE "digest_pending"`);
    await queryRunner.query(`CREATE INDEX "ix_notification_unread" ON "notification" ("user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_notification_user_created" ON "notification" ("user_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("user_id" uuid NOT NULL, "digest_date" date NOT NULL, "notification_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_digest" PRIMARY KEY ("user_id", "digest_date"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification_digest_date" ON "notification_digest" ("digest_date") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_notification_digest_date"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP INDEX "ix_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "ix_notification_unread"`);
    await queryRunner.query(`DROP INDEX "ix_notification_digest_pending"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
