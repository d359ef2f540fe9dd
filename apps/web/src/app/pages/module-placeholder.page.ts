import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';
import { WkAlert, WkButton, WkPageHeader } from '@walikota/web-ui';

/** The entry page of a module that a later release fills (reports, petitions, forums, budget). */
@Component({
  selector: 'app-module-placeholder-page',
  imports: [RouterLink, WkAlert, WkButton, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('home.' + module())" [lead]="i18n.t('placeholder.' + module() + '.lead')" />
    <wk-alert tone="info">{{ i18n.t('placeholder.soon') }}</wk-alert>
    @if (!session.signedIn()) {
      <p class="wk-actions">
        <a wkButton routerLink="/daftar">{{ i18n.t('shell.register') }}</a>
        <a wkButton variant="secondary" routerLink="/masuk">{{ i18n.t('shell.signIn') }}</a>
      </p>
    }
  `,
})
export class ModulePlaceholderPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  /** From the route's data: reports | petitions | forums | budget. */
  readonly module = input.required<string>();

  constructor() {
    // This page's strings travel with it (pages.messages.ts).
    this.i18n.register(PAGES_MESSAGES);
  }
}
