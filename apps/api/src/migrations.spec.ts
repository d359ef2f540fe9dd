import { pendingSchemaChanges } from '@walikota/api-platform';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { migrations } from '@walikota/migrations';
import { AppModule } from './app.module';

async function tables(t: TestApp): Promise<string[]> {
  const rows: { table_name: string }[] = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    // createTestApp runs every migration on an empty schema.
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('bring an empty database to exactly what the entities describe (no drift)', async () => {
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: migrations.length }]);
    expect(await pendingSchemaChanges(t.dataSource)).toEqual({ up: [], down: [] });
  });

  it('all revert down to an empty schema, and apply again', async () => {
    for (let i = 0; i < migrations.length; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(t)).toEqual(['migrations']);
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await pendingSchemaChanges(t.dataSource)).toEqual({ up: [], down: [] });
  });
});
