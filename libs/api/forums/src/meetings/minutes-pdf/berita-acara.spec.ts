import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { printable, renderBeritaAcara } from './berita-acara';
import { BeritaAcaraInput } from './berita-acara.types';

const MINUTES = `## Pembukaan

Rapat dibuka oleh **Lurah Pleburan** pukul 09.00 WIB. Warga menyampaikan usulan prioritas tahun 2027.

1. Saluran air di RT 03/RW 05 tersumbat sejak November.
2. Lampu penerangan jalan di Jl. Menteri Supeno padam.
   - tiga titik di depan SD Negeri Pleburan
   - satu titik di tikungan pasar

Notulen lengkap ada di [laman rapat](https://walikota.semarangkota.go.id/rapat/MTG-2026-000012).

<script>alert("bukan HTML")</script>`;

function meeting(overrides: Partial<BeritaAcaraInput> = {}): BeritaAcaraInput {
  return {
    lang: 'id',
    cityName: 'Kota Semarang',
    timeZone: 'Asia/Jakarta',
    meetingCode: 'MTG-2026-000012',
    title: 'Musrenbang Kelurahan Pleburan',
    type: 'in_person',
    startsAt: new Date('2026-12-10T02:00:00Z'),
    endsAt: new Date('2026-12-10T04:30:00Z'),
    venue: 'Balai Kelurahan Pleburan, Jl. Menteri Supeno No. 2',
    areaName: 'Kelurahan Pleburan, Kecamatan Semarang Selatan',
    onlineUrl: null,
    organiser: 'Dinas Pekerjaan Umum',
    agenda: [
      { title: 'Pembukaan dan sambutan Lurah', durationMinutes: 15, presenter: 'Sri Wahyuni' },
      { title: 'Paparan rencana drainase 2027', durationMinutes: 45, presenter: 'Ir. Bambang Susanto' },
      { title: 'Tanya jawab warga', durationMinutes: 60, presenter: null },
    ],
    attendanceCount: 42,
    registeredCount: 57,
    minutesMarkdown: MINUTES,
    commitments: [
      {
        description: 'Normalisasi saluran air RT 03/RW 05',
        department: 'Dinas Pekerjaan Umum',
        dueDate: '2027-01-31',
        status: 'in_progress',
        links: ['PTS-2026-000123', 'LPR-2026-004411'],
      },
      {
        description: 'Perbaikan tiga lampu jalan Jl. Menteri Supeno',
        department: 'Dinas Perhubungan',
        dueDate: '2026-12-20',
        status: 'open',
        links: [],
      },
    ],
    chairName: 'Sri Wahyuni, S.Sos.',
    secretaryName: null,
    publishedAt: new Date('2026-12-10T07:05:00Z'),
    publicUrl: 'https://walikota.semarangkota.go.id/rapat/MTG-2026-000012',
    ...overrides,
  };
}

/**
 * Each page's text as Mozilla's pdf.js reads it — an independent reader, not the writer checking
 * itself. pdf.js ships ES modules only and jest here runs CommonJS, so it runs in a child process.
 */
