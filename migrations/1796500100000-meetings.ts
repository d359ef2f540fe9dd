import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Town-hall meetings (docs/product.md, "Town-hall meetings"): meetings with their agenda,
 * registrations (places and the waiting list), questions and their votes, commitments; the
 * sequences behind meeting codes, the waiting list's order and the question list's version.
 */
export class Meetings1796500100000 implements MigrationInterface {
  name = 'Meetings1796500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "meeting_code_seq" START 1`);
    await queryRunner.query(`CREATE SEQUENCE "meeting_registration_queue_seq" START 1`);
    await queryRunner.query(`CREATE SEQUENCE "meeting_question_version_seq" START 1`);
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'scheduled', "title" character varying(150) NOT NULL, "description" text NOT NULL DEFAULT '', "description_html" text NOT NULL DEFAULT '', "type" character varying(12) NOT NULL, "venue_name" character varying(200), "venue_address" character varying(300), "latitude" numeric(9,6), "longitude" numeric(9,6), "area_id" uuid, "online_url" character varying(500), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "department_id" uuid NOT NULL, "created_by" uuid NOT NULL, "sequence" integer NOT NULL DEFAULT '0', "live_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(1000), "concluded_at" TIMESTAMP WITH TIME ZONE, "minutes" text, "minutes_html" text, "attendance_count" integer, "registered_count" integer, "chair_name" character varying(120), "secretary_name" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_online" CHECK ("type" = 'in_person' OR "online_url" IS NOT NULL), CONSTRAINT "ck_meeting_venue" CHECK ("type" = 'online' OR ("venue_name" IS NOT NULL AND "latitude" IS NOT NULL)), CONSTRAINT "ck_meeting_point" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)), CONSTRAINT "ck_meeting_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ck_meeting_capacity" CHECK ("capacity" >= 1), CONSTRAINT "ck_meeting_type" CHECK ("type" IN ('in_person', 'online', 'hybrid')), CONSTRAINT "ck_meeting_status" CHECK ("status" IN ('scheduled', 'live', 'concluded', 'cancelled')), CONSTRAINT "pk_meeting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_code" ON "meeting" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_department" ON "meeting" ("department_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_starts" ON "meeting" ("starts_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(200) NOT NULL, "duration_minutes" smallint NOT NULL, "presenter_name" character varying(120), "petition_id" uuid, "petition_code" character varying(20), CONSTRAINT "ck_meeting_agenda_item_duration" CHECK ("duration_minutes" BETWEEN 1 AND 600), CONSTRAINT "pk_meeting_agenda_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_agenda_item_position" ON "meeting_agenda_item" ("meeting_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "queue_position" bigint NOT NULL, "code" character varying(8) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" uuid, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_registration_check_in" CHECK ("checked_in_at" IS NULL OR "status" = 'confirmed'), CONSTRAINT "ck_meeting_registration_status" CHECK ("status" IN ('confirmed', 'waiting', 'cancelled')), CONSTRAINT "pk_meeting_registration" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_registration_user" ON "meeting_registration" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_registration_code" ON "meeting_registration" ("code") `);
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_registration_reminder" ON "meeting_registration" ("meeting_id") WHERE "status" = 'confirmed' AND "reminded_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_registration_queue" ON "meeting_registration" ("meeting_id", "status", "queue_position") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_registration_user" ON "meeting_registration" ("meeting_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "vote_count" integer NOT NULL DEFAULT '0', "version" bigint NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(20), "hidden_details" character varying(1000), "hidden_by_flags" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_question_not_self" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id"), CONSTRAINT "ck_meeting_question_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL)), CONSTRAINT "ck_meeting_question_hidden_reason" CHECK ("hidden_reason" IS NULL OR "hidden_reason" IN ('spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic')), CONSTRAINT "pk_meeting_question" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_question_author" ON "meeting_question" ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_question_meeting_version" ON "meeting_question" ("meeting_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_question_vote" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_meeting_question_vote" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_question_vote_user" ON "meeting_question_vote" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL, "department_id" uuid NOT NULL, "description" character varying(1000) NOT NULL, "due_date" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "dropped_reason" character varying(1000), "petition_codes" character varying(20) array NOT NULL DEFAULT '{}', "report_codes" character varying(20) array NOT NULL DEFAULT '{}', "status_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_commitment_dropped" CHECK ("status" <> 'dropped' OR "dropped_reason" IS NOT NULL), CONSTRAINT "ck_meeting_commitment_status" CHECK ("status" IN ('open', 'in_progress', 'done', 'dropped')), CONSTRAINT "pk_meeting_commitment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_commitment_department" ON "meeting_commitment" ("department_id", "due_date") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_commitment_due" ON "meeting_commitment" ("due_date", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_commitment_meeting" ON "meeting_commitment" ("meeting_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "fk_meeting_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "fk_meeting_agenda_item_petition" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_registration" ADD CONSTRAINT "fk_meeting_registration_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_registration" ADD CONSTRAINT "fk_meeting_registration_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_question" ADD CONSTRAINT "fk_meeting_question_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_question" ADD CONSTRAINT "fk_meeting_question_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_question" ADD CONSTRAINT "fk_meeting_question_merged_into" FOREIGN KEY ("merged_into_id") REFERENCES "meeting_question"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_question_vote" ADD CONSTRAINT "fk_meeting_question_vote_question" FOREIGN KEY ("question_id") REFERENCES "meeting_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_question_vote" ADD CONSTRAINT "fk_meeting_question_vote_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_commitment" ADD CONSTRAINT "fk_meeting_commitment_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_commitment" ADD CONSTRAINT "fk_meeting_commitment_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_commitment" DROP CONSTRAINT "fk_meeting_commitment_department"`);
    await queryRunner.query(`ALTER TABLE "meeting_commitment" DROP CONSTRAINT "fk_meeting_commitment_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_question_vote" DROP CONSTRAINT "fk_meeting_question_vote_user"`);
    await queryRunner.query(`ALTER TABLE "meeting_question_vote" DROP CONSTRAINT "fk_meeting_question_vote_question"`);
    await queryRunner.query(`ALTER TABLE "meeting_question" DROP CONSTRAINT "fk_meeting_question_merged_into"`);
    await queryRunner.query(`ALTER TABLE "meeting_question" DROP CONSTRAINT "fk_meeting_question_author"`);
    await queryRunner.query(`ALTER TABLE "meeting_question" DROP CONSTRAINT "fk_meeting_question_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_registration" DROP CONSTRAINT "fk_meeting_registration_user"`);
    await queryRunner.query(`ALTER TABLE "meeting_registration" DROP CONSTRAINT "fk_meeting_registration_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_item" DROP CONSTRAINT "fk_meeting_agenda_item_petition"`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_item" DROP CONSTRAINT "fk_meeting_agenda_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_created_by"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_department"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_area"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_commitment_meeting"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_commitment_due"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_commitment_department"`);
    await queryRunner.query(`DROP TABLE "meeting_commitment"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_question_vote_user"`);
    await queryRunner.query(`DROP TABLE "meeting_question_vote"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_question_meeting_version"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_question_author"`);
    await queryRunner.query(`DROP TABLE "meeting_question"`);
    await queryRunner.query(`DROP INDEX "uq_meeting_registration_user"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_registration_queue"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_registration_reminder"`);
    await queryRunner.query(`DROP INDEX "uq_meeting_registration_code"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_registration_user"`);
    await queryRunner.query(`DROP TABLE "meeting_registration"`);
    await queryRunner.query(`DROP INDEX "uq_meeting_agenda_item_position"`);
    await queryRunner.query(`DROP TABLE "meeting_agenda_item"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_starts"`);
    await queryRunner.query(`DROP INDEX "ix_meeting_department"`);
    await queryRunner.query(`DROP INDEX "uq_meeting_code"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP SEQUENCE "meeting_question_version_seq"`);
    await queryRunner.query(`DROP SEQUENCE "meeting_registration_queue_seq"`);
    await queryRunner.query(`DROP SEQUENCE "meeting_code_seq"`);
  }
}
