import 'reflect-metadata';
import { AccountBootstrapService, DEMO_ACCOUNTS } from '@walikota/api-identity';
import { AppConfig, ConfigError, createHttpApp, loadConfig, resolveDatabase, runMigrations } from '@walikota/api-platform';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { DemoSeeder } from './seed/demo-seeder';

async function bootstrap(config: AppConfig): Promise<void> {
  const database = await resolveDatabase(config);
  const app = await createHttpApp(AppModule.forRoot(database.config), database.config);
  // The demo accounts (published password) only on the embedded database, and never in production.
  const demoAccounts = database.embedded && app.get(DemoSeeder).wantsDemoAccounts('if-allowed');
  try {
    if (config.migrateOnStart) await runMigrations(app.get(DataSource), { lock: !database.embedded });
    if (config.seedOnStart) await app.get(DemoSeeder).seedIfEmpty({ demoAccounts });
    await app.get(AccountBootstrapService).assertNoDemoAccountsInProduction();
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal} received, shutting down…`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'PostgreSQL from DATABASE_URL';
  console.log(`\nWalikota is running at ${config.publicUrl}  (${where})`);
  if (config.openApiEnabled) console.log(`API documentation: ${config.publicUrl}/api/docs`);
  if (demoAccounts) {
    console.log('\nDemo accounts (embedded database, outside production only):');
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.label.padEnd(24)} ${account.email.padEnd(28)} ${account.password}`);
  }
  if (database.embedded && !config.smtpUrl)
    console.log(
      `E-mails are not sent (no SMTP_URL): to follow a verification link, sign in as admin and open ${config.publicUrl}/admin/kotak-keluar`,
    );
}

function main(): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  bootstrap(config).catch((error: unknown) => {
    console.error('Walikota failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

main();
