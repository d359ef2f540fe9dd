import { create } from 'qrcode';

/**
 * QR codes as standalone SVG, e.g. a town-hall meeting's registration code (`RSVP-7K3F-Q9XA`) or
 * its public URL, for staff to scan with a phone at the door. The `qrcode` library chooses the
 * version, the modes and the mask; this only draws its module matrix.
 *
 * Error correction M (15 % of the symbol may be lost): the code stays small enough for a screen or
 * a printed badge and survives a crease or glare. The drawing is vector only — no script, no link,
 * no font, no external reference — so it can be served, embedded or printed as it is.
 */
export interface QrSvgOptions {
  /** Read by screen readers (`aria-label` and `<title>`); the encoded text when absent. */
  label?: string;
}

/** The blank margin the standard asks for around the symbol, in modules (ISO/IEC 18004 §6.3.8). */
export const QR_QUIET_ZONE = 4;
/** Pixels per module of the SVG's intrinsic size; it scales without loss either way. */
const PIXELS_PER_MODULE = 8;

// Characters XML 1.0 does not allow at all (C0 controls other than tab and line breaks, lone
// surrogates, U+FFFE/U+FFFF): a label containing them would make the SVG unreadable.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHARACTER, '')
    .replace(LONE_SURROGATE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The QR code of `text` (error correction M, UTF-8 for what is not digits or upper-case letters),
 * as an SVG document with `role="img"`. Throws when the text is empty or too long for a QR code
 * (about 2,300 bytes at level M).
 */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const side = size + 2 * QR_QUIET_ZONE;

  // One rectangle per horizontal run of dark modules: small, exact, and the same every time.
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      const length = col - start;
      runs.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${length}v1h-${length}z`);
    }
  }

  const label = xmlText(options.label ?? text);
  const pixels = side * PIXELS_PER_MODULE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${pixels}" height="${pixels}" viewBox="0 0 ${side} ${side}"` +
    ` role="img" aria-label="${label}" shape-rendering="crispEdges">` +
    `<title>${label}</title>` +
    `<rect width="${side}" height="${side}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${runs.join('')}"/>` +
    `</svg>`
  );
}
