import { TestApp, createTestApp } from '@walikota/api-testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';

describe('serving the web app', () => {
  let t: TestApp;
  const BUNDLE = `export const messages = ${JSON.stringify('Halo warga! '.repeat(500))};`;
  const dist = mkdtempSync(path.join(tmpdir(), 'walikota-web-'));

  beforeAll(async () => {
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="id"><body><app-root ngCspNonce="wk-csp-nonce"></app-root><script src="main-ABCDEFGH.js" type="module"></script></body></html>',
    );
    writeFileSync(path.join(dist, 'main-ABCDEFGH.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dist, 'chunk-ABCDEFGH.js'), BUNDLE);
    writeFileSync(path.join(dist, 'chunk-ABCDEFGH.js.br'), brotliCompressSync(BUNDLE));
    t = await createTestApp({ config: { webDistDir: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html for the app’s routes with a fresh style nonce that the policy names', async () => {
    const first = await t.http().get('/lacak/LPR-2026-000001').expect(200);
    const nonce = /ngCspNonce="([^"]+)"/.exec(first.text)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(first.headers['content-type']).toContain('text/html');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(first.headers['content-security-policy']).toContain("script-src 'self';");
    expect(first.headers['content-security-policy']).not.toContain('unsafe');
    expect(first.text).not.toContain('wk-csp-nonce');
    expect(first.headers['vary']).toBe('Cookie, Accept-Encoding');
    const second = await t.http().get('/').expect(200);
    expect(/ngCspNonce="([^"]+)"/.exec(second.text)?.[1]).not.toBe(nonce);
  });

  it('compresses the page for a browser that accepts it, Brotli first', async () => {
    const br = await t.http().get('/aspirasi').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.text).toContain('<app-root ngCspNonce="');
    const gzip = await t.http().get('/aspirasi').set('Accept-Encoding', 'gzip;q=1, br;q=0').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await t.http().get('/aspirasi').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('serves hashed bundles as immutable and other files for revalidation', async () => {
    expect((await t.http().get('/main-ABCDEFGH.js').expect(200)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.http().get('/favicon.svg').expect(200)).headers['cache-control']).toBe('no-cache');
  });

  it('sends the precompressed copy of a bundle to a browser that accepts Brotli', async () => {
    const br = await t.http().get('/chunk-ABCDEFGH.js').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    // What went over the wire is the Brotli file (supertest decompresses it for us).
    expect(Number(br.headers['content-length'])).toBe(brotliCompressSync(BUNDLE).length);
    expect(br.text).toBe(BUNDLE);
    const plain = await t.http().get('/chunk-ABCDEFGH.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers a missing file with 404 instead of the app page', async () => {
    await t.http().get('/favicon.ico').expect(404);
    await t.http().get('/peta-lama.xml').expect(404);
  });

  it('never serves index.html without its nonce, and keeps API 404s as JSON', async () => {
    const raw = await t.http().get('/index.html');
    expect(raw.text).not.toContain('<app-root></app-root>');
    const api = await t.http().get('/api/tidak-ada').expect(404);
    expect(api.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Data atau halaman yang dicari tidak ditemukan.' });
  });
});
