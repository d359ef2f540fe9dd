#!/usr/bin/env node
// Lighthouse audit of the production build: `npm run lighthouse [-- [--runs N] [/path …]]`
// (or `node tools/lighthouse/run.mjs --runs 3 / /perangkat-daerah`). See docs/operations.md, "CI".
//
// 1. Builds the API and the Angular app (`nx run-many -t build -p api web`), unless
//    LIGHTHOUSE_SKIP_BUILD=1 (for re-runs against an existing dist/).
// 2. Starts the built API, which also serves the web app, on a free loopback port with a fresh
//    embedded database in a temporary folder (as apps/web-e2e/playwright.config.ts does) and
//    waits for GET /api/health/ready. The server and the folder are removed at the end, also when
//    something fails or the run is interrupted.
// 3. Audits each page `--runs N` times (default 1; scores vary from run to run, the median of
//    3 or 5 is what to compare) in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), a
//    fresh Chromium for every run, with Lighthouse's default settings: mobile form factor,
//    emulated Moto G Power screen, simulated slow-4G and 4x CPU throttling. Nothing here ever
//    downloads a browser. Pages: the arguments, or by default /, /aspirasi, /aspirasi/statistik,
//    /perangkat-daerah and /lacak/<code> of a public demo report (asked from GET /api/reports once
//    the app is up: the demo seed files them, and their codes depend on the year).
// 4. Prints on stdout (everything else goes to stderr) one JSON line per run:
//      {"page":"/","run":1,"performance":0.98,"accessibility":1,"bestPractices":1,"seo":0.9,
//       "fcpMs":1210,"lcpMs":2380,"tbtMs":40,"cls":0,"siMs":1650,
//       "initialJsTransferBytes":68000,"initialJsRequests":3}
//    then, once a page's runs are done, one line with the medians of those figures and the verdict:
//      {"page":"/","runs":3,"median":{…the same keys…},"ok":true,"failed":[]}
//    (or {"page":…,"runs":3,"error":"…","ok":false} when the page could not be audited). Writes
//    the full HTML and JSON reports to tmp/lighthouse/, lists the audits that lost points on
//    stderr, and exits 1 if a page failed or a category's MEDIAN score is below its threshold:
//      LIGHTHOUSE_MIN_PERFORMANCE, LIGHTHOUSE_MIN_ACCESSIBILITY (default 1: accessibility must be
//      100), LIGHTHOUSE_MIN_BEST_PRACTICES, LIGHTHOUSE_MIN_SEO (others default 0: no check).
//
// Other settings: LIGHTHOUSE_PORT (default: a free port), LIGHTHOUSE_READY_TIMEOUT_MS (120000).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reportDir = path.join(root, 'tmp/lighthouse');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const { runs, pages: pageArgs } = parseArgs(process.argv.slice(2));
// The tracking page of a public demo report is added once the app can be asked for one.
const DEFAULT_PAGES = ['/', '/aspirasi', '/aspirasi/statistik', '/perangkat-daerah'];
const pages = pageArgs.length > 0 ? pageArgs : [...DEFAULT_PAGES];

// The figures of one run, besides the category scores: Lighthouse's metrics (audit id → key;
// milliseconds, except CLS, which has no unit), rounded as Lighthouse's own report shows them.
const METRICS = [
  { id: 'first-contentful-paint', key: 'fcpMs', digits: 0 },
  { id: 'largest-contentful-paint', key: 'lcpMs', digits: 0 },
  { id: 'total-blocking-time', key: 'tbtMs', digits: 0 },
  { id: 'cumulative-layout-shift', key: 'cls', digits: 3 },
  { id: 'speed-index', key: 'siMs', digits: 0 },
];

// chrome-launcher is Lighthouse's own dependency: load the copy Lighthouse itself resolves, so
// this script needs no second entry in package.json and never disagrees with Lighthouse on it.
const { launch } = await import(pathToFileURL(createRequire(import.meta.resolve('lighthouse')).resolve('chrome-launcher')).href);

// Lighthouse's runtime errors that say "run Lighthouse again": the trace or the page load was not
// recorded (seen here on the very first Chromium start of a fresh machine: NO_NAVSTART). Such a
// run is repeated, in a new Chromium, up to RETRIES times; any other error fails the page at once.
const TRANSIENT_ERRORS = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_RESOURCE_REQUEST', 'PROTOCOL_TIMEOUT', 'CRI_TIMEOUT', 'NO_FCP']);
const RETRIES = 2;

