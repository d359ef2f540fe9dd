import { MigrationInterface, QueryRunner } from 'typeorm';

/** The categories a new portal starts with (admins rename, add and retire them). */
const CATEGORIES: [slug: string, nameId: string, nameEn: string, descriptionId: string, descriptionEn: string][] = [
  ['umum', 'Umum', 'General', 'Obrolan warga tentang kota kita.', 'Citizens talking about our city.'],
  [
    'infrastruktur-lingkungan',
    'Infrastruktur & Lingkungan',
    'Infrastructure & Environment',
    'Jalan, drainase, sampah, taman dan ruang terbuka.',
    'Roads, drainage, waste, parks and open space.',
  ],
  [
    'pelayanan-publik',
    'Pelayanan Publik',
    'Public Services',
    'Kesehatan, pendidikan, administrasi kependudukan dan layanan lain.',
    'Health, education, civil registration and other services.',
  ],
  [
    'usulan-warga',
    'Usulan Warga',
    'Citizens’ Ideas',
    'Gagasan untuk kota sebelum menjadi petisi atau usulan proyek.',
    'Ideas for the city before they become petitions or project proposals.',
  ],
];

/**
 * Town-hall forums (docs/product.md, "Town-hall forums"). Besides what TypeORM generated from the
 * entities: the thread number sequence, the posts' full-text index and the first categories.
 */
