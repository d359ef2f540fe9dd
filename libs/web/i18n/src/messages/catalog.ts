export type Language = 'id' | 'en';

/** One area's strings in both languages; a spec checks that the two have the same keys. */
export type Catalog = Record<Language, Record<string, string>>;
