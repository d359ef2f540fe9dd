import { AppConfig, loadConfig } from '@walikota/api-platform';

/** The test runner's own settings: where the real database and Redis are, when given. */
export const testEnvironment = {
  databaseUrl: process.env['TEST_DATABASE_URL'] || undefined,
  redisUrl: process.env['REDIS_URL'] || undefined,
};

/** A configuration for tests: defaults plus overrides, never the developer's own environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env['TEST_LOG_LEVEL'] }, overrides);
}
