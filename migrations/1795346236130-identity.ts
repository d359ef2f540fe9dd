import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795346236130 implements MigrationInterface {
  name = 'Identity1795346236130';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_roles" character varying array NOT NULL DEFAULT '{}', "action" character varying(80) NOT NULL, "target_type" character varying(40) NOT NULL, "target_id" character varying(64), "before" jsonb, "after" jsonb, "reason" text, "request_id" character varying(128), "ip" character varying(64), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_action" ON "audit_log" ("action") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_target" ON "audit_log" ("target_type", "target_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254), "email_verified_at" TIMESTAMP WITH TIME ZONE, "password_hash" character varying(255), "name" character varying(120) NOT NULL, "phone" character varying(20), "home_area_id" uuid, "language" character varying(2) NOT NULL DEFAULT 'id', "email_frequency" character varying(10) NOT NULL DEFAULT 'immediate', "status" character varying(10) NOT NULL DEFAULT 'active', "suspended_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_app_user_email_frequency" CHECK ("email_frequency" IN ('immediate', 'daily', 'never')), CONSTRAINT "ck_app_user_language" CHECK ("language" IN ('id', 'en')), CONSTRAINT "ck_app_user_status" CHECK ("status" IN ('active', 'suspended', 'deleted')), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user_home_area_id" ON "app_user" ("home_area_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_role" ("user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "ck_user_role_role" CHECK ("role" IN ('citizen', 'moderator', 'official', 'admin')), CONSTRAINT "pk_user_role" PRIMARY KEY ("user_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "department_member" ("user_id" uuid NOT NULL, "department_id" uuid NOT NULL, CONSTRAINT "pk_department_member" PRIMARY KEY ("user_id", "department_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_department_member_department_id" ON "department_member" ("department_id") `);
    await queryRunner.query(
      `CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "to_user_id" uuid, "template" character varying(60) NOT NULL, "language" character varying(2) NOT NULL, "subject" character varying(200) NOT NULL, "text_body" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_email_outbox_status" CHECK ("status" IN ('pending', 'sent', 'failed')), CONSTRAINT "pk_email_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_email_outbox_to_user_id" ON "email_outbox" ("to_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_email_outbox_created_at" ON "email_outbox" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_email_outbox_pending" ON "email_outbox" ("status", "next_attempt_at") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user_id" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_family_id" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("email_hash" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_attempt" PRIMARY KEY ("email_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_email_token_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password')), CONSTRAINT "pk_email_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_email_token_user_id" ON "email_token" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_token_hash" ON "email_token" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_api_key" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_api_key_user_id" ON "api_key" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_key_hash" ON "api_key" ("key_hash") `);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_home_area" FOREIGN KEY ("home_area_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_role" ADD CONSTRAINT "fk_user_role_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_member" ADD CONSTRAINT "fk_department_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_member" ADD CONSTRAINT "fk_department_member_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_token" ADD CONSTRAINT "fk_email_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "fk_api_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only: no UPDATE or DELETE, whoever asks.
    await queryRunner.query(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "fk_api_key_user"`);
    await queryRunner.query(`ALTER TABLE "email_token" DROP CONSTRAINT "fk_email_token_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "department_member" DROP CONSTRAINT "fk_department_member_department"`);
    await queryRunner.query(`ALTER TABLE "department_member" DROP CONSTRAINT "fk_department_member_user"`);
    await queryRunner.query(`ALTER TABLE "user_role" DROP CONSTRAINT "fk_user_role_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_home_area"`);
    await queryRunner.query(`DROP INDEX "uq_api_key_hash"`);
    await queryRunner.query(`DROP INDEX "ix_api_key_user_id"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "uq_email_token_hash"`);
    await queryRunner.query(`DROP INDEX "ix_email_token_user_id"`);
    await queryRunner.query(`DROP TABLE "email_token"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "uq_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "ix_refresh_token_family_id"`);
    await queryRunner.query(`DROP INDEX "ix_refresh_token_user_id"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "ix_email_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "ix_email_outbox_created_at"`);
    await queryRunner.query(`DROP INDEX "ix_email_outbox_to_user_id"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP INDEX "ix_department_member_department_id"`);
    await queryRunner.query(`DROP TABLE "department_member"`);
    await queryRunner.query(`DROP TABLE "user_role"`);
    await queryRunner.query(`DROP INDEX "ix_app_user_home_area_id"`);
    await queryRunner.query(`DROP INDEX "uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "ix_audit_log_target"`);
    await queryRunner.query(`DROP INDEX "ix_audit_log_actor"`);
    await queryRunner.query(`DROP INDEX "ix_audit_log_action"`);
    await queryRunner.query(`DROP INDEX "ix_audit_log_occurred_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
