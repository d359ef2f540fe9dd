import { EnvironmentProviders, Injectable, computed, inject, provideEnvironmentInitializer, signal } from '@angular/core';
import type { Catalog, Language } from './messages/catalog';
import { COMMON_MESSAGES } from './messages/common';
import { UI_MESSAGES } from './messages/ui';

const STORAGE_KEY = 'walikota.language';

/** Every string on screen goes through here; Indonesian by default, the choice remembered. */
@Injectable({ providedIn: 'root' })
export class I18n {
  readonly language = signal<Language>(I18n.initial());
  private readonly catalogs = signal<readonly Catalog[]>([COMMON_MESSAGES, UI_MESSAGES]);
  private readonly merged = computed(() => {
    const catalogs = this.catalogs();
    const merge = (language: Language) => Object.assign({}, ...catalogs.map((catalog) => catalog[language])) as Record<string, string>;
    return { id: merge('id'), en: merge('en') };
  });
  readonly messages = computed(() => this.merged()[this.language()]);
  /** The locale for Intl formatting. */
  readonly locale = computed(() => (this.language() === 'id' ? 'id-ID' : 'en-GB'));

  /** The text for `key`, with `{name}` placeholders filled from `params`. */
  t(key: string, params?: Record<string, string | number>): string {
    const text = this.messages()[key] ?? this.merged().id[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }

  /** Adds a feature's strings (once). */
  register(...catalogs: Catalog[]): void {
    const fresh = catalogs.filter((catalog) => !this.catalogs().includes(catalog));
    if (fresh.length) this.catalogs.update((current) => [...current, ...fresh]);
  }

  use(language: Language): void {
    this.language.set(language);
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }

  private static initial(): Language {
    const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    const language: Language = stored === 'en' ? 'en' : 'id';
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    return language;
  }
}

/** For a feature's routes: registers its strings when the routes are first entered. */
export function provideMessages(...catalogs: Catalog[]): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).register(...catalogs));
}
