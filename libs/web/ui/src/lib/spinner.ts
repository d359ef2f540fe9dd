import { ChangeDetectionStrategy, Component, booleanAttribute, inject, input } from '@angular/core';
import { I18n } from '@walikota/web-i18n';

/** A small spinning ring with a status message ("Memuat…" unless `label` is given). */
@Component({
  selector: 'wk-spinner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-spinner', role: 'status' },
  template: `
    <span class="wk-spinner__circle" aria-hidden="true"></span>
    <span [class.wk-visually-hidden]="!showLabel()">{{ label() || i18n.t('ui.loading') }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      color: var(--color-primary);
    }
    :host > span:last-child {
      color: var(--color-text);
    }
  `,
})
export class WkSpinner {
  readonly label = input<string | null | undefined>(null);
  /** Shows the label next to the ring instead of only to screen readers. */
  readonly showLabel = input(false, { transform: booleanAttribute });
  protected readonly i18n = inject(I18n);
}
