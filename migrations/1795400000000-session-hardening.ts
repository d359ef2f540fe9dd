import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in delays per e-mail address and client (no longer per address alone, which let anyone
 * lock anyone out), and scopes for API keys plus the key that created each one (revoking a key
 * revokes what it created). Existing keys keep the conservative `read` and `open311`.
 */
export class SessionHardening1795400000000 implements MigrationInterface {
  name = 'SessionHardening1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Failure counters are short-lived: starting them afresh is harmless.
    await queryRunner.query(`DELETE FROM "login_attempt"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "window_started_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "client_hash" character varying(64) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP CONSTRAINT "pk_login_attempt"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD CONSTRAINT "pk_login_attempt" PRIMARY KEY ("email_hash", "client_hash")`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "scopes" character varying(20) array NOT NULL DEFAULT '{read,open311}'`);
    // Only existing keys get the default: new ones always name their scopes.
    await queryRunner.query(`ALTER TABLE "api_key" ALTER COLUMN "scopes" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "created_by_key_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_api_key_created_by_key_id" ON "api_key" ("created_by_key_id") `);
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "ck_api_key_scopes" CHECK (cardinality("scopes") > 0 AND "scopes" <@ ARRAY['read', 'open311', 'reports', 'keys', 'admin']::varchar[])`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "fk_api_key_created_by_key" FOREIGN KEY ("created_by_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "fk_api_key_created_by_key"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "ck_api_key_scopes"`);
    await queryRunner.query(`DROP INDEX "ix_api_key_created_by_key_id"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "created_by_key_id"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "scopes"`);
    await queryRunner.query(`DELETE FROM "login_attempt"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "last_failure_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP CONSTRAINT "pk_login_attempt"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD CONSTRAINT "pk_login_attempt" PRIMARY KEY ("email_hash")`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "client_hash"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL`);
  }
}
