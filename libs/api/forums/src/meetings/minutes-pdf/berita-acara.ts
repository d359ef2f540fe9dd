import MarkdownIt from 'markdown-it';
import pdfmake from 'pdfmake';
import type { Column, Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BeritaAcaraInput } from './berita-acara.types';

/**
 * The "Berita Acara" of a town-hall meeting as a PDF: A4, the city's letterhead, the customary
 * opening sentence, agenda, attendance, minutes, commitments, closing sentence, two signatures, and
 * a footer on every page (page X of Y, the public address, the publication time) so that a paper
 * copy can be checked online.
 *
 * pdfmake lays it out (tables repeat their header row and rows flow across pages); the fonts are the
 * PDF standard Helvetica family, which ship with every reader and encode WinAnsi (Latin-1 and a few
 * typographic marks) — enough for Indonesian. What they cannot print is replaced (`printable`), so
 * user-written text never breaks the document. Nothing is fetched: no images, no font files.
 */

type Lang = BeritaAcaraInput['lang'];
type CommitmentStatus = BeritaAcaraInput['commitments'][number]['status'];

const LABELS = {
  id: {
    locale: 'id-ID',
    government: 'PEMERINTAH',
    heading: 'BERITA ACARA',
    info: { title: 'Berita Acara', author: 'Pemerintah' },
    number: 'Nomor',
    agenda: 'A. Susunan Acara',
    attendance: 'B. Kehadiran',
    minutes: 'C. Hasil Pembahasan',
    commitments: 'D. Tindak Lanjut',
    agendaColumns: ['No.', 'Acara', 'Durasi', 'Penyaji'],
    commitmentColumns: ['No.', 'Uraian', 'Perangkat Daerah', 'Tenggat', 'Status', 'Tautan'],
    minutesUnit: 'menit',
    noAgenda: 'Tidak ada susunan acara yang dicatat.',
    noMinutes: 'Tidak ada catatan pembahasan.',
    noCommitments: 'Tidak ada tindak lanjut yang disepakati.',
    attendanceLine: (present: string, registered: string) => `Jumlah hadir: ${present} orang dari ${registered} pendaftar.`,
    closing: 'Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.',
    chair: 'Pimpinan Rapat,',
    secretary: 'Notulis,',
    page: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
    published: 'Diterbitkan',
    status: { open: 'Belum dimulai', in_progress: 'Sedang berjalan', done: 'Selesai', dropped: 'Dibatalkan' },
  },
  en: {
    locale: 'en-GB',
    government: 'GOVERNMENT OF',
    heading: 'MINUTES OF',
    info: { title: 'Minutes of', author: 'Government of' },
    number: 'Number',
    agenda: 'A. Agenda',
    attendance: 'B. Attendance',
    minutes: 'C. Proceedings',
    commitments: 'D. Commitments',
    agendaColumns: ['No.', 'Item', 'Duration', 'Presenter'],
    commitmentColumns: ['No.', 'Description', 'Department', 'Due date', 'Status', 'Links'],
    minutesUnit: 'min',
    noAgenda: 'No agenda items were recorded.',
    noMinutes: 'No proceedings were recorded.',
    noCommitments: 'No commitments were agreed.',
    attendanceLine: (present: string, registered: string) => `Attendance: ${present} people of ${registered} registered.`,
    closing: 'These minutes have been drawn up to be used as appropriate.',
    chair: 'Chair of the meeting,',
    secretary: 'Minute-taker,',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    published: 'Published',
    status: { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  },
} satisfies Record<Lang, { status: Record<CommitmentStatus, string> } & Record<string, unknown>>;

/** Indonesia's three zones by their customary names; any other zone is printed by its IANA name. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const FONT = 'Helvetica';
const STANDARD_FONTS = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const CODE_FONT = 'Courier';
const CODE_FONTS = { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' };
const BUILT_IN_FONTS = new Set([...Object.values(STANDARD_FONTS), ...Object.values(CODE_FONTS)]);

/** A4 with the margins of official letters (left 3 cm for binding, 2 cm elsewhere, room for the footer). */
const MARGINS: [number, number, number, number] = [85, 57, 57, 72];
const PAGE_HEIGHT = 841.89;
const CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];
/** A heading this close to the bottom goes to the next page: room for itself and two lines or a row. */
const KEEP_WITH_NEXT = 72;
// Every column has a fixed width: a star column is as wide as its longest word, and one word of
// thousands of letters would push a table off the page. Fixed, a long word wraps inside its cell.
// Table columns: widths plus 8 pt of padding each plus the 0.5 pt rules = CONTENT_WIDTH.
const AGENDA_WIDTHS = [16, 230, 52, 120];
const COMMITMENT_WIDTHS = [16, 125, 74, 56, 50, 80];
const SIGNATURE_GAP = 24;
// Blocks kept together on one page (a table row, the header row with the first row, the closing
// with the signatures) are kept so only while they surely fit one: pdfmake drops a block that fits none.
const KEPT_TOGETHER_MAX_CHARS = 1000;

