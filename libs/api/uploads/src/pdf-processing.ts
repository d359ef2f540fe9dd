import { FieldDomainException } from '@walikota/api-platform';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFObject,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';

/** Page entries that carry metadata or run code; nothing a reader needs to see the page. */
const PAGE_KEYS_DROPPED = ['Metadata', 'PieceInfo', 'AA', 'Thumb'].map((key) => PDFName.of(key));

/**
 * Keys dropped from every dictionary of the output, wherever they hang: actions run on events
 * (AA, OpenAction), scripts and script name trees (JS, JavaScript), action chains (Next: a
 * harmless link can chain a script), embedded files and forms (EF, EmbeddedFiles, AcroForm, XFA).
 */
const KEYS_DROPPED = ['AA', 'OpenAction', 'JS', 'JavaScript', 'Next', 'EF', 'EmbeddedFiles', 'AcroForm', 'XFA'].map((key) =>
  PDFName.of(key),
);

/** Keys whose value is an action (an annotation's action and its PDF 1.7 predecessor). */
const ACTION_KEYS = ['A', 'PA'].map((key) => PDFName.of(key));

/**
 * Annotations kept: passive markup and links. Everything else can carry active content or a
 * file (Widget, Screen, Movie, Sound, RichMedia, 3D, FileAttachment, …) and is dropped; an
 * allow-list, so that a type added to the standard later is dropped too.
 */
const PASSIVE_ANNOTATIONS = new Set(
  [
    'Text',
    'Link',
    'FreeText',
    'Line',
    'Square',
    'Circle',
    'Polygon',
    'PolyLine',
    'Highlight',
    'Underline',
    'Squiggly',
    'StrikeOut',
    'Caret',
    'Stamp',
    'Ink',
    'Popup',
  ].map((subtype) => `/${subtype}`),
);

const SAFE_URI = /^(https?:\/\/|mailto:)/i;

const TYPE = PDFName.of('Type');
const SUBTYPE = PDFName.of('Subtype');
const ANNOTS = PDFName.of('Annots');

/**
 * Rewrites a PDF as a new document holding only its pages. What is left behind is what could
 * name or track the person who filed it, or act when the file is opened:
 * - the document information (author, title, subject, keywords, creator and producer software,
 *   dates) and the XMP metadata stream, at document and page level;
 * - earlier revisions kept by incremental saves (an "edited out" name is still in the bytes);
 * - document-level JavaScript and open actions, embedded files, form fields, outlines;
 * - every action but a plain web or e-mail link and a jump within the document, wherever it
 *   hangs (chained through /Next, additional actions), and annotations that play or run
 *   something (see `stripActiveContent`).
 * Page content, fonts, images and passive annotations are kept, so the document reads the same.
 *
 * Password-protected PDFs are refused (their content cannot be checked), and so is anything the
 * parser cannot make a page of.
 */
