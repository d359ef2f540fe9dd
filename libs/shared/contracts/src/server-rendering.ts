/**
 * What the API hands the Angular server renderer for one page (docs/architecture.md, "Server-side
 * rendering"). The API renders a public page for a visitor in its own process: the app's calls to
 * `/api/…` are answered by `api` without leaving the process, so a page costs no network round trip
 * and no second login.
 */
export interface ServerRenderContext {
  /** The visitor's language (from the `wk_lang` cookie; Indonesian when there is none). */
  language: 'id' | 'en';
  /** The portal's public address without a trailing slash (canonical URLs, link previews). */
  publicUrl: string;
  /** Answers a GET of the API in process. `path` starts with `/api/`. */
  api(path: string, headers: Record<string, string>): Promise<ServerApiResponse>;
}

export interface ServerApiResponse {
  status: number;
  /** Lower-case names; at least content-type and cache-control when the API sent them. */
  headers: Record<string, string>;
  body: string;
}

/**
 * The placeholder the page template and the server renderer put where a CSP nonce goes; the API
 * replaces it with a fresh nonce in every response, so that a rendered page may be reused while
 * each response still carries its own nonce. Only `nonce="…"` and `ngCspNonce="…"` attribute
 * values are ever replaced, never page text.
 */
export const CSP_NONCE_PLACEHOLDER = 'wk-csp-nonce';

/** The readable cookie that remembers a visitor's language, so the server renders in it. */
export const LANGUAGE_COOKIE = 'wk_lang';

/**
 * Not a secret: tells the web app that a session exists (so a visitor's page load makes no
 * request that would only answer 401) and when its access token expires (so it refreshes
 * first). Holds the access token's expiry in epoch seconds; lives as long as the refresh token.
 * The API renders pages on the server only for requests without it (signed-in pages are personal).
 */
export const SESSION_HINT_COOKIE = 'wk_session';
