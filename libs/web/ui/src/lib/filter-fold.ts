import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { WkButton } from './button';

let nextId = 0;

/**
 * The less-used fields of a filter form. On a wide screen they simply take their place in the
 * form's grid (the fold adds no box of its own); on a phone they fold behind a button that says
 * how many of them are applied, so the list comes first.
 *
 *   <wk-filter-fold [count]="appliedBesidesSearch()"> …fields… </wk-filter-fold>
 */
@Component({
  selector: 'wk-filter-fold',
  imports: [WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="wk-filter-fold__toggle">
      <button
        wkButton
        variant="secondary"
        type="button"
        [attr.aria-controls]="id"
        [attr.aria-expanded]="open()"
        (click)="open.set(!open())"
      >
        {{ count() ? i18n.t('ui.filters.moreActive', { count: count() }) : i18n.t('ui.filters.more') }}
      </button>
    </p>
    <div [id]="id" class="wk-filter-fold__body" [class.wk-filter-fold__body--open]="open()">
      <ng-content />
    </div>
  `,
  styles: `
    :host,
    .wk-filter-fold__body {
      display: contents;
    }
    .wk-filter-fold__toggle {
      display: none;
      grid-column: 1 / -1;
      margin: 0;
    }
    @media (max-width: 40rem) {
      .wk-filter-fold__toggle {
        display: block;
      }
      .wk-filter-fold__body:not(.wk-filter-fold__body--open) {
        display: none;
      }
    }
  `,
})
export class WkFilterFold {
  /** How many of the folded filters are applied (said on the button). */
  readonly count = input(0);
  protected readonly i18n = inject(I18n);
  protected readonly open = signal(false);
  protected readonly id = `wk-filter-fold-${nextId++}`;
}
