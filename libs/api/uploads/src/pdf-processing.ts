import { FieldDomainException } from '@walikota/api-platform';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/** Page entries that carry metadata or run code; nothing a reader needs to see the page. */
const PAGE_KEYS_DROPPED = ['Metadata', 'PieceInfo', 'AA', 'Thumb'].map((key) => PDFName.of(key));

/**
 * Rewrites a PDF as a new document holding only its pages. What is left behind is what could
 * name or track the person who filed it, or act when the file is opened:
 * - the document information (author, title, subject, keywords, creator and producer software,
 *   dates) and the XMP metadata stream, at document and page level;
 * - earlier revisions kept by incremental saves (an "edited out" name is still in the bytes);
 * - document-level JavaScript and open actions, embedded files, form fields, outlines.
 * Page content, fonts, images and annotations are kept, so the document reads the same.
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
    for (const page of await target.copyPages(source, source.getPageIndices())) {
      for (const annotation of page.node.Annots()?.asArray() ?? []) {
        const dict = target.context.lookup(annotation);
        // A link that runs a script or launches a program keeps its place but loses its action.
        if (dict instanceof PDFDict && isActiveAction(dict.lookup(PDFName.of('A')))) dict.delete(PDFName.of('A'));
        if (dict instanceof PDFDict) dict.delete(PDFName.of('AA'));
      }
      target.addPage(page);
    }
    return Buffer.from(await target.save({ updateFieldAppearances: false }));
  } catch (error) {
    if (error instanceof FieldDomainException) throw error;
    throw new FieldDomainException('file', 'pdf_unreadable');
  }
}

const ACTIVE_ACTIONS = new Set(['/JavaScript', '/Launch', '/SubmitForm', '/ImportData', '/Rendition', '/RichMediaExecute']);

function isActiveAction(action: unknown): boolean {
  return action instanceof PDFDict && ACTIVE_ACTIONS.has(String(action.get(PDFName.of('S'))));
}
