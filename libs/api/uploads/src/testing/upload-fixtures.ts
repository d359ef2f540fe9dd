import { PasswordService, UserEntity, UserRoleEntity } from '@walikota/api-identity';
import { SessionBrowser, TestApp } from '@walikota/api-testing';
import sharp from 'sharp';
import supertest from 'supertest';

export const TEST_PASSWORD = 'kopi-tubruk-pagi-hari';

/** An account with the given roles, password TEST_PASSWORD; unverified when `verified` is false. */
export async function createUser(t: TestApp, email: string, roles: string[], verified = true): Promise<string> {
  const passwordHash = await t.app.get(PasswordService).hash(TEST_PASSWORD);
  const user = await t.dataSource
    .getRepository(UserEntity)
    .save({ email, name: email.split('@')[0], passwordHash, emailVerifiedAt: verified ? new Date() : null });
  if (roles.length) await t.dataSource.getRepository(UserRoleEntity).insert(roles.map((role) => ({ userId: user.id, role })));
  return user.id;
}

/** A signed-in browser (or a visitor's, for null). */
export async function browserFor(t: TestApp, email: string | null): Promise<SessionBrowser> {
  const browser = new SessionBrowser(t);
  if (email) await browser.signIn(email, TEST_PASSWORD);
  return browser;
}

/** Posts one multipart file part named `file` (or `field`). */
export function upload(browser: SessionBrowser, data: Buffer, fileName: string, contentType: string, field = 'file'): supertest.Test {
  return browser.send('post', '/api/uploads').attach(field, data, { filename: fileName, contentType });
}

/** A small solid-colour image in `format`. */
export function image(format: 'jpeg' | 'png' | 'webp', width = 64, height = 48): Promise<Buffer> {
  const canvas = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  return canvas.toFormat(format).toBuffer();
}

/** A tiny, valid one-page PDF. */
export function pdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}
