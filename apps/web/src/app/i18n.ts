import { Injectable, computed, signal } from '@angular/core';
import { Language, MESSAGES } from './messages';

export type { Language } from './messages';

const STORAGE_KEY = 'walikota.language';

/** Every string on screen goes through here; Indonesian by default, the choice remembered. */
@Injectable({ providedIn: 'root' })
export class I18n {
  readonly language = signal<Language>(I18n.initial());
  readonly messages = computed(() => MESSAGES[this.language()]);

  t(key: string): string {
    return this.messages()[key] ?? MESSAGES.id[key] ?? key;
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
