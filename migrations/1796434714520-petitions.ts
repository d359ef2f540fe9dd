import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seeded rejection reasons (admins edit the list later); the last four also hide the text. */
const REASONS: [code: string, labelId: string, labelEn: string, hidesText: boolean][] = [
  ['duplicate', 'Sudah ada petisi yang sama', 'There is already a petition for the same thing', false],
  ['not_municipal_authority', 'Bukan kewenangan pemerintah kota', 'Not something the city government is responsible for', false],
  ['no_action_requested', 'Tidak meminta tindakan yang jelas', 'Does not ask for a clear action', false],
  ['already_happening', 'Sudah dilakukan atau sedang berjalan', 'Already done or under way', false],
  ['unclear', 'Tidak jelas', 'Unclear', false],
  ['offensive', 'Menyinggung, kasar atau SARA', 'Offensive, abusive or hateful', true],
  ['defamatory', 'Berisi tuduhan yang mencemarkan nama baik', 'Defamatory', true],
  ['advertising', 'Iklan atau promosi', 'Advertising or promotion', true],
  ['personal_data', 'Memuat data pribadi', 'Contains personal data', true],
];

/**
 * Petitions (docs/product.md, "Petitions"). Besides what TypeORM generated from the entities: the
 * code sequence (numbers without a hot counter row), the full-text vector kept by a trigger with
 * its GIN index, the title trigram index (similar petitions while typing) and the seeded reasons.
 */
