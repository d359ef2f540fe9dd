import { AuditModule, AuditService } from '@walikota/api-audit';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { randomBytes } from 'node:crypto';
import { grantAppRole } from './grant-app-role';

/** The API's own database role: it may append to the audit log and nothing more. */
describe('db:grant-app-role', () => {
  let t: TestApp;
  // Roles belong to the whole server: one of its own per run.
  const role = `walikota_app_test_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    t = await createTestApp({ imports: [AuditModule] });
    await t.dataSource.query(`CREATE ROLE "${role}" NOLOGIN`);
  });
  afterAll(async () => {
    await t.dataSource.query(`DROP OWNED BY "${role}"`);
    await t.dataSource.query(`DROP ROLE "${role}"`);
    await t.close();
  });

  /** Runs the statements as the app role, in one transaction, as the API's connection would. */
  async function asApp<T>(sql: string, params: unknown[] = []): Promise<T> {
    return t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE "${role}"`);
      return manager.query(sql, params) as Promise<T>;
    });
  }

  it('is refused for a superuser or the owner itself', async () => {
    const [{ me }] = await t.dataSource.query('SELECT current_user AS me');
    await expect(grantAppRole(t.dataSource, me)).rejects.toThrow(/role of its own/);
    await expect(grantAppRole(t.dataSource, 'no_such_role_here')).rejects.toThrow(/does not exist/);
    await expect(grantAppRole(t.dataSource, 'Robert"; DROP TABLE x; --')).rejects.toThrow(/plain role name/);
  });

  it('lets the role append to and read the audit log, never change, delete or empty it', async () => {
    await grantAppRole(t.dataSource, role);
    await grantAppRole(t.dataSource, role); // idempotent: run after every migration
    await t.app.get(AuditService).record(null, null, { action: 'holiday.set', targetType: 'holiday', targetId: '2026-08-17' });

    const [inserted] = await asApp<{ seq: string }[]>(
      `INSERT INTO audit_log (action, target_type, target_id) VALUES ('holiday.deleted', 'holiday', '2026-08-17') RETURNING seq`,
    );
    expect(inserted.seq).toBe('2');
    expect(await asApp('SELECT count(*)::int AS n FROM audit_log')).toEqual([{ n: 2 }]);

    await expect(asApp(`UPDATE audit_log SET reason = 'diubah'`)).rejects.toThrow(/permission denied/);
    await expect(asApp('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(asApp('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    // Not the owner, not a superuser: the triggers stay on.
    await expect(asApp('ALTER TABLE audit_log DISABLE TRIGGER tr_audit_log_append_only')).rejects.toThrow(/must be owner/);
    await expect(asApp('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(asApp(`INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')`)).rejects.toThrow(/permission denied/);
    expect(await asApp('SELECT count(*)::int AS n FROM audit_log')).toEqual([{ n: 2 }]);
  });

  it('lets the role read and write the ordinary tables, including those later migrations add', async () => {
    await grantAppRole(t.dataSource, role);
    await asApp(`INSERT INTO holiday (date, name) VALUES ('2031-01-02', 'Uji peran')`);
    await asApp(`UPDATE holiday SET name = 'Uji peran aplikasi' WHERE date = '2031-01-02'`);
    expect(await asApp(`SELECT name FROM holiday WHERE date = '2031-01-02'`)).toEqual([{ name: 'Uji peran aplikasi' }]);
    await asApp(`DELETE FROM holiday WHERE date = '2031-01-02'`);
    await expect(asApp('TRUNCATE holiday')).rejects.toThrow(/permission denied/);

    // A table the owner creates later (a new migration) is usable at once, by default privileges.
    await t.dataSource.query('CREATE TABLE zz_future_table (id serial PRIMARY KEY, note text)');
    try {
      expect(await asApp(`INSERT INTO zz_future_table (note) VALUES ('baru') RETURNING id`)).toEqual([{ id: 1 }]);
    } finally {
      await t.dataSource.query('DROP TABLE zz_future_table');
    }
  });
});
