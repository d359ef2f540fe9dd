import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@walikota/api-platform';
import { SESSION_HINT_COOKIE } from '@walikota/shared-contracts';
import { IssuedSession } from './sessions.service';

export const ACCESS_COOKIE = 'wk_access';
export const REFRESH_COOKIE = 'wk_refresh';
/**
 * Readable by the web app, which echoes it in X-XSRF-TOKEN (Angular's default names). Bound to
 * the session (see SessionsService.csrfToken): a cookie planted by someone else is of no use.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
/** Readable: a session exists, and when its access token expires (see the contract's comment). */
export { SESSION_HINT_COOKIE };
const REFRESH_PATH = '/api/auth';

export function setSessionCookies(reply: FastifyReply, session: IssuedSession, config: AppConfig): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
  reply.setCookie(ACCESS_COOKIE, session.accessToken, { ...base, path: '/', maxAge: config.accessTokenTtlSeconds });
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, { ...base, path: REFRESH_PATH, maxAge: config.refreshTokenTtlDays * 86_400 });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: 'lax', secure: config.cookieSecure, path: '/' });
  const accessExpiresAt = Math.floor(Date.now() / 1000) + config.accessTokenTtlSeconds;
  reply.setCookie(SESSION_HINT_COOKIE, String(accessExpiresAt), {
    httpOnly: false,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.refreshTokenTtlDays * 86_400,
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { path: '/' });
  reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
  reply.clearCookie(SESSION_HINT_COOKIE, { path: '/' });
}

export function refreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies[REFRESH_COOKIE];
}