// Lighthouse category id → key in the printed line → env variable holding its minimum score.
const CATEGORIES = [
  { id: 'performance', key: 'performance', env: 'LIGHTHOUSE_MIN_PERFORMANCE', min: 0 },
  { id: 'accessibility', key: 'accessibility', env: 'LIGHTHOUSE_MIN_ACCESSIBILITY', min: 1 },
  { id: 'best-practices', key: 'bestPractices', env: 'LIGHTHOUSE_MIN_BEST_PRACTICES', min: 0 },
  { id: 'seo', key: 'seo', env: 'LIGHTHOUSE_MIN_SEO', min: 0 },
];
for (const category of CATEGORIES) {
  const raw = process.env[category.env];
  if (raw !== undefined && raw !== '') {
    const value = Number(raw);
    if (!(value >= 0 && value <= 1)) fail(`${category.env} must be a number between 0 and 1, got "${raw}"`);
    category.min = value;
  }
}
for (const page of pages) if (!page.startsWith('/')) fail(`pages are paths starting with "/", got "${page}"`);

// Chromium flags: the three required for a root, display-less machine, plus the ones that keep
// Chromium off the network on this closed machine (chrome-launcher adds
// --disable-background-networking, --disable-component-update, --disable-sync, --no-first-run…
// itself; it never downloads anything).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'];

let server; // the API child process, while it runs
let dataDir; // its temporary database folder
let chrome; // the current Chromium, while it runs
let cleaning; // the cleanup under way, shared by the normal end and a signal
let interrupted = false;

/** Stops Chromium and the server and removes the database folder; every caller awaits the same run. */
function cleanup() {
  cleaning ??= stopEverything();
  return cleaning;
}

async function stopEverything() {
  if (chrome) {
    try {
      await chrome.kill();
    } catch {
      // already gone
    }
  }
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

// Ctrl-C or a CI timeout: stop the server and Chromium before leaving.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`lighthouse: ${signal}, stopping`);
    interrupted = true;
    cleanup().finally(() => process.exit(130));
  });
}

const started = Date.now();
let exitCode = 0;
try {
  if (process.env.LIGHTHOUSE_SKIP_BUILD === '1') {
    console.error('lighthouse: LIGHTHOUSE_SKIP_BUILD=1, using the existing dist/');
  } else {
    await build();
  }

  const port = Number(process.env.LIGHTHOUSE_PORT) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'walikota-lighthouse-'));
  server = spawn(process.execPath, [path.join(root, 'dist/api/apps/api/src/main.js')], {
    cwd: root,
    // The embedded database with its demo data (accounts and reports), whatever the shell says:
    // an empty DATABASE_URL counts as unset (docs/operations.md, "Configuration").
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: base,
      DATABASE_URL: '',
      SEED_ON_START: 'true',
      SEED_DEMO_REPORTS: 'true',
    },
    // The server's logs go to stderr so that stdout holds only the result lines.
    stdio: ['ignore', process.stderr, process.stderr],
  });
  await waitForReady(base, Number(process.env.LIGHTHOUSE_READY_TIMEOUT_MS) || 120_000);
  console.error(`lighthouse: app ready at ${base} after ${seconds(started)} s`);

  if (pageArgs.length === 0) {
    const code = await publicDemoReport(base).catch((error) => {
      console.error(`lighthouse: ${error.message}`);
      return undefined;
    });
    if (code) pages.push(`/lacak/${code}`);
    else {
      console.error('lighthouse: FAIL no public report to track (GET /api/reports)');
      console.log(JSON.stringify({ page: '/lacak/<code>', runs, error: 'no public demo report found', ok: false }));
      exitCode = 1;
    }
  }

  mkdirSync(reportDir, { recursive: true });
  for (const page of pages) {
    // A page that cannot be audited is reported and the next one tried: every page gets its line.
    try {
      if (!(await auditPage(base, page))) exitCode = 1;
    } catch (error) {
      if (interrupted) throw error;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`lighthouse: FAIL ${page}: ${message}`);
      console.log(JSON.stringify({ page, runs, error: message, ok: false }));
      exitCode = 1;
    }
  }
  console.error(`lighthouse: reports in ${path.relative(root, reportDir)}/, total ${seconds(started)} s`);
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(interrupted ? 130 : exitCode);

