#!/usr/bin/env node
// Seeds many reports for the list, search and statistics benchmarks:
// `node bench/seed-reports.mjs --database-url postgres://… [--count 1000000] [--batch 100000]`.
// Runs the migrations and the reference seed first (the built CLI), then generates the rows on
// the server (`INSERT … SELECT generate_series`) from Indonesian word lists, in batches of one
// transaction each. Tops the table up to --count and does nothing when it already holds that
// many. Prints one JSON line: {"seeded","total","seconds",…}. For benchmark databases only.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? '' },
    count: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '100000' },
    reporters: { type: 'string', default: '200' },
    'time-zone': { type: 'string', default: 'Asia/Jakarta' },
    // Below this many new rows the indexes stay in place while inserting.
    'rebuild-indexes-from': { type: 'string', default: '200000' },
  },
});
const databaseUrl = values['database-url'];
if (!databaseUrl) {
  console.error('Usage: node bench/seed-reports.mjs --database-url postgres://… [--count N] [--batch N]');
  process.exit(2);
}
const target = Number(values.count);
const batchSize = Number(values.batch);
const timeZone = values['time-zone'];
const started = performance.now();

migrateAndSeedReferenceData();

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
  await restoreIndexes(); // left dropped by an interrupted earlier run
  const existing = await countReports();
  if (existing >= target) {
    report({ seeded: 0, total: existing, skipped: true });
  } else {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    // Every foreign key points at rows read from the reference tables; skipping the per-row
    // checks (superuser only) makes the insert about twice as fast.
    const fkChecksOff = await client.query(`SET session_replication_role = replica`).then(
      () => true,
      () => false,
    );
    const reporterIds = await ensureReporters(Number(values.reporters));
    const missing = target - existing;
    const rebuild = missing >= Number(values['rebuild-indexes-from']);
    if (rebuild) await dropIndexes();
    const insertStarted = performance.now();
    for (let done = 0, n = 0; done < missing; done += batchSize, n++) {
      await insertBatch(Math.min(batchSize, missing - done), reporterIds, n);
    }
    const insertSeconds = seconds(insertStarted);
    const indexStarted = performance.now();
    if (rebuild) await restoreIndexes();
    const indexSeconds = seconds(indexStarted);
    if (fkChecksOff) await client.query(`SET session_replication_role = origin`);
    const analyzeStarted = performance.now();
    // VACUUM sets the visibility map (index-only scans) as autovacuum eventually would.
    await client.query(`VACUUM (ANALYZE) report`);
    report({
      seeded: missing,
      total: await countReports(),
      insertSeconds,
      indexSeconds: rebuild ? indexSeconds : undefined,
      vacuumAnalyzeSeconds: seconds(analyzeStarted),
    });
  }
} finally {
  await client.end();
}

function report(figures) {
  console.log(JSON.stringify({ ...figures, seconds: seconds(started) }));
}

function seconds(since) {
  return Math.round((performance.now() - since) / 100) / 10;
}

