import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input } from '@angular/core';
import { WkAlert } from '@walikota/web-ui';

/**
 * The outcome of the last act on a page, in a live region that is there from the start (so screen
 * readers announce what comes into it). `focus()` brings people to it when the button they used
 * is gone (the item left the list).
 */
@Component({
  selector: 'wk-admin-forum-status',
  imports: [WkAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', tabindex: '-1', class: 'forum-status' },
  template: `
    @if (message()) {
      <wk-alert tone="success">{{ message() }}</wk-alert>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    wk-alert {
      margin-bottom: var(--space-4);
    }
    :host(:focus) {
      outline: none;
    }
  `,
})
export class ForumStatus {
  readonly message = input<string | null>(null);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Focuses the message once it is on screen. */
  focus(): void {
    afterNextRender({ write: () => this.element.focus({ preventScroll: false }) }, { injector: this.injector });
  }
}
