/**
 * A small message catalogue for API responses. Indonesian is the default language; each
 * domain module registers its own messages with `registerMessages`.
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export type MessageParams = Record<string, string | number>;
export type Catalog = Record<Language, Record<string, string>>;

const catalog: Catalog = { id: {}, en: {} };

export function registerMessages(messages: Catalog): void {
  for (const lang of LANGUAGES) Object.assign(catalog[lang], messages[lang]);
}

export function hasMessage(key: string, lang: Language = DEFAULT_LANGUAGE): boolean {
  return key in catalog[lang];
}

/**
 * Translates `key`, filling `{name}` placeholders; falls back to Indonesian, then to the key. A
 * parameter written `@some.key` is itself translated (e.g. a status name inside a message).
 */
export function translate(lang: Language, key: string, params: MessageParams = {}): string {
  const template = catalog[lang][key] ?? catalog[DEFAULT_LANGUAGE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = String(params[name]);
    return value.startsWith('@') && hasMessage(value.slice(1)) ? translate(lang, value.slice(1)) : value;
  });
}

/** Picks the best supported language from an Accept-Language header (q-values honoured). */
export function resolveLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...attrs] = part.trim().toLowerCase().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.lang));
  return (match?.lang as Language | undefined) ?? DEFAULT_LANGUAGE;
}
