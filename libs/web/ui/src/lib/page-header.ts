import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's heading block: the single `<h1>`, an optional lead, projected extras (breadcrumbs first). */
@Component({
  selector: 'wk-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-page-header' },
  template: `
    <ng-content select="wk-breadcrumbs" />
    <h1>{{ heading() }}</h1>
    @if (lead()) {
      <p class="wk-page-header__lead">{{ lead() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: var(--space-6);
    }
    .wk-page-header__lead {
      font-size: 1.125em;
      color: var(--color-muted);
      max-width: 40rem;
    }
  `,
})
export class WkPageHeader {
  readonly heading = input.required<string>();
  readonly lead = input<string | null | undefined>(null);
}
