import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { SiteStore } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';

/**
 * Route titles are i18n keys; the document title follows the language and names the city,
 * e.g. "Masuk · Portal Warga Kota Semarang".
 */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18n);
  private readonly site = inject(SiteStore);
  private readonly key = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const suffix = this.i18n.t('title.suffix', { city: this.site.site()?.cityName ?? '' }).trim();
      const key = this.key();
      this.title.setTitle(key ? `${this.i18n.t(key)} · ${suffix}` : suffix);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key.set(this.buildTitle(snapshot));
  }
}
