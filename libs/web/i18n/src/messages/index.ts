import type { Catalog } from './catalog';
import { COMMON_MESSAGES } from './common';
import { UI_MESSAGES } from './ui';

export type { Catalog, Language } from './catalog';
export { COMMON_MESSAGES, UI_MESSAGES };

/**
 * Common and UI strings ship with the first page. A feature keeps its strings beside its code
 * (e.g. libs/web/account/src/*.messages.ts), so they travel in its lazy chunk, and registers
 * them when its routes are entered (provideMessages).
 */
export const CATALOGS: Record<string, Catalog> = {
  common: COMMON_MESSAGES,
  ui: UI_MESSAGES,
};
