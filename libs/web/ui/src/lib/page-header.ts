import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';

/** The page's heading block: the single `<h1>`, an optional lead, projected extras (breadcrumbs first). */
@Component({
  selector: 'wk-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-page-header' },
  template: `
    <ng-content select="wk-breadcrumbs" />
    <h1 #title>{{ heading() }}</h1>
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
  private readonly title = viewChild.required<ElementRef<HTMLHeadingElement>>('title');

  /**
   * Moves focus (and the view) to the heading: for a page whose content was replaced in place,
   * e.g. a form by its outcome, so that people on a phone and screen-reader users start there
   * instead of where the submit button was.
   */
  focus(): void {
    const title = this.title().nativeElement;
    title.tabIndex = -1;
    title.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  }
}
