import type { Catalog } from './messages/catalog';

/**
 * What is wrong with a catalog: a key missing in one language, an empty text, or placeholders
 * (`{name}`) that differ between the languages. Every catalog's spec expects none.
 */
export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(',');
  for (const key of Object.keys(catalog.id)) if (!(key in catalog.en)) problems.push(`${key}: missing in en`);
  for (const key of Object.keys(catalog.en)) if (!(key in catalog.id)) problems.push(`${key}: missing in id`);
  for (const language of ['id', 'en'] as const) {
    for (const [key, text] of Object.entries(catalog[language])) if (!text.trim()) problems.push(`${key}: empty in ${language}`);
  }
  for (const [key, text] of Object.entries(catalog.id)) {
    if (key in catalog.en && placeholders(text) !== placeholders(catalog.en[key])) problems.push(`${key}: placeholders differ`);
  }
  return problems;
}

/** Keys defined by more than one catalog (a later one would silently win). */
export function duplicateKeys(catalogs: Record<string, Catalog>): string[] {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const [area, catalog] of Object.entries(catalogs)) {
    for (const key of Object.keys(catalog.id)) {
      const other = seen.get(key);
      if (other) duplicates.push(`${key}: in ${other} and ${area}`);
      seen.set(key, area);
    }
  }
  return duplicates;
}
