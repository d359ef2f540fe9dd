import supertest from 'supertest';
import { TestApp } from './test-app';

/**
 * A signed-in browser for integration tests: keeps the session cookies and echoes the CSRF
 * cookie in X-XSRF-TOKEN on writes, as the web app does.
 */
export class SessionBrowser {
  readonly agent: supertest.Agent;
  csrf = '';

  constructor(t: TestApp) {
    this.agent = t.http();
  }

  /** Remembers the CSRF cookie a response sets (sign-in, refresh). */
  remember(res: supertest.Response): supertest.Response {
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    if (csrf) this.csrf = csrf.split(';')[0].split('=')[1];
    return res;
  }

  async signIn(email: string, password: string): Promise<supertest.Response> {
    return this.remember(await this.agent.post('/api/auth/login').send({ email, password }));
  }

  /** A state-changing request carrying the CSRF header. */
  send(method: 'post' | 'patch' | 'put' | 'delete', url: string): supertest.Test {
    return this.agent[method](url).set('X-XSRF-TOKEN', this.csrf);
  }
}
