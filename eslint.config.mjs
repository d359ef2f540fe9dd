import nx from '@nx/eslint-plugin';
import walikota from './tools/eslint/own-tables.mjs';

/**
 * Module boundaries (docs/architecture.md): tags say what a project is; the rules say what it may
 * import. No wildcards: every allowed edge is listed. API domains (`domain:*`) may import only the
 * domains below them; a domain's tables are its own (`walikota/own-tables`).
 */
const FRAMEWORKS_FORBIDDEN_OUTSIDE_API = ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'fastify', '@fastify/*', 'ioredis'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'data', 'tmp', 'coverage', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: FRAMEWORKS_FORBIDDEN_OUTSIDE_API,
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...FRAMEWORKS_FORBIDDEN_OUTSIDE_API, '@angular/*', 'rxjs'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts', 'type:migrations'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:migrations'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
            // Browser tests talk to the running app over HTTP only.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // The API's domains, lowest first: each lists the domains it may use (and the harness, for specs).
            { sourceTag: 'domain:platform', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'domain:testing', onlyDependOnLibsWithTags: ['domain:platform', 'type:migrations', 'scope:shared'] },
            { sourceTag: 'domain:audit', onlyDependOnLibsWithTags: ['domain:platform', 'domain:testing', 'scope:shared'] },
            { sourceTag: 'domain:notifications', onlyDependOnLibsWithTags: ['domain:platform', 'domain:testing', 'scope:shared'] },
            {
              sourceTag: 'domain:reference',
              onlyDependOnLibsWithTags: ['domain:platform', 'domain:audit', 'domain:testing', 'scope:shared'],
            },
            {
              sourceTag: 'domain:identity',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:audit',
                'domain:notifications',
                'domain:reference',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'domain:uploads',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:audit',
                'domain:notifications',
                'domain:reference',
                'domain:identity',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'domain:reports',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:audit',
                'domain:notifications',
                'domain:reference',
                'domain:identity',
                'domain:uploads',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              // Petitions may link the public reports they are about (through ReportOpenData).
              sourceTag: 'domain:petitions',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:audit',
                'domain:notifications',
                'domain:reference',
                'domain:identity',
                'domain:reports',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              // Forums and town-hall meetings: meetings take petitions onto their agenda, commitments link reports.
              sourceTag: 'domain:forums',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:audit',
                'domain:notifications',
                'domain:reference',
                'domain:identity',
                'domain:reports',
                'domain:petitions',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              // Sitemap, robots.txt and the link-preview card: what search engines and link previews read.
              sourceTag: 'domain:discovery',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:reference',
                'domain:reports',
                'domain:petitions',
                'domain:testing',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'domain:open311',
              onlyDependOnLibsWithTags: [
                'domain:platform',
                'domain:reference',
                'domain:identity',
                'domain:reports',
                'domain:testing',
                'scope:shared',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may use the testing library and reach across for fixtures.
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Each API domain reads and writes only its own tables (tools/eslint/own-tables.mjs).
    files: ['libs/api/**/*.ts'],
    plugins: { walikota },
    rules: { 'walikota/own-tables': 'error' },
  },
  {
    // The test harness and fixtures are for tests: production code never imports them.
    files: ['libs/api/**/*.ts', 'apps/api/src/**/*.ts', 'migrations/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**', '**/*-fixtures.ts', 'libs/api/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@walikota/api-testing', '@walikota/api-testing/*'], message: 'The test harness is for tests only.' },
            { group: ['**/testing/*', '**/*-fixtures'], message: 'Fixtures are for tests only.' },
          ],
        },
      ],
    },
  },
];
