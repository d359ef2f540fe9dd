export * from './catalog-problems';
export * from './intl-cache';
export * from './i18n';
export { COMMON_MESSAGES, UI_MESSAGES } from './messages';
export type { Catalog, Language } from './messages';
