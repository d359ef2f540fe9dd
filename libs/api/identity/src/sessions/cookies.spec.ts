import { AppConfig } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { setSessionCookies } from './cookies';

describe(setSessionCookies.name, () => {
  function cookiesFor(cookieSecure: boolean) {
    const set: { name: string; options: Record<string, unknown> }[] = [];
    const reply = {
      setCookie: (name: string, _value: string, options: Record<string, unknown>) => set.push({ name, options }),
    } as unknown as FastifyReply;
    const config = Object.assign(new AppConfig(), { cookieSecure, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30 });
    setSessionCookies(reply, { accessToken: 'a', refreshToken: 'r', familyId: 'f', userId: 'u' }, config);
    return Object.fromEntries(set.map((c) => [c.name, c.options]));
  }

  it('marks every cookie Secure when configured (HTTPS deployments)', () => {
    const cookies = cookiesFor(true);
    expect(Object.values(cookies).every((o) => o['secure'] === true)).toBe(true);
    expect(cookies['wk_access']).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 900 });
    expect(cookies['wk_refresh']).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/api/auth', maxAge: 30 * 86_400 });
    expect(cookies['XSRF-TOKEN']).toMatchObject({ httpOnly: false, sameSite: 'lax' });
  });

  it('leaves Secure off for plain-HTTP local use', () => {
    expect(Object.values(cookiesFor(false)).every((o) => o['secure'] === false)).toBe(true);
  });
});
