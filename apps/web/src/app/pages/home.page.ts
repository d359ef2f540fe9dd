import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { WkCard, WkPageHeader } from '@walikota/web-ui';

@Component({
  selector: 'app-home-page',
  imports: [WkCard, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('home.title')" [lead]="i18n.t('home.lead')" />
    <ul class="wk-card-grid" role="list">
      @for (module of modules; track module.key) {
        <li>
          <wk-card [heading]="i18n.t('home.' + module.key)" [link]="module.path">
            <p>{{ i18n.t('home.' + module.key + '.text') }}</p>
          </wk-card>
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: flex;
    }
    wk-card {
      flex: 1;
    }
  `,
})
export class HomePage {
  protected readonly i18n = inject(I18n);
  protected readonly modules = [
    { key: 'reports', path: '/aspirasi' },
    { key: 'petitions', path: '/petisi' },
    { key: 'forums', path: '/forum' },
    { key: 'budget', path: '/anggaran' },
  ];
}
