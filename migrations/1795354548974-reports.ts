import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795354548974 implements MigrationInterface {
  name = 'Reports1795354548974';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity for "similar reports" while a citizen types a title.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Tracking codes: a sequence hands out numbers without a row lock (no hot counter row).
    await queryRunner.query(`CREATE SEQUENCE "report_code_seq" START 1`);
    await queryRunner.query(
      `CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "type" character varying(20) NOT NULL, "privacy" character varying(12) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'submitted', "held_from_status" character varying(20), "listed" boolean NOT NULL DEFAULT false, "title" character varying(150) NOT NULL, "description" text NOT NULL, "category_id" uuid NOT NULL, "area_id" uuid NOT NULL, "kecamatan_id" uuid NOT NULL, "latitude" numeric(9,6), "longitude" numeric(9,6), "address" character varying(300), "department_id" uuid, "reporter_id" uuid NOT NULL, "duplicate_of_id" uuid, "reject_reason" character varying(40), "external_agency" character varying(200), "rating" smallint, "rating_comment" character varying(1000), "reopen_count" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "first_response_at" TIMESTAMP WITH TIME ZONE, "dispatched_at" TIMESTAMP WITH TIME ZONE, "followed_up_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "verify_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "followup_due_at" TIMESTAMP WITH TIME ZONE, "autoclose_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_report_point" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)), CONSTRAINT "ck_report_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "ck_report_status" CHECK ("status" IN ('submitted', 'verified', 'dispatched', 'in_progress', 'resolved', 'closed', 'rejected', 'on_hold', 'not_our_authority', 'duplicate')), CONSTRAINT "ck_report_privacy" CHECK ("privacy" IN ('public', 'anonymous', 'confidential')), CONSTRAINT "ck_report_type" CHECK ("type" IN ('aspiration', 'complaint', 'information_request')), CONSTRAINT "pk_report" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_report_code" ON "report" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_report_autoclose" ON "report" ("autoclose_at") WHERE "status" = 'resolved'`);
    await queryRunner.query(`CREATE INDEX "ix_report_reporter_created" ON "report" ("reporter_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_report_department_status_created" ON "report" ("department_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_status_created" ON "report" ("status", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_report_listed_point" ON "report" ("latitude", "longitude") WHERE "listed" AND "latitude" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_listed_status_created" ON "report" ("status", "created_at", "id") WHERE "listed"`);
    await queryRunner.query(`CREATE INDEX "ix_report_listed_area_created" ON "report" ("area_id", "created_at", "id") WHERE "listed"`);
    await queryRunner.query(
      `CREATE INDEX "ix_report_listed_kecamatan_created" ON "report" ("kecamatan_id", "created_at", "id") WHERE "listed"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_listed_category_created" ON "report" ("category_id", "created_at", "id") WHERE "listed"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_listed_created" ON "report" ("created_at", "id") WHERE "listed"`);
    // Expression indexes (the entity marks them synchronize: false): full-text search in Indonesian, title trigrams.
    await queryRunner.query(
      `CREATE INDEX "ix_report_search" ON "report" USING gin (to_tsvector('indonesian', "title" || ' ' || "description"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_title_trgm" ON "report" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE TABLE "report_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" character varying(12) NOT NULL, "kind" character varying(30) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "note" text, "public" boolean NOT NULL DEFAULT true, "data" jsonb NOT NULL, CONSTRAINT "pk_report_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_event_report_occurred" ON "report_event" ("report_id", "occurred_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "report_support" ("report_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_report_support" PRIMARY KEY ("report_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_support_user" ON "report_support" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "report_follower" ("report_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_report_follower" PRIMARY KEY ("report_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_follower_user" ON "report_follower" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_category" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_kecamatan" FOREIGN KEY ("kecamatan_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_reporter" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_duplicate_of" FOREIGN KEY ("duplicate_of_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_event" ADD CONSTRAINT "fk_report_event_report" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_support" ADD CONSTRAINT "fk_report_support_report" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_support" ADD CONSTRAINT "fk_report_support_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_follower" ADD CONSTRAINT "fk_report_follower_report" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_follower" ADD CONSTRAINT "fk_report_follower_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_follower" DROP CONSTRAINT "fk_report_follower_user"`);
    await queryRunner.query(`ALTER TABLE "report_follower" DROP CONSTRAINT "fk_report_follower_report"`);
    await queryRunner.query(`ALTER TABLE "report_support" DROP CONSTRAINT "fk_report_support_user"`);
    await queryRunner.query(`ALTER TABLE "report_support" DROP CONSTRAINT "fk_report_support_report"`);
    await queryRunner.query(`ALTER TABLE "report_event" DROP CONSTRAINT "fk_report_event_report"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_duplicate_of"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_reporter"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_department"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_kecamatan"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_area"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_category"`);
    await queryRunner.query(`DROP INDEX "ix_report_follower_user"`);
    await queryRunner.query(`DROP TABLE "report_follower"`);
    await queryRunner.query(`DROP INDEX "ix_report_support_user"`);
    await queryRunner.query(`DROP TABLE "report_support"`);
    await queryRunner.query(`DROP INDEX "ix_report_event_report_occurred"`);
    await queryRunner.query(`DROP TABLE "report_event"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_category_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_kecamatan_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_area_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_status_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_listed_point"`);
    await queryRunner.query(`DROP INDEX "ix_report_status_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_department_status_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_reporter_created"`);
    await queryRunner.query(`DROP INDEX "ix_report_autoclose"`);
    await queryRunner.query(`DROP INDEX "uq_report_code"`);
    await queryRunner.query(`DROP INDEX "ix_report_title_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_report_search"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP SEQUENCE "report_code_seq"`);
  }
}
