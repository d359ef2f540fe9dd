import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkControl, WkField } from '@walikota/web-ui';

/**
 * The forum's search box: a plain GET form to `/forum/cari?q=…`, so that it works before the
 * app runs (a page rendered on the server) and without JavaScript at all.
 */
@Component({
  selector: 'wk-forum-search-form',
  imports: [WkButton, WkControl, WkField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="search" method="get" action="/forum/cari" role="search" [attr.aria-label]="i18n.t('forums.title.search')">
      <wk-field [label]="i18n.t('forums.search.label')">
        <input wkControl [id]="controlId()" type="search" name="q" [value]="query()" autocomplete="off" enterkeyhint="search" />
      </wk-field>
      <button wkButton type="submit" variant="secondary">{{ i18n.t('forums.search.submit') }}</button>
    </form>
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--space-3);
    }
    .search wk-field {
      flex: 1 1 14rem;
      margin: 0;
    }
  `,
})
export class ForumSearchForm {
  readonly query = input('');
  readonly controlId = input('forum-search-q');
  protected readonly i18n = inject(I18n);
}
