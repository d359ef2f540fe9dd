// The pure parts of the JavaScript budget (apps/web/tools/budget-lib.mjs, run by budget.mjs after
// every web build), on small hand-written metafiles shaped like esbuild's.
import {
  checkBudgets,
  configProblems,
  formatBytes,
  initialFiles,
  largestDependencies,
  lazyBudgetFor,
  lazyChunks,
  librariesFromPaths,
  outputKey,
  packageOf,
  scriptsInHtml,
  staticClosure,
} from './budget-lib.mjs';

type Import = { path: string; kind: string; external?: boolean };
type Output = { imports: Import[]; entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> };

const imp = (path: string): Import => ({ path, kind: 'import-statement' });
const dyn = (path: string): Import => ({ path, kind: 'dynamic-import' });
const out = (imports: Import[], entryPoint?: string, inputs: Record<string, number> = {}): Output => ({
  imports,
  ...(entryPoint ? { entryPoint } : {}),
  inputs: Object.fromEntries(Object.entries(inputs).map(([k, bytesInOutput]) => [k, { bytesInOutput }])),
});

// main → a → b (static); main ⇢ page (dynamic) → b, c; page ⇢ nested (dynamic); a ⇢ leaflet.
// The server bundle's outputs (.mjs) sit in the same metafile and are never reached.
const metafile = {
  inputs: {},
  outputs: {
    'main-M.js': out([imp('chunk-A.js'), dyn('chunk-PAGE.js'), dyn('chunk-PAGE.js')], 'apps/web/src/main.ts', {
      'apps/web/src/main.ts': 100,
      'node_modules/@angular/core/fesm2022/core.mjs': 900,
    }),
    'chunk-A.js': out(
      [imp('chunk-B.js'), dyn('chunk-LEAFLET.js'), { path: 'https://cdn.example/x.js', kind: 'import-statement', external: true }],
      undefined,
      {
        'node_modules/@angular/router/fesm2022/router.mjs': 400,
        'libs/web/ui/src/lib/button.ts': 50,
      },
    ),
    'chunk-B.js': out([], undefined, { 'node_modules/rxjs/dist/esm5/internal/Observable.js': 200, 'libs/web/ui/src/lib/card.ts': 25 }),
    'chunk-PAGE.js': out([imp('chunk-B.js'), imp('chunk-C.js'), dyn('chunk-NESTED.js')], 'libs/web/reports/src/index.ts'),
    'chunk-C.js': out([]),
    'chunk-NESTED.js': out([imp('chunk-C.js')], 'libs/web/reports/src/lib/track/track.page.ts'),
    'chunk-LEAFLET.js': out([], 'node_modules/leaflet/dist/leaflet-src.esm.js'),
    'chunk-UNUSED.js': out([], 'libs/web/admin/src/index.ts'),
    'main.server.mjs': out([imp('chunk-S.mjs'), dyn('chunk-SP.mjs')], 'apps/web/src/main.server.ts'),
    'chunk-S.mjs': out([]),
    'chunk-SP.mjs': out([], 'libs/web/reports/src/index.ts'),
  },
};