export async function sanitisePdf(input: Buffer): Promise<Buffer> {
  let source: PDFDocument;
  try {
    // Loaded even when encrypted, to tell that case apart (pdf-lib's own EncryptedPDFError
    // cannot be told apart with instanceof: its errors are compiled to ES5).
    source = await PDFDocument.load(input, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw new FieldDomainException('file', 'pdf_unreadable');
  }
  if (source.isEncrypted) throw new FieldDomainException('file', 'pdf_encrypted');
  try {
    const pages = source.getPages();
    if (pages.length === 0) throw new FieldDomainException('file', 'pdf_unreadable');
    // Dropped from the source pages before copying, so what they point at is never copied.
    for (const page of pages) for (const key of PAGE_KEYS_DROPPED) page.node.delete(key);
    const target = await PDFDocument.create({ updateMetadata: false });
    // One copier over the pages' references (not pdf-lib's copyPages, which copies page nodes):
    // a link to page 2 then lands on the page 2 of the output, not on a detached copy of it.
    const copier = PDFObjectCopier.for(source.context, target.context);
    for (const page of pages) {
      const ref = copier.copy(page.ref);
      const node = target.context.lookup(ref);
      if (!(node instanceof PDFPageLeaf)) throw new FieldDomainException('file', 'pdf_unreadable');
      target.addPage(PDFPage.of(node, ref, target));
    }
    stripActiveContent(target);
    return Buffer.from(await target.save({ updateFieldAppearances: false }));
  } catch (error) {
    if (error instanceof FieldDomainException) throw error;
    throw new FieldDomainException('file', 'pdf_unreadable');
  }
}

/**
 * Removes every way the document can act, from every object of it: copying the pages also
 * copies whatever they reach (a link's action chain, a widget's form field and its scripts), so
 * the whole output is walked, indirect objects and the dictionaries and arrays nested in them.
 * Finally anything no longer reachable from the catalog is deleted, or a script detached from
 * its action would still be written out as an orphan object.
 */
function stripActiveContent(doc: PDFDocument): void {
  const context = doc.context;
  const pageRefs = new Set(doc.getPages().map((page) => page.ref));
  const removed = new Set<PDFRef>();
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(ANNOTS);
    if (!(annots instanceof PDFArray)) {
      page.node.delete(ANNOTS);
      continue;
    }
    for (let i = annots.size() - 1; i >= 0; i--) {
      const entry = annots.get(i);
      const annotation = context.lookup(entry);
      if (annotation instanceof PDFDict && PASSIVE_ANNOTATIONS.has(String(annotation.get(SUBTYPE)))) continue;
      annots.remove(i);
      if (entry instanceof PDFRef) removed.add(entry);
    }
    if (annots.size() === 0) page.node.delete(ANNOTS);
  }

  const safeAction = (action: PDFObject | undefined): boolean => {
    if (!(action instanceof PDFDict)) return false;
    const kind = String(action.get(PDFName.of('S')));
    if (kind === '/URI') {
      const uri = action.lookup(PDFName.of('URI'));
      return (uri instanceof PDFString || uri instanceof PDFHexString) && SAFE_URI.test(uri.decodeText().trim());
    }
    if (kind === '/GoTo') {
      const destination = action.lookup(PDFName.of('D'));
      // A named destination, or an explicit one on a page of this document (not another file's).
      if (destination instanceof PDFName || destination instanceof PDFString || destination instanceof PDFHexString) return true;
      const page = destination instanceof PDFArray ? destination.get(0) : undefined;
      return page instanceof PDFRef && pageRefs.has(page);
    }
    return false;
  };

  const clean = (object: PDFObject): void => {
    if (object instanceof PDFStream) return clean(object.dict);
    if (object instanceof PDFArray) {
      for (let i = object.size() - 1; i >= 0; i--) {
        const item = object.get(i);
        if (item instanceof PDFRef && removed.has(item)) object.remove(i);
        else clean(item);
      }
      return;
    }
    if (!(object instanceof PDFDict)) return;
    // An action met on its own (an indirect object): emptied, whoever points at it.
    if (String(object.get(TYPE)) === '/Action' && !safeAction(object)) {
      for (const key of object.keys()) object.delete(key);
      return;
    }
    for (const key of KEYS_DROPPED) object.delete(key);
    for (const key of ACTION_KEYS) if (object.has(key) && !safeAction(object.lookup(key))) object.delete(key);
    for (const [key, value] of object.entries()) {
      if (value instanceof PDFRef && removed.has(value)) object.delete(key);
      else clean(value);
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) clean(object);
  collectGarbage(context);
}

/** Deletes the indirect objects that the trailer (catalog and document information) no longer reaches. */
function collectGarbage(context: PDFContext): void {
  const reached = new Set<PDFRef>();
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) {
      if (reached.has(object)) return;
      reached.add(object);
      return visit(context.lookup(object));
    }
    if (object instanceof PDFStream) visit(object.dict);
    else if (object instanceof PDFArray) object.asArray().forEach(visit);
    else if (object instanceof PDFDict) for (const [, value] of object.entries()) visit(value);
  };
  visit(context.trailerInfo.Root);
  visit(context.trailerInfo.Info);
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref)) context.delete(ref);
}
