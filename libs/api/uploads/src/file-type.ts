/** What may be attached (docs/product.md, "Reports"): photos and PDF documents. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type UploadContentType = (typeof UPLOAD_TYPES)[number];

interface TypeRule {
  extensions: string[];
  /** Content types a client may declare for the part (browsers send the first). */
  declared: string[];
}

const RULES: Record<UploadContentType, TypeRule> = {
  'image/jpeg': { extensions: ['jpg', 'jpeg'], declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'] },
  'image/png': { extensions: ['png'], declared: ['image/png'] },
  'image/webp': { extensions: ['webp'], declared: ['image/webp'] },
  'application/pdf': { extensions: ['pdf'], declared: ['application/pdf'] },
};

export function isImageType(type: UploadContentType): boolean {
  return type !== 'application/pdf';
}

/** The canonical extension, for names made up by the portal. */
export function extensionOf(type: UploadContentType): string {
  return RULES[type].extensions[0];
}

/**
 * The type the bytes say the file is, from their magic numbers; undefined for anything else.
 * Neither the name nor the declared type is trusted for this.
 */
export function sniffContentType(head: Buffer): UploadContentType | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (head.length >= 5 && head.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Whether the file name's extension and the declared part type both agree with the bytes. */
export function nameAndDeclaredTypeMatch(type: UploadContentType, fileName: string, declaredType: string): boolean {
  const rule = RULES[type];
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  return !!extension && rule.extensions.includes(extension) && rule.declared.includes(declared);
}

const MAX_NAME_LENGTH = 120;

/**
 * The client's file name made fit for display: no path, no control or bidirectional-override
 * characters (which can disguise `gpj.exe` as `exe.jpg`), whitespace collapsed, at most 120
 * characters with the extension kept. Never used to build a path: files are stored by key.
 */
export function sanitiseFileName(raw: string, type: UploadContentType): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|\s+$/g, '');
  const name = clean || `berkas.${extensionOf(type)}`;
  if ([...name].length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
  return [...name.slice(0, name.length - extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('') + extension;
}

/** `Content-Disposition` with the name in RFC 8187 form (any language's characters survive). */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename*=UTF-8''${encoded}`;
}