// The characters WinAnsiEncoding has beyond Latin-1 (PDF 32000-1, annex D.2).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff && code !== 0xad) || WIN_ANSI_EXTRA.has(char);
};

/**
 * Text the standard fonts can print: line breaks kept, controls and invisible format characters
 * (bidi marks, zero-width joiners, variation selectors) dropped, odd spaces made plain, letters
 * with marks the fonts lack reduced to their base letter, and anything else (emoji, Chinese, Arabic)
 * shown as "?" so that the reader sees that something was there.
 */
export function printable(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')) {
    if (char === '\n' || isWinAnsi(char)) out += char;
    else if (/[\t\p{Zs}]/u.test(char)) out += ' ';
    else if (/[\p{Cc}\p{Cf}\p{M}]/u.test(char)) continue;
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}

/** One line of text: line breaks become spaces (titles, names, table cells). */
const line = (value: string) =>
  printable(value)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

interface CityTime {
  weekday: string;
  date: string;
  time: string;
}

function cityTime(instant: Date, timeZone: string, lang: Lang): CityTime {
  const parts = new Intl.DateTimeFormat(LABELS[lang].locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: part('weekday'), date: `${part('day')} ${part('month')} ${part('year')}`, time: `${part('hour')}.${part('minute')}` };
}

/** A calendar date (`YYYY-MM-DD`) as "31 Januari 2027"; printed as given when it is not one. */
function calendarDate(value: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return line(value);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LABELS[lang].locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

function opening(input: BeritaAcaraInput): Content {
  const { lang, timeZone } = input;
  const zone = ZONE_NAMES[timeZone] ?? timeZone;
  const start = cityTime(input.startsAt, timeZone, lang);
  const end = cityTime(input.endsAt, timeZone, lang);
  const sameDay = start.date === end.date;
  const venue = line(input.venue ?? input.areaName ?? '-');
  const url = input.onlineUrl ? line(input.onlineUrl) : null;
  const organiser = input.organiser ? line(input.organiser) : null;
  const area = input.areaName ? line(input.areaName) : null;
  const title = { text: line(input.title), bold: true };
  if (lang === 'id') {
    const time = sameDay
      ? `pukul ${start.time}–${end.time} ${zone}`
      : `pukul ${start.time} ${zone} sampai dengan ${end.weekday}, ${end.date} pukul ${end.time} ${zone}`;
    const online = url ? `secara daring melalui ${url}` : 'secara daring';
    const place = { in_person: `bertempat di ${venue}`, online, hybrid: `bertempat di ${venue} dan ${online}` }[input.type];
    return {
      alignment: 'justify',
      text: [
        `Pada hari ini, ${start.weekday}, tanggal ${start.date}, ${time}, ${place}, telah dilaksanakan `,
        title,
        `${organiser ? ` yang diselenggarakan oleh ${organiser}` : ''}${area ? ` untuk wilayah ${area}` : ''}, dengan hasil sebagai berikut:`,
      ],
    };
  }
  const time = sameDay
    ? `from ${start.time} to ${end.time} ${zone}`
    : `from ${start.time} ${zone} to ${end.weekday}, ${end.date} at ${end.time} ${zone}`;
  const online = url ? `online via ${url}` : 'online';
  const place = { in_person: `at ${venue}`, online, hybrid: `at ${venue} and ${online}` }[input.type];
  return {
    alignment: 'justify',
    text: [
      `On ${start.weekday}, ${start.date}, ${time}, ${place}, the meeting `,
      title,
      ` was held${organiser ? `, organised by ${organiser}` : ''}${area ? ` for ${area}` : ''}, with the following results:`,
    ],
  };
}

// The minutes' Markdown read with the portal's safe settings (markdown/markdown.ts): raw HTML off,
// so a tag someone typed is printed as the text it is; images off. Only the tokens' text is used.
const minutesMarkdown = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });
minutesMarkdown.disable(['image']);
type Token = ReturnType<typeof minutesMarkdown.parse>[number];