export class Forums1796483867238 implements MigrationInterface {
  name = 'Forums1796483867238';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name_id" character varying(80) NOT NULL, "name_en" character varying(80) NOT NULL, "description_id" character varying(500) NOT NULL DEFAULT '', "description_en" character varying(500) NOT NULL DEFAULT '', "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_forum_category" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_category_slug" ON "forum_category" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "forum_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "last_posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "lock_reason" character varying(500), "pinned_at" TIMESTAMP WITH TIME ZONE, "slow_mode_minutes" integer NOT NULL DEFAULT '0', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_code" character varying(20), "hidden_details" character varying(1000), "hidden_by_flags" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_thread_slow_mode" CHECK ("slow_mode_minutes" >= 0), CONSTRAINT "ck_forum_thread_hidden_code" CHECK ("hidden_code" IS NULL OR "hidden_code" IN ('spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic')), CONSTRAINT "pk_forum_thread" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_thread_number" ON "forum_thread" ("number") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_thread_author" ON "forum_thread" ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_thread_created" ON "forum_thread" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_thread_activity" ON "forum_thread" ("last_posted_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_thread_category_created" ON "forum_thread" ("category_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_forum_thread_category_activity" ON "forum_thread" ("category_id", "last_posted_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "forum_post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "body_text" text NOT NULL, "search_vector" tsvector, "quote_post_id" uuid, "approval" character varying(12) NOT NULL DEFAULT 'published', "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_code" character varying(20), "hidden_details" character varying(1000), "hidden_by_flags" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_post_hidden_code" CHECK ("hidden_code" IS NULL OR "hidden_code" IN ('spam', 'offensive', 'sara', 'hoax', 'personal_data', 'off_topic')), CONSTRAINT "ck_forum_post_approval" CHECK ("approval" IN ('published', 'pending', 'rejected')), CONSTRAINT "pk_forum_post" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_forum_post_author" ON "forum_post" ("author_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_post_thread_number" ON "forum_post" ("thread_id", "number") `);
    await queryRunner.query(
      `CREATE TABLE "forum_post_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(150), "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_forum_post_revision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_forum_post_revision_version" ON "forum_post_revision" ("post_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "forum_reaction" ("post_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_reaction_kind" CHECK ("kind" IN ('like', 'agree', 'thanks')), CONSTRAINT "pk_forum_reaction" PRIMARY KEY ("post_id", "kind", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_follow" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_forum_follow" PRIMARY KEY ("thread_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_forum_follow_user" ON "forum_follow" ("user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "forum_thread" ADD CONSTRAINT "fk_forum_thread_category" FOREIGN KEY ("category_id") REFERENCES "forum_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_thread" ADD CONSTRAINT "fk_forum_thread_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_post" ADD CONSTRAINT "fk_forum_post_thread" FOREIGN KEY ("thread_id") REFERENCES "forum_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_post" ADD CONSTRAINT "fk_forum_post_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_post" ADD CONSTRAINT "fk_forum_post_quote" FOREIGN KEY ("quote_post_id") REFERENCES "forum_post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_post_revision" ADD CONSTRAINT "fk_forum_post_revision_post" FOREIGN KEY ("post_id") REFERENCES "forum_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_reaction" ADD CONSTRAINT "fk_forum_reaction_post" FOREIGN KEY ("post_id") REFERENCES "forum_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_reaction" ADD CONSTRAINT "fk_forum_reaction_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_follow" ADD CONSTRAINT "fk_forum_follow_thread" FOREIGN KEY ("thread_id") REFERENCES "forum_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_follow" ADD CONSTRAINT "fk_forum_follow_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE SEQUENCE "forum_thread_number_seq"`);
    await queryRunner.query(`CREATE INDEX "ix_forum_post_search_vector" ON "forum_post" USING gin ("search_vector")`);
    for (const [index, [slug, nameId, nameEn, descriptionId, descriptionEn]] of CATEGORIES.entries())
      await queryRunner.query(
        `INSERT INTO "forum_category" ("slug", "name_id", "name_en", "description_id", "description_en", "sort_order") VALUES ($1, $2, $3, $4, $5, $6)`,
        [slug, nameId, nameEn, descriptionId, descriptionEn, index * 10],
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_forum_post_search_vector"`);
    await queryRunner.query(`DROP SEQUENCE "forum_thread_number_seq"`);
    await queryRunner.query(`ALTER TABLE "forum_follow" DROP CONSTRAINT "fk_forum_follow_user"`);
    await queryRunner.query(`ALTER TABLE "forum_follow" DROP CONSTRAINT "fk_forum_follow_thread"`);
    await queryRunner.query(`ALTER TABLE "forum_reaction" DROP CONSTRAINT "fk_forum_reaction_user"`);
    await queryRunner.query(`ALTER TABLE "forum_reaction" DROP CONSTRAINT "fk_forum_reaction_post"`);
    await queryRunner.query(`ALTER TABLE "forum_post_revision" DROP CONSTRAINT "fk_forum_post_revision_post"`);
    await queryRunner.query(`ALTER TABLE "forum_post" DROP CONSTRAINT "fk_forum_post_quote"`);
    await queryRunner.query(`ALTER TABLE "forum_post" DROP CONSTRAINT "fk_forum_post_author"`);
    await queryRunner.query(`ALTER TABLE "forum_post" DROP CONSTRAINT "fk_forum_post_thread"`);
    await queryRunner.query(`ALTER TABLE "forum_thread" DROP CONSTRAINT "fk_forum_thread_author"`);
    await queryRunner.query(`ALTER TABLE "forum_thread" DROP CONSTRAINT "fk_forum_thread_category"`);
    await queryRunner.query(`DROP INDEX "ix_forum_follow_user"`);
    await queryRunner.query(`DROP TABLE "forum_follow"`);
    await queryRunner.query(`DROP TABLE "forum_reaction"`);
    await queryRunner.query(`DROP INDEX "uq_forum_post_revision_version"`);
    await queryRunner.query(`DROP TABLE "forum_post_revision"`);
    await queryRunner.query(`DROP INDEX "uq_forum_post_thread_number"`);
    await queryRunner.query(`DROP INDEX "ix_forum_post_author"`);
    await queryRunner.query(`DROP TABLE "forum_post"`);
    await queryRunner.query(`DROP INDEX "ix_forum_thread_category_activity"`);
    await queryRunner.query(`DROP INDEX "ix_forum_thread_category_created"`);
    await queryRunner.query(`DROP INDEX "ix_forum_thread_activity"`);
    await queryRunner.query(`DROP INDEX "ix_forum_thread_created"`);
    await queryRunner.query(`DROP INDEX "ix_forum_thread_author"`);
    await queryRunner.query(`DROP INDEX "uq_forum_thread_number"`);
    await queryRunner.query(`DROP TABLE "forum_thread"`);
    await queryRunner.query(`DROP INDEX "uq_forum_category_slug"`);
    await queryRunner.query(`DROP TABLE "forum_category"`);
  }
}
