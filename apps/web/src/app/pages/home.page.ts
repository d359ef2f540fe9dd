import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';
import { WkButton, WkCard, WkPageHeader } from '@walikota/web-ui';

/**
 * The home page: the main task first (file a report, or track one by its code), then what the
 * portal offers today, then what is still being built, named as such and linked to nothing.
 */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, WkButton, WkCard, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('home.title')" [lead]="i18n.t('home.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('home.file') }}</a>
        <a wkButton variant="secondary" routerLink="/lacak">{{ i18n.t('home.track') }}</a>
      </p>
    </wk-page-header>
    <ul class="wk-card-grid" role="list">
      @for (module of available; track module.key) {
        <li>
          <wk-card [heading]="i18n.t('home.' + module.key)" [link]="module.path">
            <p>{{ i18n.t('home.' + module.key + '.text') }}</p>
          </wk-card>
        </li>
      }
    </ul>
    <section class="upcoming" aria-labelledby="home-upcoming">
      <h2 id="home-upcoming">{{ i18n.t('home.upcoming') }}</h2>
      <p class="wk-muted">{{ i18n.t('home.upcoming.lead') }}</p>
      <ul class="upcoming__list" role="list">
        @for (module of upcoming; track module) {
          <li>
            <h3>{{ i18n.t('home.' + module) }}</h3>
            <p>{{ i18n.t('home.' + module + '.text') }}</p>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .wk-card-grid li {
      display: flex;
    }
    wk-card {
      flex: 1;
    }
    .upcoming {
      margin-top: var(--space-6);
    }
    .upcoming__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: var(--space-4);
    }
    .upcoming__list li {
      padding: var(--space-4) var(--space-5);
      border: 1px dashed var(--color-border-strong);
      border-radius: var(--radius);
    }
    .upcoming__list h3 {
      font-size: 1.125em;
      margin: 0 0 var(--space-1);
    }
    .upcoming__list p {
      margin: 0;
      color: var(--color-muted);
    }
  `,
})
export class HomePage {
  protected readonly i18n = inject(I18n);
  protected readonly available = [
    { key: 'reports', path: '/aspirasi' },
    { key: 'petitions', path: '/petisi' },
    { key: 'forums', path: '/forum' },
    { key: 'meetings', path: '/balai-kota' },
    { key: 'statistics', path: '/aspirasi/statistik' },
  ];
  /** Their routes stay (bookmarks, the placeholders say the same); nothing links to them meanwhile. */
  protected readonly upcoming = ['budget'];

  constructor() {
    // This page's strings travel with it (pages.messages.ts).
    this.i18n.register(PAGES_MESSAGES);
  }
}