function inlineText(children: readonly Token[]): string {
  let text = '';
  let link: { href: string; from: number } | null = null;
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'link_open') link = { href: String(child.attrGet('href') ?? ''), from: text.length };
    else if (child.type === 'link_close' && link) {
      // On paper a link is only as good as its address: printed unless the text already is it.
      if (link.href && !link.href.endsWith(text.slice(link.from))) text += ` (${link.href})`;
      link = null;
    }
  }
  return text;
}

/** The minutes as paragraphs, headings and list items (with "•" or "1." and their nesting). */
function minutes(markdown: string): Content[] {
  const blocks: Content[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let quotes = 0;
  let marker: string | null = null;
  let heading = false;
  let row: string[] | null = null;
  const add = (text: string, style: 'heading' | 'paragraph' | 'code') => {
    const indent = Math.min(8, lists.length + quotes) * 14;
    const body: Content =
      style === 'code' ? { text: printable(text), font: CODE_FONT, fontSize: 9 } : { text: printable(text), bold: style === 'heading' };
    blocks.push(
      marker === null
        ? { stack: [body], margin: [indent, style === 'heading' ? 6 : 0, 0, 4] }
        : {
            columns: [
              { text: marker, width: 14 },
              { width: CONTENT_WIDTH - indent, stack: [body] },
            ],
            margin: [indent - 14, 0, 0, 3],
          },
    );
    marker = null;
  };
  for (const token of minutesMarkdown.parse(markdown, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        marker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'list_item_close':
        if (marker !== null) add('', 'paragraph'); // an empty item keeps its number
        break;
      case 'blockquote_open':
      case 'blockquote_close':
        quotes += token.type === 'blockquote_open' ? 1 : -1;
        break;
      case 'heading_open':
      case 'heading_close':
        heading = token.type === 'heading_open';
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) add(row.join(' | '), 'paragraph');
        row = null;
        break;
      case 'inline':
        if (row) row.push(inlineText(token.children ?? []));
        else add(inlineText(token.children ?? []), heading ? 'heading' : 'paragraph');
        break;
      case 'fence':
      case 'code_block':
        add(token.content.replace(/\n$/, ''), 'code');
        break;
    }
  }
  return blocks;
}

const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (row: number) => (row === 0 ? '#e6e6e6' : null),
};

function table(columns: readonly string[], widths: number[], rows: string[][]): Content {
  const header = columns.map((text): TableCell => ({ text, bold: true }));
  const short = rows.every((row) => row.join('').length <= KEPT_TOGETHER_MAX_CHARS);
  return {
    table: { headerRows: 1, keepWithHeaderRows: short ? 1 : 0, dontBreakRows: short, widths, body: [header, ...rows] },
    layout: TABLE_LAYOUT,
    fontSize: 9.5,
    margin: [0, 2, 0, 0],
  };
}

function signature(role: string, name: string | null, before: string): Column {
  return {
    width: (CONTENT_WIDTH - SIGNATURE_GAP) / 2,
    alignment: 'center',
    stack: [
      { text: before },
      { text: role, margin: [0, 0, 0, 56] },
      name ? { text: line(name), bold: true, decoration: 'underline' } : { text: '(....................................)' },
    ],
  };
}

