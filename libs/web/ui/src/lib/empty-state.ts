import { ChangeDetectionStrategy, Component, input, numberAttribute } from '@angular/core';

/** What a list shows when it has nothing yet: a heading, a sentence, projected actions. */
@Component({
  selector: 'wk-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-empty-state' },
  template: `
    @switch (headingLevel()) {
      @case (3) {
        <h3 class="wk-empty-state__heading">{{ heading() }}</h3>
      }
      @case (4) {
        <h4 class="wk-empty-state__heading">{{ heading() }}</h4>
      }
      @default {
        <h2 class="wk-empty-state__heading">{{ heading() }}</h2>
      }
    }
    @if (text()) {
      <p class="wk-empty-state__text">{{ text() }}</p>
    }
    <div class="wk-empty-state__body wk-actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: block;
      padding: var(--space-6) var(--space-5);
      border: 2px dashed var(--color-border);
      border-radius: var(--radius);
      text-align: center;
      background: var(--color-surface);
    }
    .wk-empty-state__heading {
      font-size: 1.25em;
    }
    .wk-empty-state__text {
      color: var(--color-muted);
      max-width: 32rem;
      margin-inline: auto;
    }
    .wk-empty-state__body {
      justify-content: center;
    }
    .wk-empty-state__body:empty {
      display: none;
    }
  `,
})
export class WkEmptyState {
  readonly heading = input.required<string>();
  readonly text = input<string | null | undefined>(null);
  readonly headingLevel = input<2 | 3 | 4, unknown>(2, { transform: (value: unknown) => numberAttribute(value, 2) as 2 | 3 | 4 });
}
