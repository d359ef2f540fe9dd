import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the audit log tamper-evident: each entry carries its place in the chain (`seq`), the
 * hash of the entry before it (`prev_hash`) and its own hash (`hash`), all computed in the
 * database by a BEFORE INSERT trigger, so that no code path can forget them. The append-only
 * trigger stops the API; the chain shows what someone who can bypass triggers (a superuser, the
 * table's owner) changed, deleted, inserted or reordered (docs: README, "Audit log").
 */
export class AuditHashChain1795400100000 implements MigrationInterface {
  name = 'AuditHashChain1795400100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "prev_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "hash" character varying(64)`);
    // The ONE hashing expression, used by the trigger and by the verification. Every column, as a
    // JSON array in a fixed order: jsonb's text is canonical, a NULL is `null` and never `""`,
    // jsonb columns are hashed as their own canonical text (so SQL NULL and JSON null differ),
    // and the instant is written in UTC with microseconds whatever the session's time zone.
    // A migration that adds a column to audit_log must add it here too.
    await queryRunner.query(
      `CREATE FUNCTION audit_log_entry_hash(entry audit_log) RETURNS character varying LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          entry.seq, entry.prev_hash, entry.id,
          to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          entry.actor_id, to_jsonb(entry.actor_roles), entry.action, entry.target_type, entry.target_id,
          entry.before::text, entry.after::text, entry.reason, entry.request_id, entry.ip
        )::text, 'UTF8')), 'hex')
      $$`,
    );
    // Appends are serialised by a transaction-level advisory lock (two-key space, keyed by the
    // table, so each schema has its own chain), taken BEFORE the head is read: seq and prev_hash
    // then follow the order in which entries commit. The lock is held until commit, so an audited
    // transaction should write its entry last. The head is read through the trigger's own schema,
    // not the search_path, so that a temporary table cannot stand in for it.
    await queryRunner.query(
      `CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          head_seq bigint;
          head_hash character varying;
        BEGIN
          PERFORM pg_advisory_xact_lock(1096107084, TG_RELID::integer);
          EXECUTE format('SELECT seq, hash FROM %I.%I ORDER BY seq DESC LIMIT 1', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO head_seq, head_hash;
          NEW.seq := coalesce(head_seq, 0) + 1;
          NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
          EXECUTE format('SELECT %I.audit_log_entry_hash($1)', TG_TABLE_SCHEMA) INTO NEW.hash USING NEW;
          RETURN NEW;
        END
      $$`,
    );
    // Chain the entries already written, oldest first (the append-only trigger is paused for it).
    await queryRunner.query(`ALTER TABLE "audit_log" DISABLE TRIGGER tr_audit_log_append_only`);
    await queryRunner.query(
      `UPDATE "audit_log" a SET "seq" = o.n FROM (SELECT id, row_number() OVER (ORDER BY occurred_at, id) AS n FROM "audit_log") o WHERE a.id = o.id`,
    );
    await queryRunner.query(
      `DO $$
        DECLARE
          entry audit_log;
          previous character varying := repeat('0', 64);
        BEGIN
          FOR entry IN SELECT * FROM audit_log ORDER BY seq LOOP
            entry.prev_hash := previous;
            entry.hash := audit_log_entry_hash(entry);
            UPDATE audit_log SET prev_hash = entry.prev_hash, hash = entry.hash WHERE id = entry.id;
            previous := entry.hash;
          END LOOP;
        END
      $$`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER tr_audit_log_append_only`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_log_seq" ON "audit_log" ("seq") `);
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_log_chain BEFORE INSERT ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_log_chain ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_chain()`);
    await queryRunner.query(`DROP INDEX "uq_audit_log_seq"`);
    await queryRunner.query(`DROP FUNCTION audit_log_entry_hash(audit_log)`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "seq"`);
  }
}
