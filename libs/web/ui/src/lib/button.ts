import { DestroyRef, Directive, ElementRef, booleanAttribute, computed, inject, input } from '@angular/core';

/**
 * `<button wkButton>` / `<a wkButton>`: the design system's button. `busy` marks it aria-busy and
 * aria-disabled, shows a spinner and swallows clicks (and so form submits) until the work is done.
 * It is not made natively `disabled` while busy, so keyboard focus stays on it.
 */
@Directive({
  selector: 'button[wkButton], a[wkButton]',
  host: {
    '[class]': 'classes()',
    '[attr.aria-busy]': 'busy() ? "true" : null',
    '[attr.disabled]': 'isButton && disabled() ? "" : null',
    '[attr.aria-disabled]': 'busy() || (!isButton && disabled()) ? "true" : null',
  },
})
export class WkButton {
  readonly variant = input<'primary' | 'secondary' | 'danger' | 'link'>('primary');
  readonly busy = input(false, { transform: booleanAttribute });
  /** Takes over the native `disabled` (on links it becomes aria-disabled and blocks clicks). */
  readonly disabled = input(false, { transform: booleanAttribute });

  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly isButton = this.element.tagName === 'BUTTON';
  protected readonly classes = computed(() => {
    const variant = this.variant();
    return ['wk-btn', variant === 'primary' ? '' : `wk-btn--${variant}`, this.busy() ? 'wk-btn--busy' : ''].filter(Boolean).join(' ');
  });

  constructor() {
    // A capture listener on the element runs before the template's (click) handlers.
    const block = (event: Event) => {
      if (this.busy() || (!this.isButton && this.disabled())) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    this.element.addEventListener('click', block, true);
    inject(DestroyRef).onDestroy(() => this.element.removeEventListener('click', block, true));
  }
}
