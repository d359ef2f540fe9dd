import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  ConfigError,
  buildOpenApiDocument,
  createHttpApp,
  loadConfig,
  pendingSchemaChanges,
  resolveDatabase,
  runMigrations,
  serializeOpenApi,
  translate,
} from '@walikota/api-platform';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountBootstrapService, DemoAccountsRefusedError, PasswordService } from '@walikota/api-identity';
import { AuditService } from '@walikota/api-audit';
import { AppModule } from './app.module';
import { grantAppRole } from './cli/grant-app-role';
import { renderMigration } from './cli/render-migration';
import { DemoSeeder } from './seed/demo-seeder';

const USAGE = `Usage: node dist/api/apps/api/src/cli.js <command>
  migrate                    run pending migrations
  revert                     revert the last migration
  seed [--demo-accounts]     run migrations, then load reference data (and the demo accounts:
                             on the embedded database unless NODE_ENV=production; never in
                             production); idempotent
  admin:create --email E [--name N] [--password P]
                             create the first admin (a password is generated when none is given)
  demo-accounts:remove       remove the demo accounts (published password): anonymised as an
                             account deletion, audited; production refuses to start while they exist
  migration:generate <Name>  write a migration for the difference between entities and schema
  migration:check            fail when the entities and the migrations disagree
  openapi [--check]          write apps/api/openapi.json (or fail when it is stale)
  audit:verify [--reset-anchor]
                             check the audit log's hash chain; prints JSON, exits 1 when broken
                             (--reset-anchor: forget the head recorded by earlier checks first)
  db:grant-app-role <role>   give the API's own database role what it needs, and no more
                             (run as the owner after migrating; idempotent)`;

