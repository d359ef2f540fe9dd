// The pure parts of the JavaScript budget (apps/web/tools/budget.mjs): which files of the build
// are initial, what each lazy route adds, which packages the initial bundle is made of, and the
// budget check. No file system here; apps/web/tools/budget.spec.ts tests every function.
// See docs/operations.md, "JavaScript budget".

/**
 * The module scripts and module preloads an index.html loads, as written (`main-ABC.js`).
 * Angular writes `<script src="…" type="module">` for each entry point and
 * `<link rel="modulepreload" href="…">` for (at most ten of) their static imports.
 */
export function scriptsInHtml(html) {
  const scripts = [];
  const modulePreloads = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const type = attribute(tag, 'type');
    const src = attribute(tag, 'src');
    if (src && type === 'module') scripts.push(localPath(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && rel?.toLowerCase().split(/\s+/).includes('modulepreload')) modulePreloads.push(localPath(href));
  }
  return { scripts, modulePreloads };
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** `./main.js`, `/main.js`, `main.js?v=1` → `main.js` (paths are relative to the base href `/`). */
function localPath(url) {
  return url.replace(/[?#].*$/, '').replace(/^(?:\.\/|\/)+/, '');
}

/**
 * The metafile output key of a file of the browser folder: esbuild names outputs relative to its
 * working directory, which is `main-ABC.js` today; a `browser/` prefix is accepted too.
 */
export function outputKey(metafile, file) {
  if (metafile.outputs[file]) return file;
  const suffix = `/${file}`;
  return Object.keys(metafile.outputs).find((key) => key.endsWith(suffix));
}

/**
 * The initial JavaScript: the entry scripts and, transitively, their static imports
 * (`import-statement`), as metafile output keys in the order found. An entry missing from the
 * metafile throws: the metafile is then not the build index.html came from.
 */
export function initialFiles(metafile, entryScripts) {
  const initial = new Set();
  const queue = entryScripts.map((file) => {
    const key = outputKey(metafile, file);
    if (!key) throw new Error(`${file} (loaded by index.html) is not in the metafile: is stats.json from the same build?`);
    return key;
  });
  while (queue.length > 0) {
    const key = queue.shift();
    if (initial.has(key)) continue;
    initial.add(key);
    for (const imported of metafile.outputs[key]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external && !initial.has(imported.path)) queue.push(imported.path);
    }
  }
  return [...initial];
}

/** Every file a file loads statically, itself included (`import-statement`, transitively). */
export function staticClosure(metafile, key) {
  const seen = new Set();
  const queue = [key];
  while (queue.length > 0) {
    const current = queue.shift();
    if (seen.has(current)) continue;
    seen.add(current);
    for (const imported of metafile.outputs[current]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return [...seen];
}

/**
 * The lazy chunks: every output with an `entryPoint` that a file reachable from the initial set
 * loads with `import()` (`dynamic-import`), each with the files it brings that are not initial
 * (itself and its static imports) — what entering that route costs the first time. Sorted by
 * entry point.
 */
export function lazyChunks(metafile, initial) {
  const initialSet = new Set(initial);
  const reachable = new Set();
  const queue = [...initial];
  const lazy = new Set();
  while (queue.length > 0) {
    const key = queue.shift();
    if (reachable.has(key)) continue;
    reachable.add(key);
    for (const imported of metafile.outputs[key]?.imports ?? []) {
      if (imported.external || !metafile.outputs[imported.path]) continue;
      if (imported.kind === 'dynamic-import' && metafile.outputs[imported.path].entryPoint) lazy.add(imported.path);
      if (imported.kind === 'import-statement' || imported.kind === 'dynamic-import') queue.push(imported.path);
    }
  }
  return [...lazy]
    .filter((key) => !initialSet.has(key))
    .map((key) => ({
      file: key,
      entryPoint: metafile.outputs[key].entryPoint,
      files: staticClosure(metafile, key).filter((file) => !initialSet.has(file)),
    }))
    .sort((a, b) => a.entryPoint.localeCompare(b.entryPoint) || a.file.localeCompare(b.file));
}

/**
 * Workspace libraries by folder, from tsconfig.base.json `paths`
 * (`"@walikota/web-ui": ["libs/web/ui/src/index.ts"]` → `libs/web/ui/` is `@walikota/web-ui`),
 * longest folder first.
 */
export function librariesFromPaths(paths) {
  const libraries = [];
  for (const [alias, [target]] of Object.entries(paths ?? {})) {
    if (!target || alias.includes('*')) continue;
    const folder = target.includes('/src/') ? target.slice(0, target.indexOf('/src/') + 1) : target.replace(/[^/]*$/, '');
    libraries.push({ folder, name: alias });
  }
  return libraries.sort((a, b) => b.folder.length - a.folder.length);
}

/**
 * The package an input of the metafile belongs to: the package under the last `node_modules/`
 * (`node_modules/@angular/core/fesm2022/core.mjs` → `@angular/core`), a workspace library by its
 * import name (`libs/web/ui/src/…` → `@walikota/web-ui`), `app` for `apps/web/`, else the input's
 * first folder (or the input itself: esbuild's and Angular's virtual modules).
 */
export function packageOf(input, libraries = []) {
  const path = input.replace(/\\/g, '/');
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = path.slice(at + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') && parts.length > 1 ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const library = libraries.find(({ folder }) => path.startsWith(folder));
  if (library) return library.name;
  if (path.startsWith('apps/web/')) return 'app';
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : path;
}

/**
 * What the given outputs are made of, by package: the sum of `inputs[].bytesInOutput` (minified,
 * uncompressed bytes), largest first, with each package's share of the total; the first `top`.
 */
export function largestDependencies(metafile, files, libraries = [], top = 12) {
  const bytes = new Map();
  let total = 0;
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      if (!bytesInOutput) continue;
      const name = packageOf(input, libraries);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
      total += bytesInOutput;
    }
  }
  const packages = [...bytes]
    .map(([name, size]) => ({ name, bytes: size, share: total > 0 ? size / total : 0 }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  return { total, packages: packages.slice(0, top) };
}

/**
 * The budget of a lazy chunk, in Brotli bytes: the override whose key is its entry point, or the
 * longest override key ending in `/` that the entry point starts with (a whole area:
 * `libs/web/admin/`), else the default.
 */
export function lazyBudgetFor(entryPoint, config) {
  const overrides = config.lazy?.overrides ?? {};
  if (typeof overrides[entryPoint] === 'number') return overrides[entryPoint];
  let best;
  for (const [key, value] of Object.entries(overrides)) {
    if (key.endsWith('/') && entryPoint.startsWith(key) && (!best || key.length > best.length)) best = key;
  }
  return best ? overrides[best] : config.lazy?.defaultBrotliBytes;
}

/** A budgets.json's problems, in words (empty when it is usable). */
export function configProblems(config) {
  const problems = [];
  const positive = (value) => Number.isInteger(value) && value > 0;
  if (!config || typeof config !== 'object') return ['the budget file must hold a JSON object'];
  if (!positive(config.initialBrotliBytes)) problems.push('initialBrotliBytes must be a positive whole number of bytes');
  if (!positive(config.lazy?.defaultBrotliBytes)) problems.push('lazy.defaultBrotliBytes must be a positive whole number of bytes');
  for (const [key, value] of Object.entries(config.lazy?.overrides ?? {})) {
    if (!positive(value)) problems.push(`lazy.overrides["${key}"] must be a positive whole number of bytes`);
  }
  return problems;
}

/**
 * The verdict: `initial` is the initial Brotli total, `routes` the lazy chunks with their Brotli
 * `bytes`. Returns each route with its `budget` and `ok`, and the failures in words.
 */
export function checkBudgets({ initial, routes }, config) {
  const failures = [];
  const initialBudget = config.initialBrotliBytes;
  if (initial > initialBudget) {
    failures.push(
      `initial JavaScript ${formatBytes(initial)} is over its budget of ${formatBytes(initialBudget)} by ${formatBytes(initial - initialBudget)}`,
    );
  }
  const checked = routes.map((route) => {
    const budget = lazyBudgetFor(route.entryPoint, config);
    const ok = route.bytes <= budget;
    if (!ok)
      failures.push(
        `lazy ${route.entryPoint} ${formatBytes(route.bytes)} is over its budget of ${formatBytes(budget)} by ${formatBytes(route.bytes - budget)}`,
      );
    return { ...route, budget, ok };
  });
  return {
    ok: failures.length === 0,
    initial: { bytes: initial, budget: initialBudget, ok: initial <= initialBudget },
    routes: checked,
    failures,
  };
}

/** 104,321 → "104.3 kB" (1 kB = 1,000 bytes, as the budget's 100 kB = 100,000 bytes). */
export function formatBytes(bytes) {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}
