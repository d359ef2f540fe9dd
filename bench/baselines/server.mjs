#!/usr/bin/env node
// A benchmark's bare baseline (run by bench/run.mjs in a child process, on its own port): plain
// Fastify answering the same route with the same JSON, and for the routes that read the database
// a `pg` Pool (as many connections as the API's pool) running the SQL the API runs for it, copied
// from the API's own queries (principal.service.ts, accounts.service.ts, report-queries.service.ts,
// user-directory.service.ts). No Nest, no TypeORM, no security headers, validation or logging:
// what is left is the floor, and the API's figures divided by these are the price of the stack.
// bench/run.mjs checks, before measuring, that both answer every benchmarked request alike.
//
//   BASELINE=health|me|reports PORT=… [DATABASE_URL=…] [AUTH_SECRET=…] [POOL_SIZE=10] node bench/baselines/server.mjs
import Fastify from 'fastify';
import { createSecretKey } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';

const kind = process.env.BASELINE;
const port = Number(process.env.PORT);
const app = Fastify({ logger: false });
const pool =
  kind === 'health' ? null : new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

const routes = { health, me, reports };
if (!routes[kind]) throw new Error(`unknown baseline ${kind}`);
routes[kind]();
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await app.close();
  await pool?.end();
  process.exit(0);
});

/** GET /api/health/live: the same JSON. */
function health() {
  app.get('/api/health/live', async () => ({ status: 'ok', checks: {} }));
}

/**
 * GET /api/me: the access-token cookie verified as the API does it (jsonwebtoken, HS256, the
 * secret's key object made once), then the principal query of PrincipalService.fromAccessToken
 * and the profile query of AccountsService.profile (TypeORM's findOneOrFail, as it sends it).
 */
function me() {
  // The API's library (a dependency of @nestjs/jwt), not another implementation.
  const jwt = createRequire(createRequire(import.meta.url).resolve('@nestjs/jwt'))('jsonwebtoken');
  const key = createSecretKey(Buffer.from(process.env.AUTH_SECRET, 'utf8'));
  const PRINCIPAL = `SELECT 
  u.id, u.status, u.language,
  ARRAY(SELECT r.role::text FROM user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
  ARRAY(SELECT m.department_id::text FROM department_member m WHERE m.user_id = u.id) AS department_ids FROM app_user u WHERE u.id = $1 AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.revoked_at IS NULL)`;
  const PROFILE = `SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."email_verified_at" AS "UserEntity_email_verified_at", "UserEntity"."name" AS "UserEntity_name", "UserEntity"."phone" AS "UserEntity_phone", "UserEntity"."home_area_id" AS "UserEntity_home_area_id", "UserEntity"."language" AS "UserEntity_language", "UserEntity"."email_frequency" AS "UserEntity_email_frequency", "UserEntity"."status" AS "UserEntity_status", "UserEntity"."suspended_reason" AS "UserEntity_suspended_reason", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."deleted_at" AS "UserEntity_deleted_at", "UserEntity"."last_sign_in_at" AS "UserEntity_last_sign_in_at" FROM "app_user" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1`;

  app.get('/api/me', async (request, reply) => {
    const token = cookie(request.headers.cookie, 'wk_access');
    let claims;
    try {
      claims = jwt.verify(token, key, { algorithms: ['HS256'] });
    } catch {
      return reply.code(401).send({ code: 'unauthorized' });
    }
    const { rows: principals } = await pool.query(PRINCIPAL, [claims.sub, claims.sid]);
    const principal = principals[0];
    if (!principal || principal.status === 'deleted') return reply.code(401).send({ code: 'unauthorized' });
    if (principal.status === 'suspended') return reply.code(403).send({ code: 'account_suspended' });
    const { rows: users } = await pool.query(PROFILE, [claims.sub]);
    const user = users[0];
    return {
      id: user.UserEntity_id,
      email: user.UserEntity_email ?? '',
      name: user.UserEntity_name,
      phone: user.UserEntity_phone,
      homeAreaId: user.UserEntity_home_area_id,
      language: user.UserEntity_language,
      emailFrequency: user.UserEntity_email_frequency,
      emailVerified: !!user.UserEntity_email_verified_at,
      roles: principal.roles,
      departmentIds: principal.department_ids,
    };
  });
}

/**
 * GET /api/reports (the public list; the filters the scenarios use: limit, after, categoryId, q):
 * ReportQueriesService.page's queries as TypeORM sends them — the page of summary columns (for a
 * text search first among the newest 5,000, then by id; the full query when the window holds too
 * few), the support counts and the reporters' names — and the same JSON.
 */
