import { DataSource } from 'typeorm';

/** Tables the running API may read and append to but never change: the audit log. */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;
/** Tables only migrations write. */
export const READ_ONLY_TABLES = ['migrations'] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Gives `role` (the API's own login, e.g. `walikota_app`) what the running API needs in the
 * current schema and nothing more: SELECT/INSERT/UPDATE/DELETE on the tables, USAGE on the
 * sequences, only SELECT/INSERT on the audit log and SELECT on `migrations`, never TRUNCATE, and
 * no ownership (so it cannot disable the audit log's triggers or drop anything). Run by the
 * owner after every migration: it is idempotent, and default privileges cover the tables that
 * later migrations create. Returns the statements it ran.
 */
export async function grantAppRole(dataSource: DataSource, role: string): Promise<string[]> {
  if (!ROLE_NAME.test(role)) throw new Error(`"${role}" is not a plain role name (lower-case letters, digits, _)`);
  const [{ schema, owner }] = await dataSource.query<{ schema: string; owner: string }[]>(
    'SELECT current_schema() AS schema, current_user AS owner',
  );
  const [found] = await dataSource.query<{ superuser: boolean; member: boolean }[]>(
    `SELECT rolsuper AS superuser, pg_has_role($1, current_user, 'MEMBER') AS member FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  if (!found) throw new Error(`Role "${role}" does not exist: create it first (deploy/postgres-init/10-app-role.sh, README "Production")`);
  // A superuser, or a member of the owner, could bypass every grant below.
  if (found.superuser || found.member || role === owner)
    throw new Error(`Role "${role}" is a superuser or the owner ("${owner}") or one of its members: the API needs a role of its own`);
  const s = `"${schema}"`;
  const r = `"${role}"`;
  const statements = [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    // Tables and sequences the owner creates later (new migrations) get the same.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    ...APPEND_ONLY_TABLES.map((table) => `REVOKE UPDATE, DELETE ON ${s}."${table}" FROM ${r}`),
    ...READ_ONLY_TABLES.map((table) => `REVOKE INSERT, UPDATE, DELETE ON ${s}."${table}" FROM ${r}`),
  ];
  await dataSource.transaction(async (manager) => {
    for (const statement of statements) await manager.query(statement);
  });
  return statements;
}
