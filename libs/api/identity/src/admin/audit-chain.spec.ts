import { AuditModule, AuditService, AuditVerification } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IdentityModule } from '../identity.module';
import { browserFor, createUser } from '../testing/identity-fixtures';

interface Row {
  id: string;
  seq: number;
  hash: string;
}

describe('audit log: hash chain and its verification', () => {
  let t: TestApp;
  let audit: AuditService;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'walikota-audit-'));
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule], config: { dataDir } });
    audit = t.app.get(AuditService);
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Appends `count` entries the ordinary way (through the trigger). */
  async function record(count: number): Promise<void> {
    for (let i = 0; i < count; i++)
      await audit.record(null, null, { action: 'holiday.set', targetType: 'holiday', targetId: `2026-08-${10 + i}`, reason: `entri ${i}` });
  }

  async function rows(): Promise<Row[]> {
    const found: { id: string; seq: string; hash: string }[] = await t.dataSource.query('SELECT id, seq, hash FROM audit_log ORDER BY seq');
    return found.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /** What a superuser can do: triggers off for this transaction only, then any SQL. */
  async function asSuperuser(...statements: [string, unknown[]?][]): Promise<void> {
    await t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      for (const [sql, params] of statements) await manager.query(sql, params);
    });
  }

  /** Puts the table back as it was (tampering is permanent otherwise: the log is append-only). */
  async function snapshot(): Promise<() => Promise<void>> {
    const [{ json }] = await t.dataSource.query(`SELECT coalesce(jsonb_agg(to_jsonb(a)), '[]'::jsonb)::text AS json FROM audit_log a`);
    return () =>
      asSuperuser(
        ['DELETE FROM audit_log'],
        ['INSERT INTO audit_log SELECT * FROM jsonb_populate_recordset(NULL::audit_log, $1::jsonb)', [json]],
      );
  }

  const intact = (checked: number): Partial<AuditVerification> => ({
    ok: true,
    checked,
    reason: null,
    firstBrokenId: null,
    firstBrokenSeq: null,
    missing: null,
  });

  it('chains every entry to the one before it, in the database, whoever inserts it', async () => {
    await record(3);
    // Even a plain INSERT that names none of the chain's columns gets them.
    await t.dataSource.query(`INSERT INTO audit_log (action, target_type) VALUES ('user.suspended', 'user')`);
    const chain: { seq: string; prev_hash: string; hash: string; computed: string }[] = await t.dataSource.query(
      'SELECT seq, prev_hash, hash, audit_log_entry_hash(a) AS computed FROM audit_log a ORDER BY seq',
    );
    expect(chain.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4]);
    expect(chain[0].prev_hash).toBe('0'.repeat(64));
    chain.forEach((r, i) => {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.hash).toBe(r.computed);
      if (i > 0) expect(r.prev_hash).toBe(chain[i - 1].hash);
    });
    // A caller cannot choose its place or hash: the trigger overwrites them.
    await t.dataSource.query(
      `INSERT INTO audit_log (action, target_type, seq, prev_hash, hash) VALUES ('user.suspended', 'user', 99, repeat('a', 64), repeat('b', 64))`,
    );
    const [last] = (await rows()).slice(-1);
    expect(last.seq).toBe(5);
    expect(last.hash).not.toBe('b'.repeat(64));
  });

  it('verifies an untouched log, in batches, and reports its head', async () => {
    const all = await rows();
    const head = all[all.length - 1];
    for (const batchSize of [1, 2, 1000])
      expect(await audit.verify({ batchSize, anchor: false })).toMatchObject({
        ...intact(all.length),
        headSeq: head.seq,
        headHash: head.hash,
      });
  });

  it('names an entry whose content was changed', async () => {
    const restore = await snapshot();
    const victim = (await rows())[2];
    await asSuperuser([`UPDATE audit_log SET reason = 'diubah diam-diam' WHERE id = $1`, [victim.id]]);
    const result = await audit.verify({ batchSize: 2, anchor: false });
    expect(result).toMatchObject({ ok: false, reason: 'hash_mismatch', firstBrokenId: victim.id, firstBrokenSeq: victim.seq, checked: 2 });
    expect(result.firstBrokenAt).toBeInstanceOf(Date);
    await restore();
    expect(await audit.verify({ anchor: false })).toMatchObject({ ok: true });
  });

  it('names a changed timestamp, and a NULL turned into an empty string', async () => {
    const restore = await snapshot();
    const [first, second] = await rows();
    await asSuperuser([`UPDATE audit_log SET occurred_at = occurred_at - interval '1 microsecond' WHERE id = $1`, [second.id]]);
    expect(await audit.verify({ anchor: false })).toMatchObject({ ok: false, reason: 'hash_mismatch', firstBrokenId: second.id });
    await restore();
    await asSuperuser([`UPDATE audit_log SET request_id = '' WHERE id = $1 AND request_id IS NULL`, [first.id]]);
    expect(await audit.verify({ anchor: false })).toMatchObject({ ok: false, reason: 'hash_mismatch', firstBrokenId: first.id });
    await restore();
  });

  it('names the place of an entry deleted from the middle', async () => {
    const restore = await snapshot();
    const all = await rows();
    const deleted = all[2];
    await asSuperuser(['DELETE FROM audit_log WHERE id = $1', [deleted.id]]);
    expect(await audit.verify({ batchSize: 2, anchor: false })).toMatchObject({
      ok: false,
      reason: 'entries_missing',
      missing: { fromSeq: deleted.seq, toSeq: deleted.seq },
      firstBrokenId: all[3].id,
      firstBrokenSeq: all[3].seq,
      checked: 2,
    });
    await restore();
  });

  it('names a forged entry, and the entry after a forgery made with the real hash function', async () => {
    const restore = await snapshot();
    const all = await rows();
    const head = all[all.length - 1];
    // A forger who writes the next place with a made-up hash.
    const [{ id: forged }] = await t.dataSource.query(`SELECT gen_random_uuid() AS id`);
    await asSuperuser([
      `INSERT INTO audit_log (id, action, target_type, seq, prev_hash, hash) VALUES ($1, 'user.roles_changed', 'user', $2, $3, $4)`,
      [forged, head.seq + 1, head.hash, head.hash],
    ]);
    expect(await audit.verify({ anchor: false })).toMatchObject({
      ok: false,
      reason: 'hash_mismatch',
      firstBrokenId: forged,
      firstBrokenSeq: head.seq + 1,
    });
    await restore();

    // A careful forger makes room at place 2 and computes the hash: the entry that was there no
    // longer follows the one before it.
    await asSuperuser(
      ['UPDATE audit_log SET seq = -seq WHERE seq >= 2'],
      ['UPDATE audit_log SET seq = 1 - seq WHERE seq < 0'],
      [
        `INSERT INTO audit_log (action, target_type, seq, prev_hash, hash) VALUES ('user.roles_changed', 'user', 2, $1, repeat('0', 64))`,
        [all[0].hash],
      ],
      ['UPDATE audit_log a SET hash = audit_log_entry_hash(a) WHERE seq = 2'],
    );
    expect(await audit.verify({ anchor: false })).toMatchObject({
      ok: false,
      reason: 'link_broken',
      firstBrokenId: all[1].id,
      firstBrokenSeq: 3,
    });
    await restore();
  });

  it('names an entry moved out of its place', async () => {
    const restore = await snapshot();
    const all = await rows();
    await asSuperuser(
      ['UPDATE audit_log SET seq = -1 WHERE id = $1', [all[1].id]],
      ['UPDATE audit_log SET seq = $2 WHERE id = $1', [all[2].id, all[1].seq]],
      ['UPDATE audit_log SET seq = $2 WHERE id = $1', [all[1].id, all[2].seq]],
    );
    expect(await audit.verify({ anchor: false })).toMatchObject({
      ok: false,
      reason: 'link_broken',
      firstBrokenId: all[2].id,
      firstBrokenSeq: 2,
    });
    await restore();
  });

  it('keeps the head outside the database: cut-off newest entries, an emptied log and a rewritten history show', async () => {
    const anchorFile = path.join(dataDir, 'audit-chain-head.json');
    const all = await rows();
    const head = all[all.length - 1];
    expect(await audit.verify()).toMatchObject({ ok: true, headSeq: head.seq });
    expect(JSON.parse(await readFile(anchorFile, 'utf8'))).toMatchObject({ seq: head.seq, hash: head.hash });
    const restore = await snapshot();

    await asSuperuser(['DELETE FROM audit_log WHERE seq >= $1', [head.seq - 1]]);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      reason: 'truncated',
      firstBrokenSeq: head.seq - 1,
      missing: { fromSeq: head.seq - 1, toSeq: head.seq },
      headSeq: head.seq - 2,
      anchor: { seq: head.seq, hash: head.hash },
    });
    await restore();

    await asSuperuser(['TRUNCATE audit_log']);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      reason: 'truncated',
      checked: 0,
      headSeq: null,
      missing: { fromSeq: 1, toSeq: head.seq },
    });
    await restore();

    // Someone who rewrites an entry and recomputes every hash after it leaves a consistent chain;
    // the anchored head no longer matches.
    await asSuperuser(
      [`UPDATE audit_log SET reason = 'ditulis ulang' WHERE seq = 2`],
      [
        `DO $$ DECLARE e audit_log; previous varchar; BEGIN
           FOR e IN SELECT * FROM audit_log WHERE seq >= 2 ORDER BY seq LOOP
             SELECT hash INTO previous FROM audit_log WHERE seq = e.seq - 1;
             e.prev_hash := previous;
             UPDATE audit_log SET prev_hash = previous, hash = audit_log_entry_hash(e) WHERE id = e.id;
           END LOOP; END $$`,
      ],
    );
    expect(await audit.verify({ anchor: false })).toMatchObject({ ok: true });
    expect(await audit.verify()).toMatchObject({ ok: false, reason: 'anchor_mismatch', firstBrokenId: head.id, firstBrokenSeq: head.seq });
    await restore();

    // The anchor only moves forward, and only when the chain is intact.
    expect(JSON.parse(await readFile(anchorFile, 'utf8'))).toMatchObject({ seq: head.seq, hash: head.hash });
    await record(1);
    expect(await audit.verify()).toMatchObject({ ok: true, headSeq: head.seq + 1, anchor: { seq: head.seq } });
    expect(JSON.parse(await readFile(anchorFile, 'utf8'))).toMatchObject({ seq: head.seq + 1 });
  });

  it('notices a hash function replaced to echo the stored hashes', async () => {
    const [{ definition }] = await t.dataSource.query(
      `SELECT pg_get_functiondef('audit_log_entry_hash(audit_log)'::regprocedure) AS definition`,
    );
    await t.dataSource.query(
      `CREATE OR REPLACE FUNCTION audit_log_entry_hash(entry audit_log) RETURNS character varying LANGUAGE sql STABLE AS $$ SELECT entry.hash $$`,
    );
    try {
      expect(await audit.verify({ anchor: false })).toMatchObject({ ok: false, reason: 'hash_function_changed', checked: 0 });
    } finally {
      await t.dataSource.query(definition);
    }
    expect(await audit.verify({ anchor: false })).toMatchObject({ ok: true });
  });

  it('keeps one unbroken chain when many transactions append at once', async () => {
    const before = (await rows()).length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.dataSource.transaction((manager) =>
          audit.record(null, null, { action: 'holiday.deleted', targetType: 'holiday', targetId: `2027-01-${10 + i}` }, manager),
        ),
      ),
    );
    const all = await rows();
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: before + 12 }, (_, i) => i + 1));
    expect(await audit.verify({ anchor: false })).toMatchObject(intact(before + 12));
  });

  it('chains the entries written before the chain existed, oldest first (the migration backfills)', async () => {
    const restore = await snapshot();
    // Back to the schema before the chain (reverting the migrations after it too).
    const chainApplied = async () =>
      (await t.dataSource.query(`SELECT 1 FROM migrations WHERE name = 'AuditHashChain1795400100000'`)).length > 0;
    expect(await chainApplied()).toBe(true);
    while (await chainApplied()) await t.dataSource.undoLastMigration({ transaction: 'each' });
    await asSuperuser(['DELETE FROM audit_log']);
    const legacy: { id: string }[] = await t.dataSource.query(
      `INSERT INTO audit_log (occurred_at, action, target_type, reason)
       VALUES (now() - interval '2 days', 'user.suspended', 'user', 'kedua'), (now() - interval '3 days', 'user.roles_changed', 'user', 'pertama'),
              (now() - interval '1 day', 'user.reactivated', 'user', NULL)
       RETURNING id`,
    );
    await t.dataSource.runMigrations({ transaction: 'each' });
    const chained: { id: string; seq: string }[] = await t.dataSource.query('SELECT id, seq FROM audit_log ORDER BY seq');
    expect(chained.map((r) => r.id)).toEqual([legacy[1].id, legacy[0].id, legacy[2].id]);
    expect(await audit.verify({ anchor: false })).toMatchObject(intact(3));
    // New entries continue the backfilled chain.
    await record(1);
    expect(await audit.verify({ anchor: false })).toMatchObject(intact(4));
    await restore();
  });

  describe('GET /api/admin/audit-log/verification', () => {
    beforeAll(async () => {
      await createUser(t, 'warga@example.id', ['citizen']);
      await createUser(t, 'moderator@example.id', ['citizen', 'moderator']);
      await createUser(t, 'pejabat@example.id', ['citizen', 'official']);
      await createUser(t, 'admin@example.id', ['citizen', 'admin']);
    });

    it.each([
      ['a visitor', null, 401],
      ['a citizen', 'warga@example.id', 403],
      ['a moderator', 'moderator@example.id', 403],
      ['an official', 'pejabat@example.id', 403],
    ])('refuses %s', async (_who, email, status) => {
      await (await browserFor(t, email)).agent.get('/api/admin/audit-log/verification').expect(status);
    });

    it('tells an admin whether the log is intact, and which entry is not', async () => {
      const admin = await browserFor(t, 'admin@example.id');
      const all = await rows();
      const head = all[all.length - 1];
      const ok = await admin.agent.get('/api/admin/audit-log/verification').expect(200);
      expect(ok.body).toMatchObject({
        ok: true,
        checked: all.length,
        firstBrokenId: null,
        headSeq: head.seq,
        headHash: head.hash,
        reason: null,
      });

      const restore = await snapshot();
      await asSuperuser([`UPDATE audit_log SET after = '{"roles":["admin"]}' WHERE id = $1`, [all[1].id]]);
      const broken = await admin.agent.get('/api/admin/audit-log/verification').expect(200);
      expect(broken.body).toMatchObject({ ok: false, checked: 1, firstBrokenId: all[1].id, firstBrokenSeq: 2, reason: 'hash_mismatch' });
      expect(typeof broken.body.firstBrokenAt).toBe('string');
      await restore();
    });
  });
});
