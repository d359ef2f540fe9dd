import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18n } from '@walikota/web-i18n';

/** A message box. Only `danger` is an interrupting alert; the tone is also spelled out for screen readers. */
@Component({
  selector: 'wk-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"wk-alert wk-alert--" + tone()', '[attr.role]': 'tone() === "danger" ? "alert" : null' },
  template: `
    @if (heading()) {
      <p class="wk-alert__heading">
        <span class="wk-visually-hidden">{{ i18n.t('ui.alert.' + tone()) }}</span> {{ heading() }}
      </p>
    } @else {
      <span class="wk-visually-hidden">{{ i18n.t('ui.alert.' + tone()) }}</span>
    }
    <div class="wk-alert__body"><ng-content /></div>
  `,
  styles: `
    :host {
      display: block;
      border: 1px solid var(--color-info);
      border-left-width: 6px;
      border-radius: var(--radius);
      padding: var(--space-3) var(--space-4);
      background: var(--color-info-tint);
      color: var(--color-text);
    }
    :host(.wk-alert--success) {
      border-color: var(--color-success);
      background: var(--color-success-tint);
    }
    :host(.wk-alert--warning) {
      border-color: #a86b00;
      background: var(--color-warning-tint);
    }
    :host(.wk-alert--danger) {
      border-color: var(--color-danger);
      background: var(--color-danger-tint);
    }
    .wk-alert__heading {
      font-weight: 700;
      font-size: 1.0625em;
      margin: 0 0 var(--space-1);
    }
  `,
})
export class WkAlert {
  readonly tone = input<'info' | 'success' | 'warning' | 'danger'>('info');
  readonly heading = input<string | null | undefined>(null);
  protected readonly i18n = inject(I18n);
}
