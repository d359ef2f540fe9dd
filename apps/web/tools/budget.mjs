#!/usr/bin/env node
// JavaScript budget of the web app, run by `nx run web:build` after the Angular build and
// precompress.mjs: `node apps/web/tools/budget.mjs [dist/apps/web] [--config apps/web/budgets.json]`.
//
// - Initial JavaScript: the module scripts index.html loads (index.csr.html too, with server-side
//   rendering) and their static imports, transitively, from esbuild's metafile
//   (dist/apps/web/stats.json, the build's `statsJson` option). Only the browser folder counts.
// - Each file is measured as Brotli at quality 11 (the .br file precompress.mjs wrote when it is
//   there and not older than the file, else compressed here), as the API and nginx send it.
// - Lazy routes: each chunk loaded by `import()` with the files it brings that are not initial.
// - The initial bundle's largest packages, from the metafile's `bytesInOutput` (uncompressed).
// - Budgets in apps/web/budgets.json; exit code 1 when one is exceeded, 2 when nothing could be
//   measured. The last line on stdout is one JSON object for CI and the README.
// See docs/operations.md, "JavaScript budget".
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import {
  checkBudgets,
  configProblems,
  formatBytes,
  initialFiles,
  largestDependencies,
  lazyChunks,
  librariesFromPaths,
  scriptsInHtml,
} from './budget-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
let distDir = path.join(root, 'dist/apps/web');
let configPath = path.join(root, 'apps/web/budgets.json');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--config') configPath = path.resolve(args[++i] ?? fail('--config needs a file'));
  else if (args[i].startsWith('-')) fail(`unknown option ${args[i]}`);
  else distDir = path.resolve(args[i]);
}
const browserDir = path.join(distDir, 'browser');
const statsPath = path.join(distDir, 'stats.json');

const config = readJson(configPath, 'the budget file');
const problems = configProblems(config);
if (problems.length > 0) fail(`${path.relative(root, configPath)}: ${problems.join('; ')}`);
if (!existsSync(statsPath)) fail(`${path.relative(root, statsPath)} is missing: the build needs "statsJson": true (apps/web/project.json)`);
const metafile = readJson(statsPath, 'the metafile');

// index.html, and with server-side rendering index.csr.html (the page the server falls back to):
// the scripts of both count, once.
const htmlFiles = ['index.html', 'index.csr.html'].filter((name) => existsSync(path.join(browserDir, name)));
if (htmlFiles.length === 0) fail(`no index.html or index.csr.html in ${path.relative(root, browserDir)}`);
const entryScripts = new Set();
const modulePreloads = new Set();
for (const name of htmlFiles) {
  const found = scriptsInHtml(readFileSync(path.join(browserDir, name), 'utf8'));
  for (const script of found.scripts) entryScripts.add(script);
  for (const preload of found.modulePreloads) modulePreloads.add(preload);
}
if (entryScripts.size === 0) fail(`${htmlFiles.join(', ')} load no <script type="module">`);

let initial;
try {
  initial = initialFiles(metafile, [...entryScripts]);
} catch (error) {
  fail(error.message);
}
const libraries = librariesFromPaths(readJson(path.join(root, 'tsconfig.base.json'), 'tsconfig.base.json').compilerOptions?.paths);

// The module preloads are (up to ten of) the same set: one that is not initial means this script
// and the build disagree on what "initial" is.
const initialNames = new Set(initial.map(fileOf));
for (const preload of modulePreloads) {
  if (!initialNames.has(preload)) console.warn(`budget: warning: ${preload} is preloaded by index.html but not initial in the metafile`);
}

const initialSizes = initial.map((key) => ({ file: fileOf(key), bytes: brotliBytes(fileOf(key)) }));
const initialTotal = sum(initialSizes.map((f) => f.bytes));
const routes = lazyChunks(metafile, initial).map((chunk) => ({
  entryPoint: chunk.entryPoint,
  file: fileOf(chunk.file),
  files: chunk.files.length,
  bytes: sum(chunk.files.map((key) => brotliBytes(fileOf(key)))),
}));
const verdict = checkBudgets({ initial: initialTotal, routes }, config);
const deps = largestDependencies(metafile, initial, libraries, 12);

console.log(`Initial JavaScript (${htmlFiles.join(', ')}), Brotli q11:`);
printTable(
  ['file', 'brotli'],
  [...initialSizes].sort((a, b) => b.bytes - a.bytes).map((f) => [f.file, formatBytes(f.bytes)]),
  [`total (${initialSizes.length} files)`, formatBytes(initialTotal)],
);
console.log(`  budget ${formatBytes(config.initialBrotliBytes)}: ${verdict.initial.ok ? 'ok' : 'OVER'}`);
console.log('');
console.log('Lazy routes, first entry (the chunk and its static imports not already initial), Brotli q11:');
printTable(
  ['entry point', 'chunk', 'files', 'brotli', 'budget', ''],
  verdict.routes.map((r) => [r.entryPoint, r.file, String(r.files), formatBytes(r.bytes), formatBytes(r.budget), r.ok ? 'ok' : 'OVER']),
);
console.log('');
console.log(`Largest packages of the initial bundle (minified, before compression; ${formatBytes(deps.total)} in all):`);
printTable(
  ['package', 'bytes', 'share'],
  deps.packages.map((p) => [p.name, formatBytes(p.bytes), `${(p.share * 100).toFixed(1)} %`]),
);
console.log('');
for (const failure of verdict.failures) console.log(`budget: FAIL ${failure}`);
if (verdict.ok) console.log('budget: every budget is met');
console.log(
  JSON.stringify({
    initialBrotliBytes: initialTotal,
    budget: config.initialBrotliBytes,
    ok: verdict.ok,
    initialFiles: initialSizes.length,
    largest: deps.packages.map((p) => ({ name: p.name, bytes: p.bytes })),
    routes: verdict.routes.map((r) => ({ entryPoint: r.entryPoint, brotliBytes: r.bytes, budget: r.budget, ok: r.ok })),
  }),
);
process.exit(verdict.ok ? 0 : 1);

/** A metafile output key as a path in the browser folder. */
function fileOf(key) {
  return key.replace(/^browser\//, '');
}

function brotliBytes(file) {
  const full = path.join(browserDir, file);
  if (!existsSync(full)) fail(`${file} is in the metafile but not in ${path.relative(root, browserDir)}`);
  const br = `${full}.br`;
  if (existsSync(br) && statSync(br).mtimeMs >= statSync(full).mtimeMs) return statSync(br).size;
  const content = readFileSync(full);
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  }).length;
}

function printTable(header, rows, footer) {
  const all = footer ? [header, ...rows, footer] : [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  // Text columns left, figures right.
  const right = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d.]+ (?:B|kB|%)$|^\d+$/.test(row[i] ?? '')));
  const line = (row) =>
    '  ' +
    row
      .map((cell, i) => (right[i] ? (cell ?? '').padStart(widths[i]) : (cell ?? '').padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  if (footer) console.log(line(footer));
}

function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${what} ${path.relative(root, file)}: ${error.message}`);
  }
}

function fail(message) {
  console.error(`budget: ${message}`);
  process.exit(2);
}
