import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';
import { WkPageHeader } from '@walikota/web-ui';

/** Shown when a signed-in user opens a page their roles do not allow (HTTP 403). */
@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forbidden.title')" [lead]="i18n.t('forbidden.text')" />
    <p>
      <a routerLink="/">{{ i18n.t('notFound.home') }}</a>
    </p>
  `,
})
export class ForbiddenPage {
  protected readonly i18n = inject(I18n);

  constructor() {
    // This page's strings travel with it (pages.messages.ts).
    this.i18n.register(PAGES_MESSAGES);
  }
}
