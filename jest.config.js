// One jest run for every project (`npm test`). API code is compiled by SWC with the same
// options as the build; workspace aliases come from tsconfig.base.json.
const { swcOptions } = require('./apps/api/tools/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/migrations'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ rewritePaths: false })] },
      moduleNameMapper,
    },
    {
      // Services, stores and pure functions of the web app (in jsdom, with Angular's TestBed);
      // components and pages are covered by the browser tests.
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web', '<rootDir>/libs/shared', '<rootDir>/libs/web'],
      moduleNameMapper,
      testMatch: ['**/*.spec.ts'],
      // Angular ships ES modules only; SWC turns them into CommonJS for jest.
      transform: { '^.+\\.(ts|mjs)$': ['@swc/jest', swcOptions({ rewritePaths: false })] },
      transformIgnorePatterns: ['/node_modules/(?!@angular/)'],
      setupFilesAfterEnv: ['<rootDir>/tools/jest/angular-setup.ts'],
    },
  ],
  // PGlite starts in a few seconds; a whole file shares one app.
  testTimeout: 30000,
};
