import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forum moderation (docs/product.md, "Town-hall forums"): readers' and watched words' flags, the
 * moderation log (appeals and the public statistics read it), sanctions, appeals, watched words.
 */
export class ForumModeration1796484582850 implements MigrationInterface {
  name = 'ForumModeration1796484582850';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" character varying(12) NOT NULL, "target_id" uuid NOT NULL, "user_id" uuid, "reason" character varying(20), "details" character varying(1000) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_forum_flag_source" CHECK (("user_id" IS NULL) = ("reason" IS NULL)), CONSTRAINT "ck_forum_flag_reason" CHECK ("reason" IS NULL OR "reason" IN ('spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic')), CONSTRAINT "ck_forum_flag_target_type" CHECK ("target_type" IN ('post', 'question')), CONSTRAINT "pk_forum_flag" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_forum_flag_open_created" ON "forum_flag" ("created_at") WHERE "resolved_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_forum_flag_open" ON "forum_flag" ("target_type", "target_id") WHERE "resolved_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_flag_reader" ON "forum_flag" ("target_type", "target_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "forum_moderation_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" character varying(20) NOT NULL, "target_type" character varying(12) NOT NULL, "target_id" uuid NOT NULL, "subject_user_id" uuid, "moderator_id" uuid, "reason" character varying(20), "details" character varying(1000), "flagged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_moderation_action_reason" CHECK ("reason" IS NULL OR "reason" IN ('spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic')), CONSTRAINT "ck_forum_moderation_action_action" CHECK ("action" IN ('hide', 'unhide', 'approve', 'reject', 'dismiss_flags', 'auto_hide', 'lock', 'unlock', 'pin', 'unpin', 'move', 'slow_mode', 'warn', 'mute', 'ban', 'lift_sanction', 'appeal_upheld', 'appeal_overturned')), CONSTRAINT "pk_forum_moderation_action" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_forum_moderation_action_target" ON "forum_moderation_action" ("target_type", "target_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_forum_moderation_action_subject" ON "forum_moderation_action" ("subject_user_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_forum_moderation_action_created" ON "forum_moderation_action" ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "forum_sanction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "reason" character varying(1000) NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by" uuid, "action_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_sanction_mute_ends" CHECK ("kind" <> 'mute' OR "ends_at" IS NOT NULL), CONSTRAINT "ck_forum_sanction_kind" CHECK ("kind" IN ('warn', 'mute', 'ban')), CONSTRAINT "pk_forum_sanction" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_forum_sanction_user" ON "forum_sanction" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "forum_appeal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "decision" character varying(12), "note" character varying(1000), CONSTRAINT "ck_forum_appeal_decision" CHECK ("decision" IS NULL OR "decision" IN ('upheld', 'overturned')), CONSTRAINT "pk_forum_appeal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_appeal_action" ON "forum_appeal" ("action_id") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_appeal_open" ON "forum_appeal" ("created_at") WHERE "decided_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "forum_watched_word" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list" character varying(40) NOT NULL, "pattern" character varying(100) NOT NULL, "action" character varying(8) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_watched_word_action" CHECK ("action" IN ('block', 'hold', 'flag')), CONSTRAINT "pk_forum_watched_word" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_watched_word" ON "forum_watched_word" ("list", "pattern") `);
    await queryRunner.query(
      `ALTER TABLE "forum_flag" ADD CONSTRAINT "fk_forum_flag_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_sanction" ADD CONSTRAINT "fk_forum_sanction_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_appeal" ADD CONSTRAINT "fk_forum_appeal_action" FOREIGN KEY ("action_id") REFERENCES "forum_moderation_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_appeal" ADD CONSTRAINT "fk_forum_appeal_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_appeal" DROP CONSTRAINT "fk_forum_appeal_user"`);
    await queryRunner.query(`ALTER TABLE "forum_appeal" DROP CONSTRAINT "fk_forum_appeal_action"`);
    await queryRunner.query(`ALTER TABLE "forum_sanction" DROP CONSTRAINT "fk_forum_sanction_user"`);
    await queryRunner.query(`ALTER TABLE "forum_flag" DROP CONSTRAINT "fk_forum_flag_user"`);
    await queryRunner.query(`DROP INDEX "uq_forum_watched_word"`);
    await queryRunner.query(`DROP TABLE "forum_watched_word"`);
    await queryRunner.query(`DROP INDEX "ix_forum_appeal_open"`);
    await queryRunner.query(`DROP INDEX "uq_forum_appeal_action"`);
    await queryRunner.query(`DROP TABLE "forum_appeal"`);
    await queryRunner.query(`DROP INDEX "ix_forum_sanction_user"`);
    await queryRunner.query(`DROP TABLE "forum_sanction"`);
    await queryRunner.query(`DROP INDEX "ix_forum_moderation_action_created"`);
    await queryRunner.query(`DROP INDEX "ix_forum_moderation_action_subject"`);
    await queryRunner.query(`DROP INDEX "ix_forum_moderation_action_target"`);
    await queryRunner.query(`DROP TABLE "forum_moderation_action"`);
    await queryRunner.query(`DROP INDEX "uq_forum_flag_reader"`);
    await queryRunner.query(`DROP INDEX "ix_forum_flag_open"`);
    await queryRunner.query(`DROP INDEX "ix_forum_flag_open_created"`);
    await queryRunner.query(`DROP TABLE "forum_flag"`);
  }
}
