import { xmlEscape } from '../sitemap/sitemap-xml';

/** The size link previews expect (Open Graph, X/Twitter's large card): 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The portal's name, as the web app's header says it in Indonesian (`shell.portal`). */
export const PORTAL_NAME = 'Portal Warga';
const TAGLINE = 'Aspirasi dan pengaduan warga · data terbuka';

/**
 * The design system's colours (libs/web/ui/src/styles/tokens.css): white on `--color-primary`
 * (7.8:1) and on `--color-success` (6.6:1), `--color-primary-tint` on primary (6.7:1): above WCAG AA
 * for any size and AAA for large text.
 */
const PRIMARY = '#0b5394';
const PRIMARY_TINT = '#e5eef7';
const GREEN = '#1e6b34';
const WHITE = '#ffffff';
/** DejaVu where it is installed (Debian images), then what other systems have. */
const FONTS = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** A generous average glyph width of DejaVu Sans, in em, to size text that must fit the width. */
const AVERAGE_GLYPH_EM = 0.58;

export interface PreviewCardText {
  /** `Kota Semarang` (the reference module's site data). */
  city: string;
  /** Where the portal is: the host of PUBLIC_URL. */
  host: string;
}

/** The largest size up to `max` at which `text` fits the card's width. */
function fittingSize(text: string, max: number): number {
  return Math.max(24, Math.min(max, Math.floor(TEXT_WIDTH / (AVERAGE_GLYPH_EM * Math.max(text.length, 1)))));
}

/** A name too long for one line at `size` is broken in two at the space nearest its middle. */
function lines(text: string, size: number): string[] {
  if (fittingSize(text, size) === size) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const middle = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, middle), text.slice(middle + 1)];
}

/**
 * The default link-preview card: the portal's name and the city in large type on the portal's
 * blue, the address on a green band. Plain text, large and high-contrast, so that it stays
 * readable as a small thumbnail; a long city name takes two lines rather than small type.
 */
export function previewCardSvg({ city, host }: PreviewCardText): string {
  const text = (y: number, size: number, fill: string, content: string, weight = 'normal') =>
    `<text x="${MARGIN}" y="${y}" font-family="${FONTS}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xmlEscape(content)}</text>`;
  const band = 120;
  const cityLines = lines(city, 68);
  const citySize = Math.min(...cityLines.map((line) => fittingSize(line, 68)));
  const lineHeight = Math.round(citySize * 1.2);
  // The block sits lower when the city takes one line, so it stays centred above the band.
  const shift = cityLines.length === 1 ? 30 : 0;
  const cityTop = 292 + shift;
  const taglineY = cityTop + (cityLines.length - 1) * lineHeight + 88;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<title>${xmlEscape(`${PORTAL_NAME} ${city}`)}</title>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PRIMARY}"/>`,
    `<rect y="${CARD_HEIGHT - band}" width="${CARD_WIDTH}" height="${band}" fill="${GREEN}"/>`,
    `<rect x="${MARGIN}" y="${80 + shift}" width="96" height="10" fill="${WHITE}"/>`,
    text(200 + shift, fittingSize(PORTAL_NAME, 104), WHITE, PORTAL_NAME, 'bold'),
    ...cityLines.map((line, i) => text(cityTop + i * lineHeight, citySize, WHITE, line)),
    text(taglineY, fittingSize(TAGLINE, 36), PRIMARY_TINT, TAGLINE),
    text(CARD_HEIGHT - band / 2 + 13, fittingSize(host, 36), WHITE, host, 'bold'),
    '</svg>',
  ].join('\n');
}
