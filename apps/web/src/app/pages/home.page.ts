import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n } from '../i18n';

@Component({
  selector: 'app-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ i18n.t('home.title') }}</h1>
    <p class="lead">{{ i18n.t('home.lead') }}</p>
    <ul class="cards">
      @for (module of modules; track module) {
        <li class="card">
          <h2>{{ i18n.t('home.' + module) }}</h2>
          <p>{{ i18n.t('home.' + module + '.text') }}</p>
        </li>
      }
    </ul>
  `,
})
export class HomePage {
  protected readonly i18n = inject(I18n);
  protected readonly modules = ['reports', 'petitions', 'forums', 'budget'];
}
