import { SESSION_HINT_COOKIE as HINT_COOKIE } from '@walikota/shared-contracts';

/** The API's readable `wk_session` cookie: a session exists, and its access token expires at (epoch s). */
export function readSessionHint(cookies: string = typeof document === 'undefined' ? '' : document.cookie): number | null {
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === HINT_COOKIE) {
      const expiresAt = Number(value);
      return Number.isFinite(expiresAt) ? expiresAt : null;
    }
  }
  return null;
}

/** True when the access token is expired or about to (so the next request would answer 401). */
export function accessTokenStale(expiresAt: number, now = Date.now(), skewSeconds = 15): boolean {
  return expiresAt - skewSeconds <= Math.floor(now / 1000);
}
