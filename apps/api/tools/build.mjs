// Compiles the API, its libraries and the migrations with SWC into dist/api, keeping the
// source tree's layout so that data files next to the code resolve the same way.
import { transformFile } from '@swc/core';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { swcOptions, root } = require('./swc-options.cjs');
const outDir = path.join(root, 'dist/api');
// The shared contracts too: the API uses the report vocabulary at run time.
const sources = ['apps/api/src', 'migrations', 'libs/shared/contracts/src', ...(await libSources())];

async function libSources() {
  const entries = await readdir(path.join(root, 'libs/api'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && e.name !== 'testing').map((e) => `libs/api/${e.name}`);
}

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
const base = swcOptions({ rewritePaths: true });
// `import()` stays a real dynamic import: the API loads the Angular server bundle, an ES module
// (libs/api/platform/src/http/page-renderer.ts).
const options = { ...base, module: { ...base.module, ignoreDynamic: true } };
let count = 0;
for (const source of sources) {
  for await (const file of walk(path.join(root, source))) {
    const rel = path.relative(root, file);
    if (/\.spec\.ts$|\.d\.ts$/.test(file) || rel.includes(`${path.sep}testing${path.sep}`)) continue;
    const target = path.join(outDir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code, map } = await transformFile(file, { ...options, filename: file });
      const jsFile = target.replace(/\.ts$/, '.js');
      await writeFile(jsFile, `${code}\n//# sourceMappingURL=${path.basename(jsFile)}.map\n`);
      if (map) await writeFile(`${jsFile}.map`, map);
      count++;
    } else if (rel.split(path.sep).includes('data')) {
      await cp(file, target);
    }
  }
}
console.log(`api: compiled ${count} files into dist/api in ${Date.now() - started} ms`);
