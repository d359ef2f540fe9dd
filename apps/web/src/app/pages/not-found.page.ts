import { ChangeDetectionStrategy, Component, RESPONSE_INIT, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';
import { WkPageHeader } from '@walikota/web-ui';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('notFound.title')" [lead]="i18n.t('notFound.text')" />
    <p>
      <a routerLink="/">{{ i18n.t('notFound.home') }}</a>
    </p>
  `,
})
export class NotFoundPage {
  protected readonly i18n = inject(I18n);

  constructor() {
    this.i18n.register(PAGES_MESSAGES);
    // Rendered on the server: the address answers 404, for search engines and link checkers.
    const response = inject(RESPONSE_INIT, { optional: true });
    if (response) response.status = 404;
  }
}
