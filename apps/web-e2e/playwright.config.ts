import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Browser tests drive the real production build (API + Angular app on one port) on a fresh
// embedded database, in Debian's Chromium: Playwright never downloads a browser here.
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: path.join(root, 'tmp/ci/playwright.json') }]] : 'list',
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'off',
    // Colour transitions finish at once, so that axe judges the contrast people see at rest.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node dist/api/apps/api/src/main.js',
    cwd: root,
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'walikota-e2e-')),
      LOG_LEVEL: 'warn',
      PUBLIC_URL: baseURL,
      // Every test signs in from the same address; the per-client sign-in limit is tested in jest.
      AUTH_RATE_LIMIT_MAX: '1000',
      // The same citizen accounts file many reports across the tests.
      REPORTS_PER_HOUR: '1000',
      // The tests count what they file themselves.
      SEED_DEMO_REPORTS: 'false',
      // Petitions reach their sponsors and thresholds with a handful of accounts; counts fold fast.
      PETITION_SPONSORS: '2',
      PETITION_RESPONSE_THRESHOLD: '3',
      PETITION_AGENDA_THRESHOLD: '4',
      PETITION_COUNT_INTERVAL_MS: '200',
    },
  },
});
