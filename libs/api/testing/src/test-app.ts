import { DynamicModule, Module, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, PlatformModule, createHttpApp, runMigrations } from '@walikota/api-platform';
import { migrations } from '@walikota/migrations';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { DestinationStream } from 'pino';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig, testEnvironment } from './test-config';
import { TestDatabase, createTestDatabase } from './test-database';

export interface TestAppOptions {
  /** Domain modules to mount beside the platform (ignored when `rootModule` is given). */
  imports?: (Type<unknown> | DynamicModule)[];
  /** The whole application module, e.g. `(config) => AppModule.forRoot(config)`. */
  rootModule?: (config: AppConfig) => DynamicModule;
  config?: Partial<AppConfig>;
  /** Where the app's logs go (default: nowhere unless TEST_LOG_LEVEL is set). */
  logDestination?: DestinationStream;
  /** Use Redis (REDIS_URL) for rate-limit counters when the environment has one; default true. */
  redis?: boolean;
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  database: TestDatabase;
  /** supertest bound to the running app. */
  http(): supertest.Agent;
  close(): Promise<void>;
}

/** The real application on a clean, migrated database, as the integration tests see it. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig({
    databaseUrl: database.url,
    databaseSchema: database.schema,
    embeddedDatabase: database.embedded,
    redisUrl: options.redis === false ? undefined : testEnvironment.redisUrl,
    // Every test app gets its own counters, even on a shared Redis.
    redisKeyPrefix: `test:${randomBytes(6).toString('hex')}:`,
    // Suites sign in many times from one address; the limit itself has its own test.
    authRateLimitMax: 10_000,
    ...options.config,
  });
  try {
    const rootModule = options.rootModule
      ? options.rootModule(config)
      : platformRoot(config, options.imports ?? [], options.logDestination);
    const app = await createHttpApp(rootModule, config);
    const dataSource = app.get(DataSource);
    await runMigrations(dataSource, { lock: false });
    return {
      app,
      config,
      dataSource,
      database,
      http: () => supertest.agent(app.getHttpServer() as Server),
      async close() {
        await app.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

function platformRoot(config: AppConfig, imports: (Type<unknown> | DynamicModule)[], logDestination?: DestinationStream): DynamicModule {
  @Module({})
  class TestRootModule {}
  return { module: TestRootModule, imports: [PlatformModule.forRoot({ config, migrations, logDestination }), ...imports] };
}