export class Petitions1796434714520 implements MigrationInterface {
  name = 'Petitions1796434714520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "petition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "state" character varying(24) NOT NULL DEFAULT 'draft', "title" character varying(150) NOT NULL, "background" text NOT NULL, "details" text NOT NULL DEFAULT '', "search_vector" tsvector, "category_id" uuid NOT NULL, "scope" character varying(12) NOT NULL DEFAULT 'city', "kecamatan_id" uuid, "department_id" uuid, "creator_id" uuid NOT NULL, "sponsor_token" character varying(43) NOT NULL, "signature_count" integer NOT NULL DEFAULT '0', "trending_count" integer NOT NULL DEFAULT '0', "sponsors_requested_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "moderation_due_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "rejected_at" TIMESTAMP WITH TIME ZONE, "rejection_code" character varying(40), "rejection_details" text, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_code" character varying(40), "hidden_details" text, "response_threshold_at" TIMESTAMP WITH TIME ZONE, "response_due_at" TIMESTAMP WITH TIME ZONE, "agenda_threshold_at" TIMESTAMP WITH TIME ZONE, "responded_at" TIMESTAMP WITH TIME ZONE, "response_summary" character varying(500), "response_details" text, "response_department_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_petition_scope_kecamatan" CHECK (("scope" = 'kecamatan') = ("kecamatan_id" IS NOT NULL)), CONSTRAINT "ck_petition_scope" CHECK ("scope" IN ('city', 'kecamatan')), CONSTRAINT "ck_petition_state" CHECK ("state" IN ('draft', 'gathering_sponsors', 'pending_moderation', 'open', 'closed', 'rejected', 'hidden')), CONSTRAINT "pk_petition" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_petition_code" ON "petition" ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_petition_sponsor_token" ON "petition" ("sponsor_token") `);
    await queryRunner.query(`CREATE INDEX "ix_petition_department_response" ON "petition" ("department_id", "response_threshold_at") WHERE "response_threshold_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_petition_creator" ON "petition" ("creator_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_petition_closes" ON "petition" ("closes_at") WHERE "state" = 'open'`);
    await queryRunner.query(`CREATE INDEX "ix_petition_state_submitted" ON "petition" ("state", "submitted_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_petition_rejected" ON "petition" ("rejected_at", "id") WHERE "state" = 'rejected'`);
    await queryRunner.query(`CREATE INDEX "ix_petition_public_trending" ON "petition" ("trending_count", "id") WHERE "state" = 'open'`);
    await queryRunner.query(`CREATE INDEX "ix_petition_public_opened" ON "petition" ("opened_at", "id") WHERE "state" IN ('open', 'closed')`);
    await queryRunner.query(`CREATE INDEX "ix_petition_public_signatures" ON "petition" ("signature_count", "id") WHERE "state" IN ('open', 'closed')`);
    await queryRunner.query(`CREATE TABLE "petition_report_link" ("petition_id" uuid NOT NULL, "report_code" character varying(20) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "pk_petition_report_link" PRIMARY KEY ("petition_id", "report_code"))`);
    await queryRunner.query(`CREATE TABLE "petition_sponsor" ("petition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_petition_sponsor" PRIMARY KEY ("petition_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_petition_sponsor_user" ON "petition_sponsor" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "petition_signature" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "petition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "area_id" uuid, "ip" inet, "email_domain" character varying(253), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "invalidated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_petition_signature" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_petition_signature_area" ON "petition_signature" ("petition_id", "area_id") WHERE "invalidated_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_petition_signature_created" ON "petition_signature" ("petition_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_petition_signature_user" ON "petition_signature" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_petition_signature" ON "petition_signature" ("petition_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "petition_count_delta" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "petition_id" uuid NOT NULL, "delta" integer NOT NULL, CONSTRAINT "pk_petition_count_delta" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "petition_rejection_reason" ("code" character varying(40) NOT NULL, "label_id" character varying(200) NOT NULL, "label_en" character varying(200) NOT NULL, "hides_text" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_petition_rejection_reason" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "petition_blocked_domain" ("domain" character varying(253) NOT NULL, "reason" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_petition_blocked_domain" PRIMARY KEY ("domain"))`);
    await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition_category" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition_kecamatan" FOREIGN KEY ("kecamatan_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition_creator" FOREIGN KEY ("creator_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition_response_department" FOREIGN KEY ("response_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_report_link" ADD CONSTRAINT "fk_petition_report_link_petition" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_sponsor" ADD CONSTRAINT "fk_petition_sponsor_petition" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_sponsor" ADD CONSTRAINT "fk_petition_sponsor_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_signature" ADD CONSTRAINT "fk_petition_signature_petition" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_signature" ADD CONSTRAINT "fk_petition_signature_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_signature" ADD CONSTRAINT "fk_petition_signature_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_count_delta" ADD CONSTRAINT "fk_petition_count_delta_petition" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE SEQUENCE "petition_code_seq" START 1`);
    await queryRunner.query(`CREATE FUNCTION petition_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(to_tsvector('indonesian', NEW.title), 'A') || to_tsvector('indonesian', NEW.background || ' ' || NEW.details);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_petition_search_vector BEFORE INSERT OR UPDATE OF title, background, details ON "petition" FOR EACH ROW EXECUTE FUNCTION petition_search_vector()`,
    );
    await queryRunner.query(`CREATE INDEX "ix_petition_search_vector" ON "petition" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_petition_title_trgm" ON "petition" USING gin ("title" gin_trgm_ops)`);
    for (const [index, [code, labelId, labelEn, hidesText]] of REASONS.entries()) {
      await queryRunner.query(
        `INSERT INTO "petition_rejection_reason" ("code", "label_id", "label_en", "hides_text", "active", "sort_order") VALUES ($1, $2, $3, $4, true, $5)`,
        [code, labelId, labelEn, hidesText, (index + 1) * 10],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_petition_title_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_petition_search_vector"`);
    await queryRunner.query(`DROP TRIGGER trg_petition_search_vector ON "petition"`);
    await queryRunner.query(`DROP FUNCTION petition_search_vector()`);
    await queryRunner.query(`DROP SEQUENCE "petition_code_seq"`);
    await queryRunner.query(`ALTER TABLE "petition_count_delta" DROP CONSTRAINT "fk_petition_count_delta_petition"`);
    await queryRunner.query(`ALTER TABLE "petition_signature" DROP CONSTRAINT "fk_petition_signature_area"`);
    await queryRunner.query(`ALTER TABLE "petition_signature" DROP CONSTRAINT "fk_petition_signature_user"`);
    await queryRunner.query(`ALTER TABLE "petition_signature" DROP CONSTRAINT "fk_petition_signature_petition"`);
    await queryRunner.query(`ALTER TABLE "petition_sponsor" DROP CONSTRAINT "fk_petition_sponsor_user"`);
    await queryRunner.query(`ALTER TABLE "petition_sponsor" DROP CONSTRAINT "fk_petition_sponsor_petition"`);
    await queryRunner.query(`ALTER TABLE "petition_report_link" DROP CONSTRAINT "fk_petition_report_link_petition"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition_response_department"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition_creator"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition_department"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition_kecamatan"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition_category"`);
    await queryRunner.query(`DROP TABLE "petition_blocked_domain"`);
    await queryRunner.query(`DROP TABLE "petition_rejection_reason"`);
    await queryRunner.query(`DROP TABLE "petition_count_delta"`);
    await queryRunner.query(`DROP INDEX "uq_petition_signature"`);
    await queryRunner.query(`DROP INDEX "ix_petition_signature_user"`);
    await queryRunner.query(`DROP INDEX "ix_petition_signature_created"`);
    await queryRunner.query(`DROP INDEX "ix_petition_signature_area"`);
    await queryRunner.query(`DROP TABLE "petition_signature"`);
    await queryRunner.query(`DROP INDEX "ix_petition_sponsor_user"`);
    await queryRunner.query(`DROP TABLE "petition_sponsor"`);
    await queryRunner.query(`DROP TABLE "petition_report_link"`);
    await queryRunner.query(`DROP INDEX "ix_petition_public_signatures"`);
    await queryRunner.query(`DROP INDEX "ix_petition_public_opened"`);
    await queryRunner.query(`DROP INDEX "ix_petition_public_trending"`);
    await queryRunner.query(`DROP INDEX "ix_petition_rejected"`);
    await queryRunner.query(`DROP INDEX "ix_petition_state_submitted"`);
    await queryRunner.query(`DROP INDEX "ix_petition_closes"`);
    await queryRunner.query(`DROP INDEX "ix_petition_creator"`);
    await queryRunner.query(`DROP INDEX "ix_petition_department_response"`);
    await queryRunner.query(`DROP INDEX "uq_petition_sponsor_token"`);
    await queryRunner.query(`DROP INDEX "uq_petition_code"`);
    await queryRunner.query(`DROP TABLE "petition"`);
  }
}