function reports() {
  const SUMMARY = `"r"."id" AS "r_id", "r"."code" AS "r_code", "r"."type" AS "r_type", "r"."privacy" AS "r_privacy", "r"."status" AS "r_status", "r"."title" AS "r_title", "r"."category_id" AS "r_category_id", "r"."area_id" AS "r_area_id", "r"."kecamatan_id" AS "r_kecamatan_id", "r"."latitude" AS "r_latitude", "r"."longitude" AS "r_longitude", "r"."department_id" AS "r_department_id", "r"."reporter_id" AS "r_reporter_id", "r"."created_at" AS "r_created_at", "r"."verified_at" AS "r_verified_at", "r"."dispatched_at" AS "r_dispatched_at", "r"."verify_due_at" AS "r_verify_due_at", "r"."followup_due_at" AS "r_followup_due_at"`;
  const SEARCH_WINDOW = 5000;
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
  const searchWords = (text) => {
    const words = text ? (text.normalize('NFKC').match(WORD)?.slice(0, 8) ?? []) : [];
    return words.length > 0 ? words.join(' ') : null;
  };

  /** WHERE and parameters of the public list with its filters (applyScope, applyFilters, the cursor), in the API's order. */
  function filtered({ categoryId, words, cursor }) {
    const params = [];
    let where = `WHERE "r"."listed"`;
    if (categoryId) where += ` AND "r"."category_id" = $${params.push(categoryId)}`;
    if (words) where += ` AND r.search_vector @@ websearch_to_tsquery('indonesian', $${params.push(words)})`;
    if (cursor) where += ` AND ("r"."created_at", "r"."id") < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`;
    return { where, params };
  }

  async function newest(filters, take) {
    const { where, params } = filtered(filters);
    const { rows } = await pool.query(
      `SELECT ${SUMMARY} FROM "report" "r" ${where} ORDER BY "r"."created_at" DESC, "r_id" DESC LIMIT ${take}`,
      params,
    );
    return rows;
  }

  async function searchNewest(filters, take) {
    const { where, params } = filtered({ ...filters, words: null });
    const { rows: found } = await pool.query(
      `SELECT w.r_id AS id FROM (SELECT "r"."id" AS "r_id", "r"."created_at" AS "r_created_at", "r"."search_vector" AS "sv" FROM "report" "r" ${where} ORDER BY "r"."created_at" DESC, "r_id" DESC LIMIT ${SEARCH_WINDOW}) w
        WHERE w.sv @@ websearch_to_tsquery('indonesian', $${params.length + 1})
        ORDER BY w.r_created_at DESC, w.r_id DESC LIMIT ${take}`,
      [...params, filters.words],
    );
    if (found.length < take) return null;
    const ids = found.map((f) => f.id);
    const { rows } = await pool.query(
      `SELECT ${SUMMARY} FROM "report" "r" WHERE "r"."id" IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`,
      ids,
    );
    const byId = new Map(rows.map((r) => [r.r_id, r]));
    return ids.map((id) => byId.get(id)).filter(Boolean);
  }

  async function summaries(rows) {
    if (rows.length === 0) return [];
    const { rows: counted } = await pool.query(
      `SELECT report_id, count(*)::int AS n FROM report_support WHERE report_id = ANY($1) GROUP BY report_id`,
      [rows.map((r) => r.r_id)],
    );
    const counts = new Map(counted.map((c) => [c.report_id, c.n]));
    // A visitor sees the reporter of public reports only.
    const reporterIds = [...new Set(rows.filter((r) => r.r_privacy === 'public').map((r) => r.r_reporter_id))];
    const names = new Map();
    if (reporterIds.length > 0) {
      const { rows: users } = await pool.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [reporterIds]);
      for (const u of users) names.set(u.id, u.name);
    }
    const now = Date.now();
    return rows.map((r) => ({
      id: r.r_id,
      code: r.r_code,
      type: r.r_type,
      privacy: r.r_privacy,
      status: r.r_status,
      title: r.r_title,
      categoryId: r.r_category_id,
      departmentId: r.r_department_id,
      areaId: r.r_area_id,
      kecamatanId: r.r_kecamatan_id,
      latitude: r.r_latitude === null ? null : Number(r.r_latitude),
      longitude: r.r_longitude === null ? null : Number(r.r_longitude),
      createdAt: r.r_created_at.toISOString(),
      supportCount: counts.get(r.r_id) ?? 0,
      overdue:
        r.r_status === 'submitted' && r.r_verify_due_at && r.r_verify_due_at.getTime() < now
          ? 'verification'
          : r.r_status === 'dispatched' && r.r_followup_due_at && r.r_followup_due_at.getTime() < now
            ? 'follow_up'
            : null,
      reporterName: r.r_privacy === 'public' ? (names.get(r.r_reporter_id) ?? null) : null,
    }));
  }

  app.get('/api/reports', async (request) => {
    const limit = Number(request.query.limit ?? 20);
    const filters = {
      categoryId: request.query.categoryId,
      words: searchWords(request.query.q),
      cursor: decodeCursor(request.query.after),
    };
    const rows = (filters.words ? await searchNewest(filters, limit + 1) : null) ?? (await newest(filters, limit + 1));
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await summaries(page),
      nextCursor: rows.length > limit ? Buffer.from(`${last.r_created_at.toISOString()}|${last.r_id}`).toString('base64url') : null,
    };
  });
}

function decodeCursor(token) {
  if (!token) return undefined;
  const [at, id] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  return { at, id };
}

function cookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return '';
}