/** The production build of both apps, its output on stderr. */
function build() {
  console.error('lighthouse: building api and web');
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code})`))));
  });
}

/**
 * Audits one page `runs` times and prints each run's line and then the medians; returns whether
 * the medians meet the thresholds. Reports: tmp/lighthouse/<page>.report.html|json, with
 * `.run-<n>` before `.report` when there are several runs.
 */
async function auditPage(base, page) {
  const slug = page === '/' ? 'home' : page.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9-]+/g, '_');
  const lines = [];
  const lost = new Map(); // "category audit" → { count, last message }
  for (let run = 1; run <= runs; run++) {
    const result = await audit(`${base}${page}`, runs > 1 ? ` (run ${run}/${runs})` : '');
    const line = { page, run, ...summarize(page, result.lhr) };
    lines.push(line);
    console.log(JSON.stringify(line));
    const name = runs > 1 ? `${slug}.run-${run}` : slug;
    writeFileSync(path.join(reportDir, `${name}.report.html`), result.report[0]);
    writeFileSync(path.join(reportDir, `${name}.report.json`), result.report[1]);
    for (const [key, message] of lostPoints(page, result.lhr)) lost.set(key, { count: (lost.get(key)?.count ?? 0) + 1, message });
  }
  for (const { count, message } of lost.values()) console.error(`lighthouse: ${message}${runs > 1 ? ` [${count}/${runs} runs]` : ''}`);

  const median = {};
  for (const key of [...CATEGORIES.map((c) => c.key), ...METRICS.map((m) => m.key), 'initialJsTransferBytes', 'initialJsRequests']) {
    median[key] = medianOf(lines.map((line) => line[key]));
  }
  // Scores have two decimals; the mean of two of them is kept to three (0.565), not float noise.
  for (const category of CATEGORIES) median[category.key] = round(median[category.key], 3);
  for (const metric of METRICS) median[metric.key] = round(median[metric.key], metric.digits);
  median.initialJsTransferBytes = round(median.initialJsTransferBytes, 0);
  median.initialJsRequests = round(median.initialJsRequests, 1);
  const failed = [];
  for (const category of CATEGORIES) {
    const score = median[category.key];
    if (category.min > 0 && (score === null || score < category.min)) {
      console.error(`lighthouse: FAIL ${page} ${category.id} median ${score} < ${category.min} (${category.env})`);
      failed.push(category.key);
    }
  }
  console.log(JSON.stringify({ page, runs, median, ok: failed.length === 0, failed }));
  return failed.length === 0;
}

/** The median of the numbers among `values` (nulls left out; the mean of the middle two for an even count), or null. */
function medianOf(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 === 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

function round(value, digits) {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The code of a published public report, newest first, from the public list as a visitor sees it
 * (GET /api/reports, libs/api/reports/src/reports.controller.ts), or undefined.
 */
async function publicDemoReport(base) {
  const response = await fetch(`${base}/api/reports?limit=20`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/reports answered ${response.status}`);
  const { items = [] } = await response.json();
  return (items.find((item) => item.privacy === 'public') ?? items[0])?.code;
}