describe('scriptsInHtml', () => {
  it('finds the module scripts and the module preloads Angular writes, in any attribute order', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="styles-X.css"></head><body><app-root></app-root>
      <link rel="modulepreload" href="chunk-A.js"><link href='/chunk-B.js' rel=modulepreload>
      <script src="main-M.js" type="module"></script><script type="module" src="./polyfills-P.js?v=1"></script>
      <script src="legacy.js"></script><script type="module">inline()</script><script nonce="n" type="application/json">{}</script></body></html>`;
    expect(scriptsInHtml(html)).toEqual({ scripts: ['main-M.js', 'polyfills-P.js'], modulePreloads: ['chunk-A.js', 'chunk-B.js'] });
  });

  it('finds nothing in a page without scripts', () => {
    expect(scriptsInHtml('<html><body></body></html>')).toEqual({ scripts: [], modulePreloads: [] });
  });
});

describe('outputKey', () => {
  it('accepts the bare file name and a browser/ prefixed key', () => {
    expect(outputKey(metafile, 'main-M.js')).toBe('main-M.js');
    expect(outputKey({ outputs: { 'browser/main-M.js': out([]) } }, 'main-M.js')).toBe('browser/main-M.js');
    expect(outputKey(metafile, 'nope.js')).toBeUndefined();
  });
});

describe('initialFiles', () => {
  it('is the entry scripts and their static imports, transitively, without dynamic imports or externals', () => {
    expect(initialFiles(metafile, ['main-M.js'])).toEqual(['main-M.js', 'chunk-A.js', 'chunk-B.js']);
  });

  it('counts a file imported by two entries once', () => {
    const twoEntries = { outputs: { 'a.js': out([imp('shared.js')]), 'b.js': out([imp('shared.js')]), 'shared.js': out([]) } };
    expect(initialFiles(twoEntries, ['a.js', 'b.js'])).toEqual(['a.js', 'b.js', 'shared.js']);
  });

  it('survives import cycles', () => {
    const cycle = { outputs: { 'a.js': out([imp('b.js')]), 'b.js': out([imp('a.js')]) } };
    expect(initialFiles(cycle, ['a.js'])).toEqual(['a.js', 'b.js']);
  });

  it('throws when index.html loads a script the metafile does not know (a stale stats.json)', () => {
    expect(() => initialFiles(metafile, ['main-OTHER.js'])).toThrow(/main-OTHER\.js .*not in the metafile/);
  });
});

describe('staticClosure', () => {
  it('is the file and everything it imports statically', () => {
    expect(staticClosure(metafile, 'chunk-PAGE.js')).toEqual(['chunk-PAGE.js', 'chunk-B.js', 'chunk-C.js']);
  });
});

describe('lazyChunks', () => {
  const initial = initialFiles(metafile, ['main-M.js']);
  const chunks = lazyChunks(metafile, initial);

  it('lists every chunk reached by import() from the browser bundle, once, by entry point', () => {
    expect(chunks.map((c: { entryPoint: string }) => c.entryPoint)).toEqual([
      'libs/web/reports/src/index.ts',
      'libs/web/reports/src/lib/track/track.page.ts',
      'node_modules/leaflet/dist/leaflet-src.esm.js',
    ]);
  });

  it("counts a chunk's own static imports that are not initial, not those already loaded", () => {
    expect(chunks[0]).toEqual({
      file: 'chunk-PAGE.js',
      entryPoint: 'libs/web/reports/src/index.ts',
      files: ['chunk-PAGE.js', 'chunk-C.js'],
    });
    // A chunk loaded from a lazy chunk (a page of a lazy area) still counts what it shares with it.
    expect(chunks[1].files).toEqual(['chunk-NESTED.js', 'chunk-C.js']);
  });

  it('leaves out what nothing loads and the server bundle', () => {
    const files = chunks.map((c: { file: string }) => c.file);
    expect(files).not.toContain('chunk-UNUSED.js');
    expect(files).not.toContain('chunk-SP.mjs');
  });

  it('leaves out a chunk that is both imported dynamically and initial', () => {
    const both = { outputs: { 'main.js': out([imp('x.js'), dyn('x.js')], 'main.ts'), 'x.js': out([], 'x.ts') } };
    expect(lazyChunks(both, initialFiles(both, ['main.js']))).toEqual([]);
  });
});

describe('packageOf', () => {
  const libraries = librariesFromPaths({
    '@walikota/web-ui': ['libs/web/ui/src/index.ts'],
    '@walikota/web-reports': ['libs/web/reports/src/index.ts'],
    '@walikota/web-reports-data': ['libs/web/reports-data/src/index.ts'],
    '@walikota/shared-contracts': ['libs/shared/contracts/src/index.ts'],
  });

  it.each([
    ['node_modules/@angular/core/fesm2022/core.mjs', '@angular/core'],
    ['node_modules/rxjs/dist/esm5/internal/Observable.js', 'rxjs'],
    ['node_modules/tslib/tslib.es6.mjs', 'tslib'],
    ['node_modules/a/node_modules/@scope/b/index.js', '@scope/b'],
    ['libs/web/ui/src/lib/button/button.component.ts', '@walikota/web-ui'],
    ['libs/web/reports/src/lib/list/reports-list.page.ts', '@walikota/web-reports'],
    ['libs/web/reports-data/src/lib/store.ts', '@walikota/web-reports-data'],
    ['libs/shared/contracts/src/api.generated.ts', '@walikota/shared-contracts'],
    ['apps/web/src/main.ts', 'app'],
    ['apps/web/src/app/pages/home.page.ts', 'app'],
    ['angular:jit-component-style:abc', 'angular:jit-component-style:abc'],
    ['tools/somewhere/x.ts', 'tools'],
  ])('%s → %s', (input, name) => {
    expect(packageOf(input, libraries)).toBe(name);
  });

  it('orders the library folders longest first, so that a nested one wins', () => {
    expect(libraries.map((l: { folder: string }) => l.folder)).toEqual([
      'libs/web/reports-data/',
      'libs/shared/contracts/',
      'libs/web/reports/',
      'libs/web/ui/',
    ]);
  });
});

describe('largestDependencies', () => {
  const libraries = librariesFromPaths({ '@walikota/web-ui': ['libs/web/ui/src/index.ts'] });

  it('sums bytesInOutput per package over the given files, largest first, with shares', () => {
    const { total, packages } = largestDependencies(metafile, ['main-M.js', 'chunk-A.js', 'chunk-B.js'], libraries);
    expect(total).toBe(1675);
    expect(packages).toEqual([
      { name: '@angular/core', bytes: 900, share: 900 / 1675 },
      { name: '@angular/router', bytes: 400, share: 400 / 1675 },
      { name: 'rxjs', bytes: 200, share: 200 / 1675 },
      { name: 'app', bytes: 100, share: 100 / 1675 },
      { name: '@walikota/web-ui', bytes: 75, share: 75 / 1675 },
    ]);
  });

  it('keeps the first `top` and counts the rest in the total', () => {
    const { total, packages } = largestDependencies(metafile, ['main-M.js', 'chunk-A.js', 'chunk-B.js'], libraries, 2);
    expect(packages.map((p: { name: string }) => p.name)).toEqual(['@angular/core', '@angular/router']);
    expect(total).toBe(1675);
  });

  it('is empty for files without inputs', () => {
    expect(largestDependencies(metafile, ['chunk-C.js'])).toEqual({ total: 0, packages: [] });
  });
});

describe('budgets', () => {
  const config = {
    initialBrotliBytes: 102400,
    lazy: {
      defaultBrotliBytes: 51200,
      overrides: { 'libs/web/admin/': 61440, 'libs/web/admin/src/audit/audit.page.ts': 30000, 'libs/web/': 40000 },
    },
  };

  it('picks an exact override, else the longest folder override, else the default', () => {
    expect(lazyBudgetFor('libs/web/admin/src/audit/audit.page.ts', config)).toBe(30000);
    expect(lazyBudgetFor('libs/web/admin/src/users/users.page.ts', config)).toBe(61440);
    expect(lazyBudgetFor('libs/web/reports/src/index.ts', config)).toBe(40000);
    expect(lazyBudgetFor('apps/web/src/app/pages/home.page.ts', config)).toBe(51200);
  });

  it('passes at the budget exactly', () => {
    const verdict = checkBudgets({ initial: 102400, routes: [{ entryPoint: 'apps/web/src/x.ts', bytes: 51200 }] }, config);
    expect(verdict.ok).toBe(true);
    expect(verdict.failures).toEqual([]);
    expect(verdict.initial).toEqual({ bytes: 102400, budget: 102400, ok: true });
    expect(verdict.routes).toEqual([{ entryPoint: 'apps/web/src/x.ts', bytes: 51200, budget: 51200, ok: true }]);
  });

  it('fails one byte over the initial budget, saying by how much', () => {
    const verdict = checkBudgets({ initial: 102493, routes: [] }, config);
    expect(verdict.ok).toBe(false);
    expect(verdict.initial.ok).toBe(false);
    expect(verdict.failures).toEqual(['initial JavaScript 102.5 kB is over its budget of 102.4 kB by 93 B']);
  });

  it('fails a lazy route over its own budget and names it', () => {
    const verdict = checkBudgets(
      {
        initial: 1000,
        routes: [
          { entryPoint: 'libs/web/admin/src/users/users.page.ts', bytes: 60000 },
          { entryPoint: 'libs/web/admin/src/audit/audit.page.ts', bytes: 30001 },
        ],
      },
      config,
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.routes.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
    expect(verdict.failures).toEqual(['lazy libs/web/admin/src/audit/audit.page.ts 30.0 kB is over its budget of 30.0 kB by 1 B']);
  });

  it('checks the budget file', () => {
    expect(configProblems(config)).toEqual([]);
    expect(configProblems({ initialBrotliBytes: '100kb', lazy: { defaultBrotliBytes: 0, overrides: { 'libs/web/admin/': -1 } } })).toEqual([
      'initialBrotliBytes must be a positive whole number of bytes',
      'lazy.defaultBrotliBytes must be a positive whole number of bytes',
      'lazy.overrides["libs/web/admin/"] must be a positive whole number of bytes',
    ]);
    expect(configProblems(null)).toEqual(['the budget file must hold a JSON object']);
  });

  it('writes sizes in bytes below 1 kB and in kB (1,000 bytes) above', () => {
    expect(formatBytes(93)).toBe('93 B');
    expect(formatBytes(100000)).toBe('100.0 kB');
    expect(formatBytes(102400)).toBe('102.4 kB');
  });
});
