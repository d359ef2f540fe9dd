import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import {
  EnvironmentProviders,
  Injectable,
  PLATFORM_ID,
  REQUEST_CONTEXT,
  computed,
  inject,
  provideEnvironmentInitializer,
  signal,
} from '@angular/core';
import { LANGUAGE_COOKIE, type ServerRenderContext } from '@walikota/shared-contracts';
import type { Catalog, Language } from './messages/catalog';
import { COMMON_ID } from './messages/common.id';
import { UI_ID } from './messages/ui.id';

const STORAGE_KEY = 'walikota.language';

/** A year: the language choice outlives the session. */
const COOKIE_MAX_AGE_S = 365 * 24 * 3600;

/** The shell's English, fetched only by those who read English (Indonesian ships with the page). */
const loadEnglish = () => import('./messages/base.en').then((m) => m.BASE_EN);

/**
 * Every string on screen goes through here; Indonesian by default, the choice remembered in a
 * cookie (so the server renders the next page in it) and in localStorage (where it was kept
 * before pages were rendered on the server).
 *
 * The shell's strings in Indonesian are part of the first download; their English is a small
 * lazy chunk loaded before the first render for those who chose English (`ready()`), or when
 * they switch. A feature's strings, both languages, travel with its lazy routes.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly base = signal<Partial<Record<Language, Record<string, string>>>>({ id: { ...COMMON_ID, ...UI_ID } });
  private englishLoading: Promise<void> | null = null;
  private readonly current = signal<Language>(this.initial());
  /** The language on screen; changed with `use()`, which first loads its strings. */
  readonly language = this.current.asReadonly();
  private readonly catalogs = signal<readonly Catalog[]>([]);
  private readonly merged = computed(() => {
    const catalogs = this.catalogs();
    const base = this.base();
    const merge = (language: Language) =>
      Object.assign({}, base[language], ...catalogs.map((catalog) => catalog[language])) as Record<string, string>;
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

  /** Resolves once the current language's shell strings are here; the app waits for it before its first render. */
  ready(): Promise<void> {
    return this.load(this.language());
  }

  /** Switches the language once its strings are here (at once when they already are). */
  use(language: Language): Promise<void> {
    if (this.base()[language]) {
      this.apply(language);
      return Promise.resolve();
    }
    return this.load(language).then(() => this.apply(language));
  }

  private load(language: Language): Promise<void> {
    if (this.base()[language]) return Promise.resolve();
    this.englishLoading ??= loadEnglish().then(
      (english) => this.base.update((base) => ({ ...base, en: english })),
      (error: unknown) => {
        this.englishLoading = null;
        throw error;
      },
    );
    return this.englishLoading;
  }

  private apply(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    if (this.browser) this.remember(language);
  }

  private remember(language: Language): void {
    localStorage.setItem(STORAGE_KEY, language);
    const secure = this.document.location.protocol === 'https:' ? '; Secure' : '';
    this.document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${COOKIE_MAX_AGE_S}; SameSite=Lax${secure}`;
  }

  /** On the server, the language the API read from the visitor's cookie; in the browser, the stored choice. */
  private initial(): Language {
    let stored: string | null | undefined;
    if (this.browser) {
      stored = readCookie(this.document.cookie, LANGUAGE_COOKIE);
      // A choice saved before the cookie existed: the cookie now carries it to the server too.
      if (stored === null && localStorage.getItem(STORAGE_KEY) === 'en') this.remember((stored = 'en'));
    } else {
      stored = (inject(REQUEST_CONTEXT, { optional: true }) as ServerRenderContext | null)?.language;
    }
    const language: Language = stored === 'en' ? 'en' : 'id';
    this.document.documentElement.lang = language;
    return language;
  }
}

function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, value] = part.trim().split('=');
    if (key === name) return value ?? null;
  }
  return null;
}

/** For a feature's routes: registers its strings when the routes are first entered. */
export function provideMessages(...catalogs: Catalog[]): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).register(...catalogs));
}