type Command = (config: AppConfig, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  migrate: (config) =>
    withContext(config, {}, async (dataSource, embedded) => {
      const applied = await runMigrations(dataSource, { lock: !embedded });
      console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
      return 0;
    }),

  revert: (config) =>
    withContext(config, {}, async (dataSource) => {
      const before = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(before[0] ? `Reverted ${before[0].name}.` : 'Nothing to revert.');
      return 0;
    }),

  seed: (config, args) =>
    withContext(config, {}, async (dataSource, embedded, context) => {
      const demoAccounts = args.includes('--demo-accounts') ? true : embedded ? 'if-allowed' : false;
      if (demoAccounts === true && !context.get(AccountBootstrapService).demoAccountsAllowed) {
        console.error(new DemoAccountsRefusedError().message);
        return 2;
      }
      await runMigrations(dataSource, { lock: !embedded });
      console.log(JSON.stringify(await context.get(DemoSeeder).seed({ demoAccounts }), null, 2));
      return 0;
    }),

  'demo-accounts:remove': (config) =>
    withContext(config, {}, async (dataSource, embedded, context) => {
      await runMigrations(dataSource, { lock: !embedded });
      const removed = await context.get(AccountBootstrapService).removeDemoAccounts();
      console.log(
        removed.length ? `Removed the demo accounts ${removed.join(', ')} (anonymised; audited).` : 'No demo accounts to remove.',
      );
      return 0;
    }),

  'admin:create': (config, args) => {
    const option = (name: string) => {
      const index = args.indexOf(`--${name}`);
      return index >= 0 ? args[index + 1] : undefined;
    };
    const email = option('email');
    if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      console.error('Usage: npm run admin:create -- --email admin@kota.go.id [--name "Nama Admin"] [--password …]');
      return Promise.resolve(2);
    }
    const generated = !option('password');
    const password = option('password') ?? randomBytes(12).toString('base64url');
    return withContext(config, {}, async (dataSource, embedded, context) => {
      // The sign-up rules: long enough, not guessable, not the admin's name or address.
      const problem = context.get(PasswordService).problem(password, { email, name: option('name') });
      if (problem) {
        console.error(translate('en', `validation.${problem}`));
        return 2;
      }
      await runMigrations(dataSource, { lock: !embedded });
      const created = await context.get(AccountBootstrapService).createAdmin(email, option('name') ?? 'Administrator', password);
      console.log(created ? `Created admin ${email}.` : `${email} already had an account; it is now an admin (password unchanged).`);
      if (created && generated) console.log(`Password (shown once): ${password}`);
      return 0;
    });
  },

  'audit:verify': (config, args) =>
    withContext(config, {}, async (_dataSource, _embedded, context) => {
      const audit = context.get(AuditService);
      if (args.includes('--reset-anchor')) await audit.resetAnchor();
      const result = await audit.verify();
      console.log(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }),

  'db:grant-app-role': (config, [role]) => {
    if (!role) {
      console.error('Usage: node dist/api/apps/api/src/cli.js db:grant-app-role walikota_app');
      return Promise.resolve(2);
    }
    return withContext(config, {}, async (dataSource) => {
      const statements = await grantAppRole(dataSource, role);
      console.log(`Granted ${role} the API's privileges (${statements.length} statements).`);
      return 0;
    });
  },

  'migration:generate': (config, [name]) => {
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
      console.error('Give the migration a PascalCase name, e.g. npm run db:generate -- AddReports');
      return Promise.resolve(2);
    }
    return withContext(config, { inMemory: true }, async (dataSource) => {
      await runMigrations(dataSource, { lock: false });
      const changes = await pendingSchemaChanges(dataSource);
      if (changes.up.length === 0) {
        console.log('The schema matches the entities: no migration needed.');
        return 0;
      }
      const file = await writeMigration(name, changes);
      console.log(`Wrote ${path.relative(workspaceRoot(), file)} (${changes.up.length} statements).`);
      return 0;
    });
  },

  'migration:check': (config) =>
    withContext(config, { inMemory: true }, async (dataSource) => {
      await runMigrations(dataSource, { lock: false });
      const changes = await pendingSchemaChanges(dataSource);
      if (changes.up.length === 0) {
        console.log('Migrations are up to date with the entities.');
        return 0;
      }
      console.error(`The entities differ from the migrations; run npm run db:generate -- <Name>:\n${changes.up.join(';\n')}`);
      return 1;
    }),

  openapi: async (config, args) => {
    // Only the routes are read: an empty in-memory database, and no Redis, so that no background
    // job worker starts and takes a real job from the deployment's queue.
    const database = await resolveDatabase(
      Object.assign(new AppConfig(), config, { databaseUrl: undefined, redisUrl: undefined, openApiEnabled: false }),
      {
        inMemory: true,
      },
    );
    const app = await createHttpApp(AppModule.forRoot(database.config), database.config);
    try {
      const text = serializeOpenApi(buildOpenApiDocument(app));
      const file = path.join(workspaceRoot(), 'apps/api/openapi.json');
      if (args.includes('--check')) {
        const committed = existsSync(file) ? await readFile(file, 'utf8') : '';
        if (committed !== text) {
          console.error('apps/api/openapi.json is out of date: run npm run openapi and commit the result.');
          return 1;
        }
        console.log('apps/api/openapi.json is up to date.');
        return 0;
      }
      await writeFile(file, text);
      console.log(`Wrote apps/api/openapi.json (${Object.keys(JSON.parse(text).paths).length} paths).`);
      return 0;
    } finally {
      await app.close();
      await database.close();
    }
  },
};

type ContextBody = (
  dataSource: DataSource,
  embedded: boolean,
  context: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>,
) => Promise<number>;

async function withContext(config: AppConfig, { inMemory = false }, body: ContextBody): Promise<number> {
  const database = await resolveDatabase(config, { inMemory });
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(database.config), { logger: ['error', 'warn'] });
  try {
    return await body(context.get(DataSource), database.embedded, context);
  } finally {
    await context.close();
    await database.close();
  }
}

async function writeMigration(name: string, changes: { up: string[]; down: string[] }): Promise<string> {
  const timestamp = Date.now();
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const dir = path.join(workspaceRoot(), 'migrations');
  const file = path.join(dir, `${timestamp}-${kebab}.ts`);
  await writeFile(file, renderMigration(`${name}${timestamp}`, changes));
  const indexFile = path.join(dir, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const className = `${name}${timestamp}`;
  const withImport = index.replace(/(\/\/ Never edit[^\n]*\n)/, `$1import { ${className} } from './${timestamp}-${kebab}';\n`);
  const updated = withImport.replace(/export const migrations = \[([^\]]*)\];/, (_m, list: string) => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .concat(className);
    return `export const migrations = [\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
  });
  await writeFile(indexFile, updated);
  return file;
}

function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Run the CLI from inside the Walikota workspace');
    dir = parent;
  }
  return dir;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    process.exit(2);
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  process.exit(await command(config, args));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
