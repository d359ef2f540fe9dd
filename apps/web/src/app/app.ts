import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { SiteStore } from '@walikota/web-core';
import { I18n } from './i18n';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Component styles are injected at run time; the server's per-page nonce lets them through
  // the strict style-src policy (see serveWebApp).
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .site-main {
      flex: 1;
    }
  `,
  template: `
    <a class="skip-link" href="#main">{{ i18n.t('shell.skip') }}</a>
    <header class="site-header">
      <div class="inner">
        <a routerLink="/">
          {{ i18n.t('shell.portal') }}
          @if (site.site(); as s) {
            {{ s.cityName }}
          }
        </a>
        <button type="button" class="lang-switch" [attr.aria-label]="i18n.t('shell.switchLanguageLabel')" (click)="toggleLanguage()">
          {{ i18n.t('shell.switchLanguage') }}
        </button>
      </div>
    </header>
    <main id="main" class="site-main" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="site-footer">
      <div class="inner">{{ i18n.t('shell.footer') }}</div>
    </footer>
  `,
})
export class App {
  protected readonly i18n = inject(I18n);
  protected readonly site = inject(SiteStore);

  protected toggleLanguage(): void {
    this.i18n.use(this.i18n.language() === 'id' ? 'en' : 'id');
  }
}
