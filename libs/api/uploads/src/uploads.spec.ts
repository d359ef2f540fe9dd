import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { DiskStorage, FILE_STORAGE, FieldDomainException } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { SessionBrowser, TestApp, createTestApp } from '@walikota/api-testing';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import supertest from 'supertest';
import { UploadCleanupService } from './upload-cleanup.service';
import { UPLOADS_PER_MINUTE } from './uploads.controller';
import { UploadEntity } from './upload.entity';
import { UploadsModule } from './uploads.module';
import { UploadsService } from './uploads.service';
import { browserFor, createUser, image, pdf, upload } from './testing/upload-fixtures';

/** Whether an EXIF block (as sharp returns it) has a GPS sub-directory in IFD0. */
function hasGpsIfd(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf('II') >= 0 && exif.indexOf('II') < 8 ? exif.indexOf('II') : exif.indexOf('MM'));
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const ifd0 = le ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  for (let i = 0; i < u16(ifd0); i++) if (u16(ifd0 + 2 + 12 * i) === 0x8825) return true;
  return false;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('uploads: attachments checked from their bytes, cleaned, claimed and served', () => {
  let t: TestApp;
  let dataDir: string;
  let citizen: SessionBrowser;
  let citizenId: string;
  let other: SessionBrowser;
  let otherId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'walikota-uploads-'));
    t = await createTestApp({
      imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule, UploadsModule],
      config: { dataDir },
    });
    citizenId = await createUser(t, 'warga@example.id', ['citizen']);
    otherId = await createUser(t, 'tetangga@example.id', ['citizen']);
    citizen = await browserFor(t, 'warga@example.id');
    other = await browserFor(t, 'tetangga@example.id');
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const storage = () => t.app.get<DiskStorage>(FILE_STORAGE);
  const row = (id: string) => t.dataSource.getRepository(UploadEntity).findOneByOrFail({ id });
  const storedBytes = async (id: string) => readFile(storage().pathOf((await row(id)).storageKey));

  describe('who may upload', () => {
    it('refuses visitors (401) and accounts whose e-mail is not verified (403)', async () => {
      const png = await image('png');
      const visitor = await browserFor(t, null);
      expect((await upload(visitor, png, 'foto.png', 'image/png').expect(401)).body.code).toBe('unauthorized');
      await createUser(t, 'belum@example.id', [], false);
      const unverified = await browserFor(t, 'belum@example.id');
      expect((await upload(unverified, png, 'foto.png', 'image/png').expect(403)).body.code).toBe('forbidden');
      expect(await t.dataSource.getRepository(UploadEntity).count()).toBe(0);
    });

    it('accepts citizens and staff (201), storing the file under DATA_DIR/uploads', async () => {
      await createUser(t, 'admin@example.id', ['admin']);
      await createUser(t, 'petugas@example.id', ['official']);
      for (const email of ['warga@example.id', 'admin@example.id', 'petugas@example.id']) {
        const browser = email === 'warga@example.id' ? citizen : await browserFor(t, email);
        const res = await upload(browser, await image('png', 32, 24), 'foto.png', 'image/png').expect(201);
        expect(res.body).toEqual({
          id: expect.any(String),
          contentType: 'image/png',
          byteSize: expect.any(Number),
          name: 'foto.png',
          width: 32,
          height: 24,
        });
        const stored = await row(res.body.id);
        expect(storage().pathOf(stored.storageKey).startsWith(path.join(dataDir, 'uploads'))).toBe(true);
        expect(await storage().exists(stored.storageKey)).toBe(true);
      }
    });
  });

  describe('accepted files', () => {
    it('types JPEG, PNG and WebP from their bytes and re-encodes them in the same format', async () => {
      const cases = [
        { format: 'jpeg' as const, name: 'jalan.JPG', type: 'image/jpeg' },
        { format: 'jpeg' as const, name: 'jalan.jpeg', type: 'image/jpeg' },
        { format: 'png' as const, name: 'peta.png', type: 'image/png' },
        { format: 'webp' as const, name: 'banjir.webp', type: 'image/webp' },
      ];
      for (const c of cases) {
        const res = await upload(citizen, await image(c.format, 80, 60), c.name, c.type).expect(201);
        expect(res.body).toMatchObject({ contentType: c.type, name: c.name, width: 80, height: 60 });
        const bytes = await storedBytes(res.body.id);
        expect(bytes.length).toBe(res.body.byteSize);
        expect((await sharp(bytes).metadata()).format).toBe(c.format);
        expect((await row(res.body.id)).sha256).toBe(sha256(bytes));
      }
    });

    it('stores a PDF rewritten without its author, without dimensions', async () => {
      const signed = Buffer.from(
        pdf()
          .toString('latin1')
          .replace('trailer<</Root 1 0 R>>', '4 0 obj<</Author(Budi Santoso)>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>'),
        'latin1',
      );
      const res = await upload(citizen, signed, 'surat-keterangan.pdf', 'application/pdf').expect(201);
      expect(res.body).toMatchObject({ contentType: 'application/pdf', width: null, height: null });
      const bytes = await storedBytes(res.body.id);
      expect(bytes.length).toBe(res.body.byteSize);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1')).not.toContain('Budi');
      expect((await row(res.body.id)).sha256).toBe(sha256(bytes));
    });

    it('keeps a display name only: no path, no control or direction-override characters', async () => {
      const res = await upload(citizen, await image('png'), '../../etc/Jalan\u202Egnp.rusak\u0007 Semarang.png', 'image/png').expect(201);
      expect(res.body.name).toBe('Jalangnp.rusak Semarang.png');
    });
  });

  describe('image metadata', () => {
    it('strips EXIF (GPS position, camera) and XMP from a JPEG', async () => {
      const input = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#36c' } })
        .jpeg()
        .withExif({
          IFD0: { Make: 'KameraWarga', Model: 'X1' },
          IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 58/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '110/1 25/1 0/1' },
        })
        .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
        .toBuffer();
      const before = await sharp(input).metadata();
      expect(hasGpsIfd(before.exif!)).toBe(true);
      expect(before.xmp).toBeDefined();

      const res = await upload(citizen, input, 'lokasi.jpg', 'image/jpeg').expect(201);
      const stored = await storedBytes(res.body.id);
      const after = await sharp(stored).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(stored.includes('Exif\0\0')).toBe(false);
      expect(stored.includes('KameraWarga')).toBe(false);
      expect(stored.includes('adobe:ns:meta')).toBe(false);
      // What the owner downloads is the cleaned file.
      const served = await citizen.agent.get(`/api/uploads/${res.body.id}`).buffer(true).expect(200);
      expect(Buffer.from(served.body)).toEqual(stored);
    });

    it('applies the EXIF orientation to the pixels (a portrait photo stays portrait)', async () => {
      const input = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#3c6' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer();
      expect((await sharp(input).metadata()).orientation).toBe(6);
      const res = await upload(citizen, input, 'tegak.jpg', 'image/jpeg').expect(201);
      expect(res.body).toMatchObject({ width: 40, height: 60 });
      const after = await sharp(await storedBytes(res.body.id)).metadata();
      expect(after).toMatchObject({ width: 40, height: 60 });
      expect(after.orientation).toBeUndefined();
    });
  });

  describe('refused files: 400 on field «file», in the caller’s language, nothing stored', () => {
    let refuser: SessionBrowser;
    beforeAll(async () => {
      await createUser(t, 'penolak@example.id', ['citizen']);
      refuser = await browserFor(t, 'penolak@example.id');
    });

    async function expectRefused(res: supertest.Response, code: string, message?: string | RegExp): Promise<void> {
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
      expect(res.body.details).toEqual([{ field: 'file', code, message: expect.any(String) }]);
      if (message) expect(res.body.details[0].message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules/);
    }

    afterAll(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM upload u JOIN app_user a ON a.id = u.owner_id WHERE a.email = 'penolak@example.id'`,
      );
      expect(n).toBe(0);
    });

    it('a PNG named .jpg, a PDF named .png, a JPEG declared as PNG', async () => {
      await expectRefused(await upload(refuser, await image('png'), 'foto.jpg', 'image/jpeg'), 'file_type_mismatch', /Isi berkas \(PNG\)/);
      await expectRefused(await upload(refuser, pdf(), 'foto.png', 'image/png'), 'file_type_mismatch', /\(PDF\)/);
      await expectRefused(await upload(refuser, await image('jpeg'), 'foto.jpg', 'image/png'), 'file_type_mismatch');
      await expectRefused(await upload(refuser, await image('webp'), 'foto', 'image/webp'), 'file_type_mismatch');
    });

    it('an HTML page named .pdf, and other types (SVG, GIF, text)', async () => {
      const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
      await expectRefused(await upload(refuser, html, 'laporan.pdf', 'application/pdf'), 'file_type_unsupported', /JPEG, PNG atau WebP/);
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await expectRefused(await upload(refuser, svg, 'peta.svg', 'image/svg+xml'), 'file_type_unsupported');
      await expectRefused(await upload(refuser, Buffer.from('GIF89a\x01\x00\x01\x00'), 'a.gif', 'image/gif'), 'file_type_unsupported');
    });

    it('an empty file, and in English with Accept-Language: en', async () => {
      await expectRefused(await upload(refuser, Buffer.alloc(0), 'kosong.jpg', 'image/jpeg'), 'file_empty', 'Berkas kosong.');
      const en = await upload(refuser, Buffer.alloc(0), 'kosong.jpg', 'image/jpeg').set('Accept-Language', 'en');
      await expectRefused(en, 'file_empty', 'The file is empty.');
      expect(en.body.message).toBe('Some of the data sent is not right. Check the marked fields.');
    });

    it('a file over UPLOAD_MAX_BYTES (10 MB), detected while streaming', async () => {
      const big = Buffer.concat([await image('jpeg'), Buffer.alloc(t.config.uploadMaxBytes, 7)]);
      await expectRefused(
        await upload(refuser, big, 'besar.jpg', 'image/jpeg'),
        'file_too_large',
        'Berkas terlalu besar. Ukuran paling besar 10 MB.',
      );
      // Exactly the limit is accepted: a valid PDF padded with an unused stream.
      const head = pdf();
      const open = Buffer.from('4 0 obj<</Length 0>>stream\n');
      const close = Buffer.from('\nendstream endobj\n');
      const padding = Buffer.alloc(t.config.uploadMaxBytes - head.length - open.length - close.length, 0x20);
      const exact = Buffer.concat([head, open, padding, close]);
      expect(exact.length).toBe(t.config.uploadMaxBytes);
      const accepted = (await upload(refuser, exact, 'pas.pdf', 'application/pdf').expect(201)).body;
      await t.dataSource.query(`DELETE FROM upload WHERE id = $1`, [accepted.id]);
    });

    it('a password-protected PDF, and a damaged one', async () => {
      const locked = pdf()
        .toString('latin1')
        .replace(
          'trailer<</Root 1 0 R>>',
          '4 0 obj<</Filter/Standard/V 2/R 3/O(x)/U(y)/P -4>>endobj\ntrailer<</Root 1 0 R/Encrypt 4 0 R>>',
        );
      await expectRefused(
        await upload(refuser, Buffer.from(locked, 'latin1'), 'rahasia.pdf', 'application/pdf'),
        'pdf_encrypted',
        /kata sandi/,
      );
      await expectRefused(await upload(refuser, Buffer.from('%PDF-1.4\nrusak'), 'rusak.pdf', 'application/pdf'), 'pdf_unreadable');
    });

    it('an image of more than 40 megapixels (a decompression bomb), and a corrupt image', async () => {
      const bomb = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#fff' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      await expectRefused(
        await upload(refuser, bomb, 'bom.png', 'image/png'),
        'image_too_large',
        'Gambar terlalu besar. Paling banyak 40 megapiksel.',
      );
      const corrupt = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x41)]);
      await expectRefused(await upload(refuser, corrupt, 'rusak.jpg', 'image/jpeg'), 'image_unreadable');
    });

    it('no file, a file under another field name, extra fields, or a body that is not multipart', async () => {
      await expectRefused(await upload(refuser, await image('png'), 'foto.png', 'image/png', 'foto'), 'file_required');
      await expectRefused(
        await refuser
          .send('post', '/api/uploads')
          .field('judul', 'x')
          .attach('file', await image('png'), { filename: 'foto.png', contentType: 'image/png' }),
        'file_only_one',
      );
      await expectRefused(await refuser.send('post', '/api/uploads').send({ file: 'aGFsbw==' }), 'file_required');
      await expectRefused(await refuser.send('post', '/api/uploads').field('file', 'bukan berkas'), 'file_only_one');
      const two = await refuser
        .send('post', '/api/uploads')
        .attach('file', await image('png'), { filename: 'a.png', contentType: 'image/png' })
        .attach('file', await image('png'), { filename: 'b.png', contentType: 'image/png' });
      await expectRefused(two, 'file_only_one');
      const malformed = await refuser
        .send('post', '/api/uploads')
        .set('Content-Type', 'multipart/form-data; boundary=batas')
        .send('--batas\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG');
      await expectRefused(malformed, 'file_unreadable');
      const noBoundary = await refuser.send('post', '/api/uploads').set('Content-Type', 'multipart/form-data').send('x');
      expect(noBoundary.status).toBe(400);
    });
  });

  describe('fetching an upload', () => {
    it('serves the owner’s file inline (PDF as a download) with safe headers', async () => {
      const photo = await upload(citizen, await image('jpeg'), 'Jalan rusak — Kelurahan Pedurungan.jpg', 'image/jpeg').expect(201);
      const res = await citizen.agent.get(`/api/uploads/${photo.body.id}`).buffer(true).expect(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.headers['content-disposition']).toBe("inline; filename*=UTF-8''Jalan%20rusak%20%E2%80%94%20Kelurahan%20Pedurungan.jpg");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(res.headers['cache-control']).toMatch(/^private/);
      expect(res.headers['content-length']).toBe(String(photo.body.byteSize));

      const doc = await upload(citizen, pdf(), 'surat.pdf', 'application/pdf').expect(201);
      const download = await citizen.agent.get(`/api/uploads/${doc.body.id}`).buffer(true).expect(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''surat.pdf");
      expect(Buffer.from(download.body)).toEqual(await storedBytes(doc.body.id));
    });

    it('answers 404 to everyone else, for unknown ids and for ids that are not UUIDs; 401 to visitors', async () => {
      const photo = await upload(citizen, await image('png'), 'foto.png', 'image/png').expect(201);
      expect((await other.agent.get(`/api/uploads/${photo.body.id}`).expect(404)).body.code).toBe('not_found');
      const admin = await browserFor(t, 'admin@example.id');
      await admin.agent.get(`/api/uploads/${photo.body.id}`).expect(404);
      await citizen.agent.get(`/api/uploads/${randomUUID()}`).expect(404);
      await citizen.agent.get('/api/uploads/bukan-uuid').expect(404);
      await t.http().get(`/api/uploads/${photo.body.id}`).expect(401);
    });

    it('answers 404, not 500, when the stored file has gone missing', async () => {
      const photo = await upload(citizen, await image('png'), 'foto.png', 'image/png').expect(201);
      await storage().delete((await row(photo.body.id)).storageKey);
      await citizen.agent.get(`/api/uploads/${photo.body.id}`).expect(404);
    });
  });

  describe('claiming uploads for another module (UploadsService.claim)', () => {
    const service = () => t.app.get(UploadsService);
    const target = () => ({ type: 'report', id: randomUUID() });

    async function claimError(ownerId: string, ids: string[]): Promise<FieldDomainException> {
      const error = await t.dataSource
        .transaction((manager) => service().claim(manager, ownerId, ids, target()))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(FieldDomainException);
      return error as FieldDomainException;
    }

    it('claims the owner’s unclaimed uploads in the caller’s transaction, in the order given', async () => {
      const a = (await upload(citizen, await image('png'), 'a.png', 'image/png').expect(201)).body;
      const b = (await upload(citizen, pdf(), 'b.pdf', 'application/pdf').expect(201)).body;
      const report = target();
      const claimed = await t.dataSource.transaction((manager) => service().claim(manager, citizenId, [b.id, a.id, b.id], report));
      expect(claimed).toEqual([b, a]);
      expect(await row(a.id)).toMatchObject({ claimedByType: 'report', claimedById: report.id, claimedAt: expect.any(Date) });
      expect((await service().forTarget('report', report.id)).map((u) => u.id)).toEqual([a.id, b.id]);
      const opened = await service().open(a.id);
      expect(opened.meta).toEqual(a);
      opened.stream.destroy();
      // Still the owner's to look at once attached.
      await citizen.agent.get(`/api/uploads/${a.id}`).expect(200);
      expect(await t.dataSource.transaction((manager) => service().claim(manager, citizenId, [], report))).toEqual([]);
    });

    it('refuses someone else’s, an unknown and an already claimed upload, claiming none of the batch', async () => {
      const mine = (await upload(citizen, await image('png'), 'a.png', 'image/png').expect(201)).body;
      const theirs = (await upload(other, await image('png'), 'b.png', 'image/png').expect(201)).body;

      const wrongOwner = await claimError(citizenId, [mine.id, theirs.id]);
      expect(wrongOwner.details).toEqual([{ field: 'attachmentIds', code: 'attachment_not_found', params: {} }]);
      expect((await row(mine.id)).claimedAt).toBeNull();
      expect((await claimError(citizenId, [randomUUID()])).details?.[0].code).toBe('attachment_not_found');
      expect((await claimError(citizenId, ['bukan-uuid'])).details?.[0].code).toBe('attachment_not_found');

      await t.dataSource.transaction((manager) => service().claim(manager, otherId, [theirs.id], target()));
      expect((await claimError(otherId, [theirs.id])).details?.[0].code).toBe('attachment_already_used');
    });

    it('is rolled back with the caller’s transaction', async () => {
      const mine = (await upload(citizen, await image('png'), 'a.png', 'image/png').expect(201)).body;
      await expect(
        t.dataSource.transaction(async (manager) => {
          await service().claim(manager, citizenId, [mine.id], target());
          throw new Error('laporan gagal disimpan');
        }),
      ).rejects.toThrow('laporan gagal disimpan');
      expect((await row(mine.id)).claimedAt).toBeNull();
    });
  });

  describe('clean-up of abandoned uploads', () => {
    it('deletes rows and files of uploads unclaimed for over 24 hours, and nothing else; running again deletes nothing', async () => {
      const cleanup = t.app.get(UploadCleanupService);
      await cleanup.deleteAbandoned();
      const fresh = (await upload(citizen, await image('png'), 'baru.png', 'image/png').expect(201)).body;
      const stale = (await upload(citizen, await image('png'), 'lama.png', 'image/png').expect(201)).body;
      const kept = (await upload(citizen, await image('png'), 'terlampir.png', 'image/png').expect(201)).body;
      await t.dataSource.transaction((manager) =>
        t.app.get(UploadsService).claim(manager, citizenId, [kept.id], { type: 'report', id: randomUUID() }),
      );
      await t.dataSource.query(`UPDATE upload SET created_at = now() - interval '25 hours' WHERE id IN ($1, $2)`, [stale.id, kept.id]);
      const staleKey = (await row(stale.id)).storageKey;

      expect(await cleanup.deleteAbandoned()).toBe(1);
      expect(await t.dataSource.getRepository(UploadEntity).findOneBy({ id: stale.id })).toBeNull();
      expect(await storage().exists(staleKey)).toBe(false);
      await row(fresh.id);
      expect(await storage().exists((await row(kept.id)).storageKey)).toBe(true);
      expect(await cleanup.deleteAbandoned()).toBe(0);
      // A day later the fresh one goes too.
      expect(await cleanup.deleteAbandoned(new Date(Date.now() + 25 * 60 * 60_000))).toBeGreaterThanOrEqual(1);
      expect(await t.dataSource.getRepository(UploadEntity).findOneBy({ id: fresh.id })).toBeNull();
      await row(kept.id);
    });
  });

  describe('rate limit', () => {
    it(`allows ${UPLOADS_PER_MINUTE} uploads a minute per user, then 429 with Retry-After; other users are unaffected`, async () => {
      await createUser(t, 'rajin@example.id', ['citizen']);
      const busy = await browserFor(t, 'rajin@example.id');
      const png = await image('png', 8, 8);
      for (let i = 0; i < UPLOADS_PER_MINUTE; i++) await upload(busy, png, `${i}.png`, 'image/png').expect(201);
      const limited = await upload(busy, png, 'lagi.png', 'image/png').expect(429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      await upload(other, png, 'lain.png', 'image/png').expect(201);
    });
  });
});
