import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, numberAttribute } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * A card with a heading and projected body. With `link`, the heading's link is stretched over
 * the whole card: one link, no nested interactive content.
 */
@Component({
  selector: 'wk-card',
  imports: [RouterLink, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-card', '[class.wk-card--link]': '!!link()' },
  template: `
    <ng-template #title>
      @if (link(); as link) {
        <a class="wk-card__link" [routerLink]="link">{{ heading() }}</a>
      } @else {
        {{ heading() }}
      }
    </ng-template>
    @switch (headingLevel()) {
      @case (3) {
        <h3 class="wk-card__heading"><ng-container *ngTemplateOutlet="title" /></h3>
      }
      @case (4) {
        <h4 class="wk-card__heading"><ng-container *ngTemplateOutlet="title" /></h4>
      }
      @default {
        <h2 class="wk-card__heading"><ng-container *ngTemplateOutlet="title" /></h2>
      }
    }
    <div class="wk-card__body"><ng-content /></div>
  `,
  styles: `
    :host {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--space-2);
      padding: var(--space-5);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: #fff;
    }
    .wk-card__heading {
      font-size: 1.25em;
      margin: 0;
    }
    .wk-card__link::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: var(--radius);
    }
    .wk-card__link:focus-visible {
      outline: none;
      box-shadow: none;
      text-decoration: none;
      background: var(--color-focus);
      color: #0b0c0c;
    }
    .wk-card__link:focus-visible::after {
      outline: 3px solid var(--color-focus);
      box-shadow: 0 0 0 6px var(--color-focus-ring);
    }
    :host(.wk-card--link:hover) {
      border-color: var(--color-primary);
      box-shadow: var(--shadow);
    }
    :host(.wk-card--link:hover) .wk-card__link {
      text-decoration-thickness: 2px;
    }
    .wk-card__body {
      color: var(--color-muted);
    }
  `,
})
export class WkCard {
  readonly heading = input.required<string>();
  readonly headingLevel = input<2 | 3 | 4, unknown>(2, { transform: (value: unknown) => numberAttribute(value, 2) as 2 | 3 | 4 });
  readonly link = input<string | readonly unknown[] | null | undefined>(null);
}