/** The Berita Acara of a meeting as a PDF document. */
export async function renderBeritaAcara(input: BeritaAcaraInput): Promise<Buffer> {
  const { lang } = input;
  const labels = LABELS[lang];
  const count = new Intl.NumberFormat(labels.locale);
  const city = line(input.cityName);
  const signedAt = cityTime(input.startsAt, input.timeZone, lang);
  const published = cityTime(input.publishedAt, input.timeZone, lang);
  const zone = ZONE_NAMES[input.timeZone] ?? input.timeZone;
  const place = city.replace(/^(kota|kabupaten|city of|regency of)\s+/i, '');
  const section = (text: string): Content => ({ text, bold: true, margin: [0, 12, 0, 4], headlineLevel: 1 });
  const minutesBlocks = minutes(input.minutesMarkdown);

  const document: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    language: labels.locale,
    info: {
      title: `${labels.info.title} ${line(input.title)}`,
      author: `${labels.info.author} ${city}`,
      subject: line(input.meetingCode),
      creator: 'Walikota',
      producer: 'Walikota (pdfmake)',
      creationDate: input.publishedAt,
    },
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.2 },
    // A section heading starts a page rather than end one (the table after it keeps its header row
    // with its first row, so its own position cannot tell).
    pageBreakBefore: (node) => node.headlineLevel === 1 && node.startPosition.top > PAGE_HEIGHT - MARGINS[3] - KEEP_WITH_NEXT,
    footer: (page, pages) => ({
      margin: [MARGINS[0], 24, MARGINS[2], 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#777777' }] },
        {
          columns: [
            {
              width: CONTENT_WIDTH - 100,
              fontSize: 7.5,
              color: '#333333',
              text: `${line(input.publicUrl).slice(0, 200)}\n${labels.published} ${published.date} ${published.time} ${zone}`,
            },
            { width: 100, fontSize: 8.5, alignment: 'right', text: labels.page(page, pages) },
          ],
          margin: [0, 4, 0, 0],
        },
      ],
    }),
    content: [
      { text: `${labels.government} ${city.toLocaleUpperCase(labels.locale)}`, fontSize: 14, bold: true, alignment: 'center' },
      ...(input.organiser
        ? [{ text: line(input.organiser).toLocaleUpperCase(labels.locale), fontSize: 12, bold: true, alignment: 'center' } as Content]
        : []),
      ...(input.areaName ? [{ text: line(input.areaName), fontSize: 10, alignment: 'center' } as Content] : []),
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 2 },
          { type: 'line', x1: 0, y1: 7, x2: CONTENT_WIDTH, y2: 7, lineWidth: 0.75 },
        ],
        margin: [0, 0, 0, 14],
      },
      { text: `${labels.heading} ${line(input.title).toLocaleUpperCase(labels.locale)}`, fontSize: 12, bold: true, alignment: 'center' },
      { text: `${labels.number}: ${line(input.meetingCode)}`, alignment: 'center', margin: [0, 2, 0, 14] },
      opening(input),

      section(labels.agenda),
      input.agenda.length === 0
        ? { text: labels.noAgenda, italics: true }
        : table(
            labels.agendaColumns,
            AGENDA_WIDTHS,
            input.agenda.map((item, index) => [
              `${index + 1}.`,
              line(item.title),
              `${count.format(item.durationMinutes)} ${labels.minutesUnit}`,
              item.presenter ? line(item.presenter) : '-',
            ]),
          ),

      section(labels.attendance),
      { text: labels.attendanceLine(count.format(input.attendanceCount), count.format(input.registeredCount)) },

      section(labels.minutes),
      ...(minutesBlocks.length > 0 ? minutesBlocks : [{ text: labels.noMinutes, italics: true }]),

      section(labels.commitments),
      input.commitments.length === 0
        ? { text: labels.noCommitments, italics: true }
        : table(
            labels.commitmentColumns,
            COMMITMENT_WIDTHS,
            input.commitments.map((commitment, index) => [
              `${index + 1}.`,
              printable(commitment.description).trim(),
              line(commitment.department),
              calendarDate(commitment.dueDate, lang),
              labels.status[commitment.status],
              commitment.links.length > 0 ? commitment.links.map(line).join('\n') : '-',
            ]),
          ),

      {
        unbreakable: `${input.chairName ?? ''}${input.secretaryName ?? ''}`.length <= KEPT_TOGETHER_MAX_CHARS,
        margin: [0, 16, 0, 0],
        stack: [
          { text: labels.closing, margin: [0, 0, 0, 18] },
          {
            columns: [
              signature(labels.chair, input.chairName, ' '),
              signature(labels.secretary, input.secretaryName, `${place}, ${signedAt.date}`),
            ],
            columnGap: SIGNATURE_GAP,
          },
        ],
      },
    ],
  };

  // pdfmake's fonts and access rules are module-wide: set here, just before the synchronous
  // createPdf reads them. No URL, and no file but the built-in fonts, may ever be read.
  pdfmake.setFonts({ [FONT]: STANDARD_FONTS, [CODE_FONT]: CODE_FONTS });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => BUILT_IN_FONTS.has(path));
  return pdfmake.createPdf(document).getBuffer();
}
