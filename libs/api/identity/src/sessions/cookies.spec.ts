import { AppConfig } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { setSessionCookies } from './cookies';

describe(setSessionCookies.name, () => {
  function cookiesFor(cookieSecure: boolean) {
    const set: { name: string; options: Record<string, unknown> }[] = [];
    const reply = {
      setCookie: (name: string, value: string, options: Record<string, unknown>) => set.push({ name, options: { ...options, value } }),
    } as unknown as FastifyReply;
    const config = Object.assign(new AppConfig(), { cookieSecure, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30 });
    setSessionCookies(reply, { accessToken: 'a', refreshToken: 'r', familyId: 'f', userId: 'u', csrfToken: 'c' }, config);
    return Object.fromEntries(set.map((c) => [c.name, c.options]));
  }

  it('marks every cookie Secure when configured (HTTPS deployments)', () => {
    const cookies = cookiesFor(true);
    expect(Object.values(cookies).every((o) => o['secure'] === true)).toBe(true);
    expect(cookies['wk_access']).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 900 });
    expect(cookies['wk_refresh']).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/api/auth', maxAge: 30 * 86_400 });
    expect(cookies['XSRF-TOKEN']).toMatchObject({ httpOnly: false, sameSite: 'lax', value: 'c' });
  });

  it('tells the web app, in a readable cookie, that a session exists and when its access token expires', () => {
    const now = Math.floor(Date.now() / 1000);
    const hint = cookiesFor(false)['wk_session'];
    expect(hint).toMatchObject({ httpOnly: false, path: '/', maxAge: 30 * 86_400 });
    expect(Number(hint['value'])).toBeGreaterThanOrEqual(now + 900);
    expect(Number(hint['value'])).toBeLessThanOrEqual(now + 901);
  });

  it('leaves Secure off for plain-HTTP local use', () => {
    expect(Object.values(cookiesFor(false)).every((o) => o['secure'] === false)).toBe(true);
  });
});