/** `--runs N` (or `--runs=N`) and the pages, each a path starting with "/". */
function parseArgs(args) {
  let runs = 1;
  const pages = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--runs' || arg.startsWith('--runs=')) {
      const raw = arg === '--runs' ? args[++i] : arg.slice('--runs='.length);
      runs = Number(raw);
      if (!Number.isInteger(runs) || runs < 1 || runs > 20) fail(`--runs must be a whole number from 1 to 20, got "${raw ?? ''}"`);
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg} (usage: npm run lighthouse -- [--runs N] [/page …])`);
    } else {
      pages.push(arg);
    }
  }
  return { runs, pages };
}


/** One Lighthouse run (repeated on a transient runtime error, see TRANSIENT_ERRORS). */
async function audit(url, which = '') {
  for (let attempt = 0; ; attempt++) {
    try {
      return await auditOnce(url, which);
    } catch (error) {
      if (interrupted || attempt >= RETRIES || !TRANSIENT_ERRORS.has(error?.code)) throw error;
      console.error(`lighthouse: ${error.message} — running it again (${attempt + 1}/${RETRIES})`);
    }
  }
}

/** One Lighthouse run in its own fresh Chromium (own profile, empty cache). */
async function auditOnce(url, which) {
  console.error(`lighthouse: auditing ${url}${which}`);
  if (server.exitCode !== null || server.signalCode !== null) {
    throw new Error(`the app has exited (code ${server.exitCode ?? server.signalCode}), see its log above`);
  }
  // handleSIGINT: false, or chrome-launcher would exit the process on Ctrl-C before our own
  // handler has stopped the server.
  chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((c) => c.id),
      },
      // No config: Lighthouse's default, i.e. mobile emulation with simulated throttling.
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError) {
      const { code, message } = result.lhr.runtimeError;
      throw Object.assign(new Error(`Lighthouse could not audit ${url}: ${message}`), { code });
    }
    return result;
  } finally {
    await chrome.kill();
    chrome = undefined;
  }
}

/**
 * The figures of one run: the four category scores, the metrics (METRICS) and the JavaScript the
 * page loads up front.
 *
 * "Initial JS" = every request of resource type Script in the `network-requests` audit whose
 * request started before the observed first contentful paint (FCP). Reasoning: Angular renders
 * nothing until main.js, its eagerly imported chunks and the lazy chunk of the current route have
 * run, so whatever script was requested before the first paint is exactly what this page needed to
 * show anything; route chunks fetched later (other pages, preloading, deferred blocks) are left
 * out. The observed (unthrottled) timeline is used because Lighthouse's mobile throttling is
 * simulated afterwards and does not change which requests came before the paint.
 * Clocks: network-requests gives milliseconds from its first request (the document), with that
 * instant as `debugData.networkStartTimeTs` (µs); the `metrics` audit gives
 * observedFirstContentfulPaint in ms from the navigation's time origin, `observedTimeOriginTs`
 * (µs). FCP is moved onto the network-requests clock before comparing (the two origins differ
 * by a few ms at most).
 * transferSize is what went over the wire (encoded body plus headers).
 */
function summarize(page, lhr) {
  const line = {};
  for (const category of CATEGORIES) line[category.key] = lhr.categories[category.id]?.score ?? null;
  for (const metric of METRICS) {
    const value = lhr.audits[metric.id]?.numericValue;
    line[metric.key] = typeof value === 'number' ? round(value, metric.digits) : null;
  }
  const metrics = lhr.audits['metrics']?.details?.items?.[0] ?? {};
  const network = lhr.audits['network-requests']?.details ?? {};
  const requests = network.items ?? [];
  const offsetMs = (network.debugData?.networkStartTimeTs - metrics.observedTimeOriginTs) / 1000;
  const fcp = metrics.observedFirstContentfulPaint - (Number.isFinite(offsetMs) ? offsetMs : 0);
  const initialScripts = requests.filter(
    (r) => r.resourceType === 'Script' && (!Number.isFinite(fcp) || (r.networkRequestTime ?? r.rendererStartTime) <= fcp),
  );
  if (!Number.isFinite(fcp)) console.error(`lighthouse: ${page}: no observed FCP, counting every script request`);
  line.initialJsTransferBytes = initialScripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  line.initialJsRequests = initialScripts.length;
  return line;
}

/**
 * For stderr, to know what to fix: each audit of an audited category that did not pass, keyed by
 * category and audit. "scored" audits count towards the category score; "advice" ones
 * (performance opportunities and diagnostics, weight 0) do not, but usually say why a scored
 * metric is slow.
 */
function lostPoints(page, lhr) {
  const lost = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category.id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= (ref.weight > 0 ? 1 : 0.9)) continue;
      if (['informative', 'manual', 'notApplicable', 'error'].includes(a.scoreDisplayMode)) continue;
      const value = a.displayValue ? ` (${a.displayValue})` : '';
      const kind = ref.weight > 0 ? 'scored' : 'advice';
      lost.push([`${category.id} ${a.id}`, `${page} ${category.id} ${kind}: ${a.id} ${a.score}${value} — ${a.title}`]);
    }
  }
  return lost;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForReady(base, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the app exited before it was ready (code ${server.exitCode ?? server.signalCode})`);
    }
    try {
      if ((await fetch(`${base}/api/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app was not ready within ${timeoutMs} ms`);
}

function seconds(since) {
  return Math.round((Date.now() - since) / 100) / 10;
}

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}
