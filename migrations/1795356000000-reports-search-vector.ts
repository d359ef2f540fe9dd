import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search reads a stored tsvector kept by a trigger, instead of an expression index:
 * at a million reports, newest-first searches recomputed to_tsvector on every row they passed
 * (p95 884 ms in bench/scenarios/reports-search.mjs).
 */
export class ReportsSearchVector1795356000000 implements MigrationInterface {
  name = 'ReportsSearchVector1795356000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" ADD "search_vector" tsvector`);
    await queryRunner.query(`CREATE FUNCTION report_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector('indonesian', NEW.title || ' ' || NEW.description);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_report_search_vector BEFORE INSERT OR UPDATE OF title, description ON "report" FOR EACH ROW EXECUTE FUNCTION report_search_vector()`,
    );
    await queryRunner.query(`UPDATE "report" SET "search_vector" = to_tsvector('indonesian', "title" || ' ' || "description")`);
    await queryRunner.query(`DROP INDEX "ix_report_search"`);
    await queryRunner.query(`CREATE INDEX "ix_report_search_vector" ON "report" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_report_search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "ix_report_search" ON "report" USING gin (to_tsvector('indonesian', "title" || ' ' || "description"))`,
    );
    await queryRunner.query(`DROP TRIGGER trg_report_search_vector ON "report"`);
    await queryRunner.query(`DROP FUNCTION report_search_vector()`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "search_vector"`);
  }
}
