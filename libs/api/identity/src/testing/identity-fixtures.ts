import { SessionBrowser, TestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { PasswordService } from '../passwords/password.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from '../users/user.entity';

export const TEST_PASSWORD = 'kopi-tubruk-pagi-hari';

/** A session browser whose password defaults to TEST_PASSWORD. */
export class Browser extends SessionBrowser {
  login(email: string, password = TEST_PASSWORD): Promise<supertest.Response> {
    return this.signIn(email, password);
  }
}

/** A verified account with the given roles (and departments), password TEST_PASSWORD. */
export async function createUser(t: TestApp, email: string, roles: string[], departmentIds: string[] = []): Promise<string> {
  const passwordHash = await t.app.get(PasswordService).hash(TEST_PASSWORD);
  const user = await t.dataSource
    .getRepository(UserEntity)
    .save({ email, name: email.split('@')[0], passwordHash, emailVerifiedAt: new Date() });
  if (roles.length) await t.dataSource.getRepository(UserRoleEntity).insert(roles.map((role) => ({ userId: user.id, role })));
  if (departmentIds.length)
    await t.dataSource
      .getRepository(DepartmentMemberEntity)
      .insert(departmentIds.map((departmentId) => ({ userId: user.id, departmentId })));
  return user.id;
}

/** Signs in a new browser as `email` (or returns a visitor's browser for null). */
export async function browserFor(t: TestApp, email: string | null): Promise<Browser> {
  const browser = new Browser(t);
  if (email) await browser.login(email);
  return browser;
}