async function countReports() {
  // Exact: the skip decision must not rest on an estimate.
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM report`);
  return rows[0].n;
}

/** `cli.js seed`: migrations, then departments, areas and categories (idempotent). */
function migrateAndSeedReferenceData() {
  const cli = path.join(root, 'dist/api/apps/api/src/cli.js');
  if (!existsSync(cli)) run('npx', ['nx', 'run', 'api:build', '--output-style=static']);
  run(process.execPath, [cli, 'seed'], {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  });
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

/** A few hundred verified citizens who filed the reports (no password: they never sign in). */
async function ensureReporters(count) {
  await client.query(
    `INSERT INTO app_user (email, email_verified_at, name, language)
     SELECT 'pelapor' || i || '@bench.walikota.id', now(),
            (ARRAY['Budi','Siti','Agus','Dewi','Eko','Rina','Joko','Sri','Hendra','Wati','Andi','Lestari'])[1 + i % 12] || ' ' ||
            (ARRAY['Santoso','Rahayu','Wibowo','Lestari','Saputra','Hartono','Nugroho','Kurniawan','Setiawan','Susanti'])[1 + (i / 12) % 10],
            'id'
       FROM generate_series(1, $1::int) i
     ON CONFLICT (email) DO NOTHING`,
    [count],
  );
  await client.query(
    `INSERT INTO user_role (user_id, role)
     SELECT id, 'citizen' FROM app_user WHERE email LIKE '%@bench.walikota.id' ON CONFLICT DO NOTHING`,
  );
  const { rows } = await client.query(`SELECT array_agg(id ORDER BY email) AS ids FROM app_user WHERE email LIKE '%@bench.walikota.id'`);
  return rows[0].ids;
}

/**
 * The indexes of `report` apart from the primary key: kept in a table while dropped, so that a
 * run that dies midway restores them next time. Building them once after the insert is several
 * times faster than maintaining them row by row (the full-text GIN index above all).
 */
async function dropIndexes() {
  await client.query(`CREATE TABLE IF NOT EXISTS bench_dropped_index (name text PRIMARY KEY, definition text NOT NULL)`);
  await client.query(
    `INSERT INTO bench_dropped_index (name, definition)
     SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = 'report'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
     ON CONFLICT (name) DO NOTHING`,
  );
  const { rows } = await client.query(`SELECT name FROM bench_dropped_index`);
  for (const { name } of rows) await client.query(`DROP INDEX IF EXISTS "${name}"`);
}

async function restoreIndexes() {
  const { rows: exists } = await client.query(`SELECT to_regclass('bench_dropped_index') IS NOT NULL AS found`);
  if (!exists[0].found) return;
  const { rows } = await client.query(`SELECT name, definition FROM bench_dropped_index ORDER BY name`);
  for (const { name, definition } of rows) {
    const { rows: present } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [name]);
    if (!present[0].found) await client.query(definition);
  }
  await client.query(`DROP TABLE bench_dropped_index`);
}

/**
 * One batch. Each row draws its random numbers once (a materialised CTE), then the problem picks
 * the category (and so the department) and the title; status follows realistic proportions and
 * the timestamps follow the status; the reports span the last two years, more of them recent.
 */
async function insertBatch(size, reporterIds, n) {
  // Nothing happens in the future (LEAST alone would turn NULL into now()).
  const capped = (column) => `CASE WHEN ${column} IS NOT NULL THEN least(now(), ${column}) END`;
  await client.query(`SELECT setseed($1)`, [((n * 7919) % 10000) / 10000 - 0.5]);
  await client.query(
    `WITH problem (title, category) AS (VALUES
        ('Jalan rusak', 'jalan-jembatan'), ('Jalan berlubang', 'jalan-jembatan'), ('Aspal jalan mengelupas', 'jalan-jembatan'),
        ('Jembatan retak', 'jalan-jembatan'), ('Trotoar rusak', 'jalan-jembatan'), ('Saluran air tersumbat', 'drainase-banjir'),
        ('Banjir setiap hujan', 'drainase-banjir'), ('Genangan air', 'drainase-banjir'), ('Got meluap', 'drainase-banjir'),
        ('Sampah menumpuk', 'sampah-kebersihan'), ('Sampah tidak diangkut', 'sampah-kebersihan'), ('Pembuangan sampah liar', 'sampah-kebersihan'),
        ('Pohon tumbang', 'taman-pohon'), ('Dahan pohon rawan patah', 'taman-pohon'), ('Taman kota tidak terawat', 'taman-pohon'),
        ('Lampu jalan mati', 'penerangan-jalan'), ('Penerangan jalan kurang', 'penerangan-jalan'), ('Tiang lampu jalan miring', 'penerangan-jalan'),
        ('Lampu lalu lintas mati', 'lalu-lintas-angkutan'), ('Parkir liar', 'lalu-lintas-angkutan'), ('Rambu lalu lintas hilang', 'lalu-lintas-angkutan'),
        ('Angkutan umum ngetem sembarangan', 'lalu-lintas-angkutan'), ('Antrean puskesmas terlalu lama', 'layanan-kesehatan'),
        ('Obat di puskesmas kosong', 'layanan-kesehatan'), ('Atap sekolah bocor', 'pendidikan'), ('Pungutan di sekolah', 'pendidikan'),
        ('Bantuan sosial belum cair', 'bantuan-sosial'), ('Data penerima bantuan tidak tepat', 'bantuan-sosial'),
        ('KTP elektronik belum jadi', 'administrasi-kependudukan'), ('Antrean akta kelahiran lama', 'administrasi-kependudukan'),
        ('Pedagang kaki lima menutup trotoar', 'ketertiban-umum'), ('Kebisingan hiburan malam', 'ketertiban-umum'),
        ('Tanah longsor', 'bencana'), ('Rumah warga roboh diterjang angin', 'bencana'), ('Izin usaha berbelit', 'perizinan'),
        ('Bangunan tanpa izin', 'perizinan'), ('Usulan pelatihan kerja bagi pemuda', 'lainnya'), ('Pelayanan kantor kelurahan lambat', 'lainnya')),
     problems AS (
       SELECT array_agg(p.title ORDER BY p.title) AS titles, array_agg(c.id ORDER BY p.title) AS categories,
              array_agg(c.department_id ORDER BY p.title) AS departments, count(*)::int AS n
         FROM problem p JOIN category c ON c.module = 'report' AND c.code = p.category),
     areas AS (SELECT array_agg(id) AS ids, array_agg(parent_id) AS parents, count(*)::int AS n
                 FROM area WHERE level <> 'kecamatan' AND parent_id IS NOT NULL),
     draw AS MATERIALIZED (
       SELECT g, random() AS r_problem, random() AS r_place, random() AS r_street, random() AS r_text, random() AS r_status,
              random() AS r_privacy, random() AS r_type, random() AS r_area, random() AS r_age, random() AS r_reporter,
              random() AS r_point, random() AS r_lat, random() AS r_lon, random() AS r_t1, random() AS r_t2, random() AS r_t3,
              random() AS r_t4, random() AS r_rating, random() AS r_old
         FROM generate_series(1, $1::int) g),
     base AS MATERIALIZED (
       SELECT d.*,
              1 + floor(d.r_problem * pr.n)::int AS problem_ix,
              1 + floor(d.r_area * a.n)::int AS area_ix,
              -- Twice as many reports today as two years ago.
              now() - interval '730 days' * (1 - sqrt(d.r_age)) AS created_at,
              -- Most reports older than two months are closed by now.
              CASE WHEN d.r_old < 0.9 AND d.r_status >= 0.44 AND d.r_status < 0.78 AND d.r_age < 0.85 THEN 'closed'
                   WHEN d.r_status < 0.44 THEN 'closed' WHEN d.r_status < 0.52 THEN 'resolved'
                   WHEN d.r_status < 0.62 THEN 'in_progress' WHEN d.r_status < 0.68 THEN 'dispatched'
                   WHEN d.r_status < 0.73 THEN 'verified' WHEN d.r_status < 0.78 THEN 'submitted'
                   WHEN d.r_status < 0.87 THEN 'rejected' WHEN d.r_status < 0.89 THEN 'on_hold'
                   WHEN d.r_status < 0.92 THEN 'not_our_authority' ELSE 'duplicate' END AS status,
              CASE WHEN d.r_privacy < 0.72 THEN 'public' WHEN d.r_privacy < 0.91 THEN 'anonymous' ELSE 'confidential' END AS privacy
         FROM draw d, problems pr, areas a),
     timed AS (
       SELECT b.*,
              CASE WHEN b.status <> 'submitted' THEN b.created_at + interval '1 hour' * exp(b.r_t1 * ln(120)) END AS first_response_at,
              CASE WHEN b.status IN ('dispatched', 'in_progress', 'resolved', 'closed', 'on_hold', 'not_our_authority')
                   THEN b.created_at + interval '1 hour' * (exp(b.r_t1 * ln(120)) + 48 * b.r_t2) END AS dispatched_at
         FROM base b),
     handled AS (
       SELECT t.*,
              CASE WHEN t.status IN ('in_progress', 'resolved', 'closed', 'not_our_authority')
                   THEN t.dispatched_at + interval '1 hour' * exp(t.r_t3 * ln(240)) END AS followed_up_at
         FROM timed t),
     resolved AS (
       SELECT h.*,
              CASE WHEN h.status IN ('resolved', 'closed') THEN h.followed_up_at + interval '1 day' * (1 + 29 * h.r_t4 * h.r_t4) END AS resolved_at
         FROM handled h)
     INSERT INTO report (code, type, privacy, status, listed, title, description, category_id, area_id, kecamatan_id,
                         latitude, longitude, address, department_id, reporter_id, rating, created_at, updated_at,
                         first_response_at, dispatched_at, followed_up_at, resolved_at, closed_at, verify_due_at,
                         followup_due_at, autoclose_at, verified_at, search_vector)
     SELECT 'LPR-' || to_char(r.created_at AT TIME ZONE $3, 'YYYY') || '-' || lpad(nextval('report_code_seq')::text, 6, '0'),
            CASE WHEN r.r_type < 0.65 THEN 'complaint' WHEN r.r_type < 0.9 THEN 'aspiration' ELSE 'information_request' END,
            r.privacy, r.status,
            r.privacy <> 'confidential' AND r.status NOT IN ('submitted', 'rejected', 'duplicate'),
            txt.title,
            txt.description,
            pr.categories[r.problem_ix],
            a.ids[r.area_ix], a.parents[r.area_ix],
            CASE WHEN r.r_point < 0.6 THEN round((-7.10 + 0.17 * r.r_lat)::numeric, 6) END,
            CASE WHEN r.r_point < 0.6 THEN round((110.30 + 0.20 * r.r_lon)::numeric, 6) END,
            CASE WHEN r.r_point < 0.8 THEN street.word || ' No. ' || (1 + floor(r.r_lat * 200))::int END,
            pr.departments[r.problem_ix],
            ($2::uuid[])[1 + floor(r.r_reporter * cardinality($2::uuid[]))::int],
            CASE WHEN r.status = 'closed' AND r.r_rating < 0.5 THEN 1 + floor(r.r_rating * 10)::int END,
            r.created_at,
            least(now(), greatest(r.created_at, r.first_response_at, r.dispatched_at, r.followed_up_at, r.resolved_at)),
            ${capped('r.first_response_at')}, ${capped('r.dispatched_at')}, ${capped('r.followed_up_at')}, ${capped('r.resolved_at')},
            CASE WHEN r.status = 'closed' THEN least(now(), r.resolved_at + interval '14 days') END,
            -- 3 working days, roughly: a weekend in between adds two.
            r.created_at + interval '1 day' * (3 + CASE WHEN extract(isodow FROM r.created_at AT TIME ZONE $3) >= 3 THEN 2 ELSE 0 END),
            r.dispatched_at + interval '7 days',
            CASE WHEN r.status = 'resolved' THEN r.resolved_at + interval '14 days' END,
            -- Verified at the first response, except what was rejected or merged before verification.
            CASE WHEN r.status NOT IN ('submitted', 'rejected', 'duplicate') THEN ${capped('r.first_response_at')} END,
            -- What the trigger trg_report_search_vector would write; triggers are off while seeding
            -- (session_replication_role = replica), so the full text is computed here.
            to_tsvector('indonesian', txt.title || ' ' || txt.description)
       FROM resolved r
       CROSS JOIN problems pr
       CROSS JOIN areas a
       CROSS JOIN LATERAL (SELECT (ARRAY['di depan pasar', 'dekat sekolah dasar', 'di gang sempit', 'di perempatan', 'di samping masjid',
            'dekat balai kelurahan', 'di jalan utama kampung', 'di depan puskesmas', 'dekat terminal', 'di kompleks perumahan',
            'di belakang kantor kecamatan', 'dekat jembatan', 'di ujung gang', 'dekat rel kereta', 'di depan gereja', 'dekat lapangan'])
            [1 + floor(r.r_place * 16)::int] AS word) place
       CROSS JOIN LATERAL (SELECT (ARRAY['Jl. Pemuda', 'Jl. Pandanaran', 'Jl. Gajah Mada', 'Jl. Siliwangi', 'Jl. Majapahit',
            'Jl. Kaligawe', 'Jl. Setiabudi', 'Jl. Ngesrep Timur', 'Jl. Fatmawati', 'Jl. Soekarno-Hatta', 'Jl. Imam Bonjol',
            'Jl. Dr. Cipto', 'Jl. Mataram', 'Jl. Kedungmundu', 'Jl. Pedurungan', 'Jl. Banyumanik', 'Jl. Tlogosari', 'Jl. Ngaliyan',
            'Jl. Tembalang', 'Jl. Mijen'])[1 + floor(r.r_street * 20)::int] AS word) street
       CROSS JOIN LATERAL (SELECT (ARRAY['Mohon perhatian, ada', 'Warga mengeluhkan', 'Saya melaporkan', 'Sudah lama ada',
            'Tolong ditindaklanjuti,', 'Kami warga RT setempat melaporkan'])[1 + floor(r.r_text * 6)::int] AS word) opener
       CROSS JOIN LATERAL (SELECT (ARRAY['sejak dua minggu terakhir', 'sudah lebih dari sebulan', 'sejak hujan deras kemarin',
            'hampir setiap malam', 'sejak awal tahun', 'sejak tiga hari lalu', 'berulang kali tiap musim hujan'])
            [1 + floor(r.r_t2 * 7)::int] AS word) duration
       CROSS JOIN LATERAL (SELECT (ARRAY['sehingga membahayakan pengendara motor', 'sehingga warga kesulitan lewat',
            'dan menimbulkan bau tidak sedap', 'dan anak-anak sekolah terganggu', 'sehingga sering terjadi kecelakaan',
            'dan menyebabkan kemacetan panjang', 'dan lansia kesulitan berobat', 'sehingga pedagang pasar merugi'])
            [1 + floor(r.r_t3 * 8)::int] AS word) impact
       CROSS JOIN LATERAL (SELECT (ARRAY['Mohon segera diperbaiki.', 'Mohon segera ditindaklanjuti oleh dinas terkait.',
            'Terima kasih atas perhatiannya.', 'Kami berharap ada petugas yang datang mengecek.', 'Mohon dibantu, Bapak/Ibu.'])
            [1 + floor(r.r_t4 * 5)::int] AS word) request
       CROSS JOIN LATERAL (SELECT left(pr.titles[r.problem_ix] || ' ' || place.word || ' ' || street.word, 150) AS title,
            opener.word || ' ' || lower(left(pr.titles[r.problem_ix], 1)) || substr(pr.titles[r.problem_ix], 2) || ' ' || place.word || ' ' ||
              street.word || ' ' || duration.word || ', ' || impact.word || '. ' || request.word AS description) txt`,
    [size, reporterIds, timeZone],
  );
}
