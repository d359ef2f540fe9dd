#!/usr/bin/env node
// Writes Brotli (.br) and gzip (.gz) copies of the built app's text files next to them, once at
// build time, so that the API (@fastify/static `preCompressed`) and nginx (`gzip_static`) send
// them compressed without compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? 'dist/apps/web/browser');
const COMPRESSIBLE = /\.(js|mjs|css|svg|txt|json|webmanifest|map)$/;
// index.html is not here: the API renders it per request (with the page's CSP nonce).
const MIN_BYTES = 1024;

let raw = 0;
let brotli = 0;
for (const entry of readdirSync(dir, { recursive: true })) {
  const file = path.join(dir, String(entry));
  if (!COMPRESSIBLE.test(file) || !statSync(file).isFile() || statSync(file).size < MIN_BYTES) continue;
  const content = readFileSync(file);
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  brotli += br.length;
}
console.log(`precompress: ${Math.round(raw / 1024)} kB of text files, ${Math.round(brotli / 1024)} kB as Brotli`);
