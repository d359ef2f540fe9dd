import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '@walikota/web-i18n';
import { WkBreadcrumb } from './types';

/** Where the page sits; the last crumb is the current page. */
@Component({
  selector: 'wk-breadcrumbs',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="i18n.t('ui.breadcrumbs')">
      <ol class="wk-breadcrumbs">
        @for (item of items(); track $index; let last = $last) {
          <li class="wk-breadcrumbs__item">
            @if (last) {
              <span aria-current="page">{{ item.label }}</span>
            } @else if (item.link) {
              <a [routerLink]="item.link">{{ item.label }}</a>
            } @else {
              {{ item.label }}
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: var(--space-4);
    }
    .wk-breadcrumbs {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--font-size-sm);
    }
    .wk-breadcrumbs__item {
      display: inline-flex;
      align-items: center;
    }
    .wk-breadcrumbs__item + .wk-breadcrumbs__item::before {
      content: '';
      width: 0.45em;
      height: 0.45em;
      margin: 0 0.75em 0 0.5em;
      border: solid var(--color-muted);
      border-width: 2px 2px 0 0;
      transform: rotate(45deg);
    }
    a {
      display: inline-block;
      padding: 0.625rem 0;
    }
  `,
})
export class WkBreadcrumbs {
  readonly items = input.required<readonly WkBreadcrumb[]>();
  protected readonly i18n = inject(I18n);
}
