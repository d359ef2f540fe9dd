/**
 * @jest-environment jsdom
 */
// jsdom for its strict XML parser (DOMParser with image/svg+xml reports any well-formedness error).
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { TextEncoder } from 'node:util';
import { QR_QUIET_ZONE, qrSvg } from './qr';

// Node has TextEncoder as a global (qrcode uses it for UTF-8); jest's jsdom environment does not.
Object.assign(globalThis, { TextEncoder });

const INPUTS = [
  'RSVP-7K3F-Q9XA',
  'https://walikota.semarangkota.go.id/balai-kota/rapat/MTG-2026-000012?daftar=1&ref=qr',
  'Musyawarah warga Kelurahan Pleburan: café, Pak Sétiawan, “Jum’at” pukul 09.00 WIB — ½ hari, ± 40 orang',
  'Sampai jumpa di balai warga 👋 🇮🇩',
];

function parseSvg(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  return document;
}

/** The dark modules the SVG draws, read back from its path: rows of booleans, quiet zone included. */
function modulesOf(svg: string): boolean[][] {
  const root = parseSvg(svg).documentElement;
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  expect(width).toBe(height);
  const side = width!;
  const d = root.getElementsByTagName('path')[0]?.getAttribute('d') ?? '';
  expect(d).toMatch(/^(?:M\d+ \d+h\d+v1h-\d+z)+$/);
  const grid = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
  for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let col = Number(x); col < Number(x) + Number(length); col++) grid[Number(y)]![col] = true;
  }
  return grid;
}

/** The modules as an RGB picture, 4 pixels a module, as a phone camera would see it. */
function bitmapOf(grid: boolean[][]): { width: number; height: number; data: string } {
  const scale = 4;
  const width = grid.length * scale;
  const data = new Uint8Array(width * width * 3).fill(255);
  grid.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const start = ((row * scale + dy) * width + col * scale) * 3;
        data.fill(0, start, start + scale * 3);
      }
    }),
  );
  return { width, height: width, data: Buffer.from(data).toString('base64') };
}

/**
 * Decodes pictures with an independent decoder (paulmillr's `qr`, ES modules only), in a child
 * Node process because jest here runs CommonJS.
 */
function decode(pictures: ReadonlyArray<{ width: number; height: number; data: string }>): string[] {
  const decoder = pathToFileURL(require.resolve('qr/decode.js')).href;
  const script = `
    import { readFileSync } from 'node:fs';
    const { default: decodeQR } = await import(${JSON.stringify(decoder)});
    const pictures = JSON.parse(readFileSync(0, 'utf8'));
    const texts = pictures.map(({ width, height, data }) => decodeQR({ width, height, data: new Uint8Array(Buffer.from(data, 'base64')) }));
    process.stdout.write(JSON.stringify(texts));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: JSON.stringify(pictures),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

/**
 * The error correction level written in the symbol's format information (ISO/IEC 18004 §7.9):
 * 15 bits in column 8 beside the top-left and bottom-left finders, masked with 0x5412; the two
 * high bits are the level (01 L, 00 M, 11 Q, 10 H).
 */
function errorCorrectionLevel(grid: boolean[][]): string {
  const size = grid.length - 2 * QR_QUIET_ZONE;
  const at = (row: number, col: number) => (grid[row + QR_QUIET_ZONE]![col + QR_QUIET_ZONE] ? 1 : 0);
  let bits = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    bits |= at(row, 8) << i;
  }
  return ['M', 'L', 'H', 'Q'][((bits ^ 0x5412) >> 13) & 3]!;
}

describe(qrSvg.name, () => {
  it('encodes the text so that a decoder reads it back exactly, at error correction M', () => {
    const grids = INPUTS.map((text) => modulesOf(qrSvg(text)));
    expect(decode(grids.map(bitmapOf))).toEqual(INPUTS);
    expect(grids.map(errorCorrectionLevel)).toEqual(INPUTS.map(() => 'M'));
  });

  it('keeps the quiet zone of four light modules around the symbol', () => {
    const grid = modulesOf(qrSvg('RSVP-7K3F-Q9XA'));
    const edge = grid.length - QR_QUIET_ZONE;
    grid.forEach((cells, row) =>
      cells.forEach((dark, col) => {
        if (row < QR_QUIET_ZONE || col < QR_QUIET_ZONE || row >= edge || col >= edge) expect(dark).toBe(false);
      }),
    );
    // Version 1 (21 modules) holds a 14-character alphanumeric code at level M.
    expect(grid.length).toBe(21 + 2 * QR_QUIET_ZONE);
  });

  it('is a well-formed, standalone SVG image with an accessible name', () => {
    const svg = qrSvg('RSVP-7K3F-Q9XA', { label: 'Kode pendaftaran RSVP-7K3F-Q9XA' });
    const root = parseSvg(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Kode pendaftaran RSVP-7K3F-Q9XA');
    expect(root.getElementsByTagName('title')[0]?.textContent).toBe('Kode pendaftaran RSVP-7K3F-Q9XA');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/href|url\(|<image|<foreignObject|<style|<!DOCTYPE|<!ENTITY/i);
  });

  it('names the image by its text when no label is given', () => {
    const root = parseSvg(qrSvg('RSVP-7K3F-Q9XA')).documentElement;
    expect(root.getAttribute('aria-label')).toBe('RSVP-7K3F-Q9XA');
  });

  it('is the same document every time for the same text', () => {
    for (const text of INPUTS) expect(qrSvg(text, { label: 'x' })).toBe(qrSvg(text, { label: 'x' }));
    expect(qrSvg('RSVP-7K3F-Q9XA')).not.toBe(qrSvg('RSVP-7K3F-Q9XB'));
  });

  it('keeps a hostile label as text: no element, attribute or script comes from it', () => {
    const label = `"><script>alert(1)</script><svg onload="alert(2)" x='&amp;\u0000\u0007\ud800 ✓`;
    const svg = qrSvg('https://walikota.example/"><script>', { label });
    const document = parseSvg(svg);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    const elements = Array.from(document.getElementsByTagName('*'));
    expect(elements.map((element) => element.localName)).toEqual(['svg', 'title', 'rect', 'path']);
    for (const element of elements) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
    }
    const expected = `"><script>alert(1)</script><svg onload="alert(2)" x='&amp; ✓`;
    expect(document.documentElement.getAttribute('aria-label')).toBe(expected);
    expect(document.getElementsByTagName('title')[0]?.textContent).toBe(expected);
    expect(decode([bitmapOf(modulesOf(svg))])).toEqual(['https://walikota.example/"><script>']);
  });

  it('refuses what no QR code can hold', () => {
    expect(() => qrSvg('')).toThrow();
    expect(() => qrSvg('x'.repeat(5000))).toThrow();
  });
});
