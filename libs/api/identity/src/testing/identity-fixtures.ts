import { TestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { PasswordService } from '../passwords/password.service';
import { DepartmentMemberEntity, UserEntity, UserRoleEntity } from '../users/user.entity';

export const TEST_PASSWORD = 'kopi-tubruk-pagi-hari';

/** A signed-in browser: keeps cookies and echoes the CSRF cookie like the web app does. */
export class Browser {
  readonly agent: supertest.Agent;
  csrf = '';

  constructor(t: TestApp) {
    this.agent = t.http();
  }

  remember(res: supertest.Response): supertest.Response {
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    if (csrf) this.csrf = csrf.split(';')[0].split('=')[1];
    return res;
  }

  async login(email: string, password = TEST_PASSWORD): Promise<supertest.Response> {
    return this.remember(await this.agent.post('/api/auth/login').send({ email, password }));
  }

  send(method: 'post' | 'patch' | 'put' | 'delete', url: string): supertest.Test {
    return this.agent[method](url).set('X-XSRF-TOKEN', this.csrf);
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
