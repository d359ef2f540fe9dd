import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WkTone } from './types';

/** A short status label; the text carries the meaning, the tone only supports it. */
@Component({
  selector: 'wk-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"wk-badge wk-badge--" + tone()' },
  template: `<ng-content />`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: var(--font-size-sm);
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      color: #2c3138;
      background: #eef0f3;
    }
    :host(.wk-badge--info) {
      color: #0a4a85;
      background: var(--color-info-tint);
    }
    :host(.wk-badge--success) {
      color: #175a2b;
      background: var(--color-success-tint);
    }
    :host(.wk-badge--warning) {
      color: #6b4500;
      background: var(--color-warning-tint);
    }
    :host(.wk-badge--danger) {
      color: #9b211a;
      background: var(--color-danger-tint);
    }
  `,
})
export class WkBadge {
  readonly tone = input<WkTone>('neutral');
}
