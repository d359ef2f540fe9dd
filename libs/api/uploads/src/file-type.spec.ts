import { contentDisposition, nameAndDeclaredTypeMatch, sanitiseFileName, sniffContentType } from './file-type';
import { formatBytes } from './multipart';

describe(sniffContentType.name, () => {
  it('recognises JPEG, PNG, WebP and PDF by their magic numbers only', () => {
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('knows nothing else, and nothing from a truncated header', () => {
    for (const text of [
      '<html>',
      '<svg xmlns="http://www.w3.org/2000/svg">',
      'GIF89a',
      'RIFF\x24\x00\x00\x00WAVE',
      'PK\x03\x04',
      '%PDF',
      '',
    ]) {
      expect(sniffContentType(Buffer.from(text, 'latin1'))).toBeUndefined();
    }
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(sniffContentType(Buffer.from([0xff, 0xd8]))).toBeUndefined();
  });
});

describe(nameAndDeclaredTypeMatch.name, () => {
  it('needs the extension and the declared type to agree with the bytes', () => {
    expect(nameAndDeclaredTypeMatch('image/jpeg', 'Foto.JPEG', 'image/jpeg')).toBe(true);
    expect(nameAndDeclaredTypeMatch('image/jpeg', 'foto.jpg', 'image/jpg')).toBe(true);
    expect(nameAndDeclaredTypeMatch('application/pdf', 'surat.pdf', 'application/pdf; charset=binary')).toBe(true);
    expect(nameAndDeclaredTypeMatch('image/png', 'foto.jpg', 'image/png')).toBe(false);
    expect(nameAndDeclaredTypeMatch('image/png', 'foto.png', 'image/jpeg')).toBe(false);
    expect(nameAndDeclaredTypeMatch('image/png', 'foto.png', 'application/octet-stream')).toBe(false);
    expect(nameAndDeclaredTypeMatch('application/pdf', 'surat.pdf.exe', 'application/pdf')).toBe(false);
    expect(nameAndDeclaredTypeMatch('image/webp', 'webp', 'image/webp')).toBe(false);
  });
});

describe(sanitiseFileName.name, () => {
  it('keeps the base name, without control or direction-override characters', () => {
    expect(sanitiseFileName('C:\\Users\\budi\\Foto Jalan.jpg', 'image/jpeg')).toBe('Foto Jalan.jpg');
    expect(sanitiseFileName('../../etc/passwd.png', 'image/png')).toBe('passwd.png');
    expect(sanitiseFileName('laporan\u202Efdp.exe', 'application/pdf')).toBe('laporanfdp.exe');
    expect(sanitiseFileName(' \t.hidden\r\n  foto .png ', 'image/png')).toBe('hidden foto .png');
    expect(sanitiseFileName('e\u0301 jalan.png', 'image/png')).toBe('\u00e9 jalan.png');
  });

  it('names a nameless file, and shortens a long name keeping its extension', () => {
    expect(sanitiseFileName('/', 'image/webp')).toBe('berkas.webp');
    expect(sanitiseFileName('\u0000\u0001', 'application/pdf')).toBe('berkas.pdf');
    const long = sanitiseFileName(`${'a'.repeat(300)}.jpeg`, 'image/jpeg');
    expect(long).toHaveLength(120);
    expect(long.endsWith('a.jpeg')).toBe(true);
  });
});

describe(contentDisposition.name, () => {
  it('encodes the name per RFC 8187, quotes and all', () => {
    expect(contentDisposition('inline', 'Jalan "rusak" (1)*.jpg')).toBe("inline; filename*=UTF-8''Jalan%20%22rusak%22%20%281%29%2A.jpg");
    expect(contentDisposition('attachment', "surat'ku; ß.pdf")).toBe("attachment; filename*=UTF-8''surat%27ku%3B%20%C3%9F.pdf");
  });
});

describe(formatBytes.name, () => {
  it('says the limit in MB or KB', () => {
    expect(formatBytes(10_485_760)).toBe('10 MB');
    expect(formatBytes(5_767_168)).toBe('5.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