function pageTexts(pdf: Buffer): string[] {
  const reader = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  const script = `
    import { readFileSync } from 'node:fs';
    const { getDocument } = await import(${JSON.stringify(reader)});
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(0)), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const { items } = await (await pdf.getPage(number)).getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : '') : '')).join(''));
    }
    process.stdout.write(JSON.stringify(pages));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: pdf,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(output) as string[];
}

/** Text compared without its whitespace: where a line wraps is the layout's business. */
const squash = (text: string) => text.replace(/\s+/g, '');

function expectText(pages: readonly string[], ...expected: string[]): void {
  const all = squash(pages.join(' '));
  for (const text of expected) expect({ text, found: all.includes(squash(text)) }).toEqual({ text, found: true });
}

async function pageSizes(pdf: Buffer): Promise<Array<[number, number]>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  return document.getPages().map((page) => [Math.round(page.getWidth()), Math.round(page.getHeight())]);
}

describe(renderBeritaAcara.name, () => {
  it('writes an A4 PDF that another reader parses, with the pages the content needs', async () => {
    const pdf = await renderBeritaAcara(meeting());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    // The closing sentence and the signatures, kept together, do not fit under the commitments.
    expect(await pageSizes(pdf)).toEqual([
      [595, 842],
      [595, 842],
    ]);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(2);
    expectText([pages[0]!], 'D. Tindak Lanjut', 'Halaman 1 dari 2');
    expectText([pages[1]!], 'Demikian berita acara ini dibuat', 'Halaman 2 dari 2');
  });

  it('prints the Indonesian document: heading, opening, agenda, attendance, minutes, commitments, closing, footer', async () => {
    const pages = pageTexts(await renderBeritaAcara(meeting()));
    expectText(
      pages,
      'PEMERINTAH KOTA SEMARANG',
      'DINAS PEKERJAAN UMUM',
      'BERITA ACARA MUSRENBANG KELURAHAN PLEBURAN',
      'Nomor: MTG-2026-000012',
      'Pada hari ini, Kamis, tanggal 10 Desember 2026, pukul 09.00–11.30 WIB, bertempat di Balai Kelurahan Pleburan, ' +
        'Jl. Menteri Supeno No. 2, telah dilaksanakan Musrenbang Kelurahan Pleburan yang diselenggarakan oleh Dinas Pekerjaan Umum ' +
        'untuk wilayah Kelurahan Pleburan, Kecamatan Semarang Selatan, dengan hasil sebagai berikut:',
      '1. Pembukaan dan sambutan Lurah 15 menit Sri Wahyuni',
      '2. Paparan rencana drainase 2027 45 menit Ir. Bambang Susanto',
      '3. Tanya jawab warga 60 menit -',
      'Jumlah hadir: 42 orang dari 57 pendaftar.',
      'Pembukaan',
      'Rapat dibuka oleh Lurah Pleburan pukul 09.00 WIB.',
      '1. Saluran air di RT 03/RW 05 tersumbat sejak November.',
      '2. Lampu penerangan jalan di Jl. Menteri Supeno padam.',
      '• tiga titik di depan SD Negeri Pleburan',
      'laman rapat (https://walikota.semarangkota.go.id/rapat/MTG-2026-000012)',
      '<script>alert("bukan HTML")</script>',
      '1. Normalisasi saluran air RT 03/RW 05 Dinas Pekerjaan Umum 31 Januari 2027 Sedang berjalan PTS-2026-000123 LPR-2026-004411',
      '2. Perbaikan tiga lampu jalan Jl. Menteri Supeno Dinas Perhubungan 20 Desember 2026 Belum dimulai -',
      'Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.',
      'Pimpinan Rapat,',
      'Semarang, 10 Desember 2026',
      'Notulis,',
      'Sri Wahyuni, S.Sos.',
      '(....................................)',
      'https://walikota.semarangkota.go.id/rapat/MTG-2026-000012',
      'Diterbitkan 10 Desember 2026 14.05 WIB',
      'Halaman 2 dari 2',
    );
    // Markdown is read, not printed: no markers are left.
    expect(pages.join('')).not.toMatch(/\*\*|##|\]\(/);
  });

  it('prints the English document with the same data', async () => {
    const pages = pageTexts(await renderBeritaAcara(meeting({ lang: 'en' })));
    expectText(
      pages,
      'GOVERNMENT OF KOTA SEMARANG',
      'MINUTES OF MUSRENBANG KELURAHAN PLEBURAN',
      'Number: MTG-2026-000012',
      'On Thursday, 10 December 2026, from 09.00 to 11.30 WIB, at Balai Kelurahan Pleburan, Jl. Menteri Supeno No. 2, ' +
        'the meeting Musrenbang Kelurahan Pleburan was held, organised by Dinas Pekerjaan Umum for Kelurahan Pleburan, ' +
        'Kecamatan Semarang Selatan, with the following results:',
      '1. Pembukaan dan sambutan Lurah 15 min Sri Wahyuni',
      '3. Tanya jawab warga 60 min -',
      'Attendance: 42 people of 57 registered.',
      '1. Normalisasi saluran air RT 03/RW 05 Dinas Pekerjaan Umum 31 January 2027 In progress PTS-2026-000123 LPR-2026-004411',
      '2. Perbaikan tiga lampu jalan Jl. Menteri Supeno Dinas Perhubungan 20 December 2026 Open -',
      'These minutes have been drawn up to be used as appropriate.',
      'Chair of the meeting,',
      'Minute-taker,',
      'Published 10 December 2026 14.05 WIB',
      'Page 2 of 2',
    );
  });

  it.each([
    ['Asia/Jakarta', 'Kamis, tanggal 10 Desember 2026, pukul 00.30–02.00 WIB'],
    ['Asia/Makassar', 'Kamis, tanggal 10 Desember 2026, pukul 01.30–03.00 WITA'],
    ['Asia/Jayapura', 'Kamis, tanggal 10 Desember 2026, pukul 02.30–04.00 WIT'],
    ['Europe/Amsterdam', 'Rabu, tanggal 9 Desember 2026, pukul 18.30–20.00 Europe/Amsterdam'],
  ])('gives the day and times in the city zone (%s)', async (timeZone, expected) => {
    const input = meeting({ timeZone, startsAt: new Date('2026-12-09T17:30:00Z'), endsAt: new Date('2026-12-09T19:00:00Z') });
    expectText(pageTexts(await renderBeritaAcara(input)), `Pada hari ini, ${expected}`);
  });

  it('says where an online or hybrid meeting was held, and a meeting past midnight', async () => {
    const url = 'https://meet.semarangkota.go.id/musrenbang-pleburan';
    const online = meeting({ type: 'online', venue: null, onlineUrl: url });
    expectText(pageTexts(await renderBeritaAcara(online)), `pukul 09.00–11.30 WIB, secara daring melalui ${url}, telah dilaksanakan`);
    const hybrid = meeting({ type: 'hybrid', onlineUrl: url, endsAt: new Date('2026-12-10T17:30:00Z') });
    expectText(
      pageTexts(await renderBeritaAcara(hybrid)),
      `pukul 09.00 WIB sampai dengan Jumat, 11 Desember 2026 pukul 00.30 WIB, bertempat di Balai Kelurahan Pleburan, ` +
        `Jl. Menteri Supeno No. 2 dan secara daring melalui ${url}, telah dilaksanakan`,
    );
  });

  it('reads the Markdown of the minutes as text: lists keep their numbers, HTML and scripts stay text', async () => {
    const markdown = [
      '3. tiga',
      '4. empat',
      '   1. empat satu',
      '5.',
      '',
      '> kutipan warga',
      '',
      '    kode = 1;',
      '',
      '| Kolom A | Kolom B |',
      '| --- | --- |',
      '| satu | dua |',
      '',
      '[klik](javascript:alert(1)) dan <b>tebal</b> & <img src=x onerror=alert(1)>',
    ].join('\n');
    const pdf = await renderBeritaAcara(meeting({ minutesMarkdown: markdown }));
    const pages = pageTexts(pdf);
    expectText(
      pages,
      'C. Hasil Pembahasan 3. tiga 4. empat 1. empat satu 5. kutipan warga kode = 1; Kolom A | Kolom B satu | dua',
      '[klik](javascript:alert(1)) dan <b>tebal</b> & <img src=x onerror=alert(1)>',
    );
    // Nothing in the file can act: no script, no action, no link.
    expect(pdf.toString('latin1')).not.toMatch(/\/(JavaScript|JS|Launch|URI|OpenAction|AA|SubmitForm)\b/);
  });

  it('prints placeholders for an empty agenda, minutes and commitments', async () => {
    const input = meeting({ agenda: [], minutesMarkdown: '', commitments: [], organiser: null, areaName: null, chairName: null });
    const pages = pageTexts(await renderBeritaAcara(input));
    expectText(pages, 'Tidak ada susunan acara yang dicatat.', 'Tidak ada catatan pembahasan.', 'Tidak ada tindak lanjut yang disepakati.');
    expect(pages.join('').match(/\(\.{20,}\)/g)).toHaveLength(2);
  });

  it('flows 60 commitments and long minutes over several pages without losing a line', async () => {
    const paragraphs = Array.from(
      { length: 80 },
      (_, i) =>
        `Butir ${String(i + 1).padStart(3, '0')}: warga RW ${(i % 12) + 1} meminta perbaikan jalan lingkungan dan saluran air sebelum musim hujan.`,
    );
    const commitments = Array.from({ length: 60 }, (_, i) => ({
      description: `Komitmen ${String(i + 1).padStart(2, '0')}: pengerjaan ruas jalan lingkungan RW ${(i % 12) + 1} sepanjang ${100 + i} meter`,
      department: `Dinas Nomor ${i + 1}`,
      dueDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
      status: (['open', 'in_progress', 'done', 'dropped'] as const)[i % 4]!,
      links: [`PTS-2026-${String(i).padStart(6, '0')}`],
    }));
    const pdf = await renderBeritaAcara(meeting({ minutesMarkdown: paragraphs.join('\n\n'), commitments }));
    const pages = pageTexts(pdf);

    expect(pages.length).toBeGreaterThan(2);
    expect((await pageSizes(pdf)).length).toBe(pages.length);
    pages.forEach((text, index) => expectText([text], `Halaman ${index + 1} dari ${pages.length}`));
    // Everything there, and in order.
    const all = squash(pages.join(' '));
    const positions = [
      ...paragraphs,
      ...commitments.map((c, i) => `${i + 1}. ${c.description} ${c.department}`),
      'Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.',
    ].map((text) => all.indexOf(squash(text)));
    expect(positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!))).toBe(true);
    // The table's header row is repeated on the pages it continues on.
    expect(
      pages.filter((text) => squash(text).includes(squash('No. Uraian Perangkat Daerah Tenggat Status Tautan'))).length,
    ).toBeGreaterThan(1);
    // The signatures are not separated from the closing sentence.
    expectText([pages.at(-1)!], 'Demikian berita acara ini dibuat', 'Pimpinan Rapat,', 'Notulis,');
  });

  it('prints any text people wrote without breaking: unprintable characters replaced, long words kept', async () => {
    const word = `A${'q'.repeat(4998)}Z`; // no other q in the document
    const hostile = `Warga 👍🏽 setuju; 你好 北京; مرحبا بالعالم; שלום; nul\u0000bel\u0007esc\u001b; rtl\u202eoverride\u202c; café “kutip” – € ș ﬁ`;
    const input = meeting({
      title: `Rapat 🎉 ${hostile}`,
      venue: hostile,
      organiser: hostile,
      minutesMarkdown: `${hostile}\n\n${word}`,
      agenda: [{ title: hostile, durationMinutes: 5, presenter: hostile }],
      commitments: [{ description: `${hostile} ${word}`, department: hostile, dueDate: 'bukan tanggal', status: 'done', links: [hostile] }],
      chairName: hostile,
      secretaryName: word,
    });
    const pdf = await renderBeritaAcara(input);
    const pages = pageTexts(pdf);
    expect((await pageSizes(pdf)).length).toBe(pages.length);

    const printed = 'Warga ?? setuju; ?? ??; ????? ???????; ????; nulbelesc; rtloverride; café “kutip” – € s fi';
    expect(printable(hostile)).toBe(printed);
    expectText(pages, `BERITA ACARA RAPAT ? ${printed.toLocaleUpperCase('id-ID')}`, printed, 'bukan tanggal');
    // The long word is wrapped, not cut: every letter of it is there three times (minutes, commitment,
    // signature), even where a page's footer or the table's header row comes between its lines.
    const all = squash(pages.join(' '));
    expect(all.match(/q/g)).toHaveLength(3 * 4998);
    expect(all.match(/Aqqqqqqqqq/g)).toHaveLength(3);
    expect(all.match(/qqqqqqqqqZ/g)).toHaveLength(3);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(pages.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u200e\u200f\u202a-\u202e]/);
  });

  it('is the same file for the same minutes', async () => {
    const first = await renderBeritaAcara(meeting());
    expect((await renderBeritaAcara(meeting())).equals(first)).toBe(true);
  });
});

describe(printable.name, () => {
  it.each([
    ['Rapat warga: café, señor, “kutip” ‘tunggal’ – — … € ™ • ½', 'Rapat warga: café, señor, “kutip” ‘tunggal’ – — … € ™ • ½'],
    ['baris 1\r\nbaris 2\rbaris 3\u2028baris 4', 'baris 1\nbaris 2\nbaris 3\nbaris 4'],
    ['tab\there\u00a0nbsp\u2003em\u202fnarrow', 'tab here\u00a0nbsp em narrow'],
    ['e\u0301 (decomposed) Đ ș ț ő ﬁ ①', 'é (decomposed) ? s t o fi 1'],
    ['zero\u200bwidth\u200djoiner\ufeffbom\u00adsoft', 'zerowidthjoinerbomsoft'],
    ['👍🏽 😀 你好 مرحبا', '?? ? ?? ?????'],
    ['\u0000\u0001\u0007\u001b\u007f\u0085\u009f', '\n'],
    ['lone \ud800 surrogate', 'lone ? surrogate'],
  ])('%j → %j', (input, output) => {
    expect(printable(input)).toBe(output);
  });
});
