import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Directive,
  ElementRef,
  Injector,
  afterEveryRender,
  booleanAttribute,
  computed,
  inject,
  input,
  numberAttribute,
  signal,
} from '@angular/core';
import { NgControl } from '@angular/forms';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { wkId } from './types';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A positive whole number from a binding or an attribute; anything else is no limit. */
function optionalCount(value: unknown): number | null {
  const count = numberAttribute(value, NaN);
  return Number.isInteger(count) && count > 0 ? count : null;
}

/**
 * A labelled form field: label, hint, error and (optionally) a character counter around one
 * projected `wkControl`. The control gets the id and the aria wiring from here.
 */
@Component({
  selector: 'wk-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-field', '[class.wk-field--error]': '!!error()' },
  template: `
    <label class="wk-field__label" [for]="controlId()"
      >{{ label() }}
      @if (required()) {
        <span class="wk-field__marker">{{ i18n.t('ui.required') }}</span>
      }
    </label>
    @if (hint()) {
      <p class="wk-field__hint" [id]="hintId">{{ hint() }}</p>
    }
    @if (error()) {
      <p class="wk-field__error" [id]="errorId">
        <span class="wk-visually-hidden">{{ i18n.t('ui.error.prefix') }}</span> {{ error() }}
      </p>
    }
    <ng-content />
    @if (counterText(); as text) {
      <p class="wk-field__counter" [class.wk-field__counter--near]="near()" [class.wk-field__counter--over]="over()" [id]="counterId">
        {{ text }}
      </p>
    }
    @if (max() !== null) {
      <!-- Present from the start so that screen readers notice changes; filled only near and over the limit. -->
      <p class="wk-visually-hidden" aria-live="polite">{{ near() ? counterText() : '' }}</p>
    }
  `,
})
export class WkField {
  readonly label = input.required<string>();
  readonly hint = input<string | null | undefined>(null);
  readonly error = input<string | null | undefined>(null);
  readonly required = input(false, { transform: booleanAttribute });
  /**
   * The most characters the value may have: the same number as the form's `Validators.maxLength`.
   * Never put `maxlength` on the control itself: the browser silently drops whatever is typed or
   * pasted past it. Here the text stays whole, the counter shows how far over it is, and the
   * validator refuses it with a message.
   */
  readonly max = input<number | null, unknown>(null, { transform: optionalCount });
  /** Shows "12 / 2000 karakter" all the time; without it the counter appears only near and over `max`. */
  readonly counter = input(false, { transform: booleanAttribute });

  protected readonly i18n = inject(I18n);
  private readonly autoId = wkId('field');
  readonly hintId = `${this.autoId}-hint`;
  readonly errorId = `${this.autoId}-error`;
  readonly counterId = `${this.autoId}-counter`;

  private readonly control = signal<WkControl | null>(null);
  /** The control's own id if it was given one, else a generated one. */
  readonly controlId = computed(() => this.control()?.id() || this.autoId);

  private readonly length = signal(0);
  protected readonly near = computed(() => {
    const max = this.max();
    return max !== null && max - this.length() <= Math.max(10, Math.floor(max * 0.1));
  });
  protected readonly over = computed(() => {
    const max = this.max();
    return max !== null && this.length() > max;
  });
  protected readonly counterText = computed(() => {
    const max = this.max();
    if (max === null || (!this.counter() && !this.near())) return '';
    const format = numberFormat(this.i18n.locale());
    const count = format.format(this.length());
    return this.over()
      ? this.i18n.t('ui.counter.over', { count, max: format.format(max), over: format.format(this.length() - max) })
      : this.i18n.t('ui.counter', { count, max: format.format(max) });
  });

  /** The ids the control should be described by: hint, error, counter. */
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId : '', this.error() ? this.errorId : '', this.counterText() ? this.counterId : ''];
    return ids.filter(Boolean).join(' ') || null;
  });

  /** @internal */
  register(control: WkControl | null): void {
    this.control.set(control);
  }

  /** @internal */
  measure(length: number): void {
    this.length.set(length);
  }
}

/**
 * Marks the input, select or textarea inside a `wk-field`. Sets only attributes (id, aria-*),
 * so it sits beside `formControlName` / `ngModel` without touching the value accessor.
 */
@Directive({
  selector: 'input[wkControl], select[wkControl], textarea[wkControl]',
  host: {
    class: 'wk-control',
    '[attr.id]': 'field ? field.controlId() : id() || null',
    '[attr.aria-describedby]': 'field?.describedBy() ?? null',
    '[attr.aria-invalid]': 'field?.error() ? "true" : null',
    '[attr.aria-required]': 'field?.required() ? "true" : null',
    '(input)': 'measure()',
  },
})
export class WkControl {
  /** An explicit id (e.g. for error-summary links); otherwise the field generates one. */
  readonly id = input<string>('');

  protected readonly field = inject(WkField, { optional: true });
  private readonly element = inject<ElementRef<Control>>(ElementRef).nativeElement;
  private readonly ngControl = inject(NgControl, { optional: true, self: true });
  private readonly injector = inject(Injector);
  private subscribed = false;

  constructor() {
    const field = this.field;
    if (!field) return;
    field.register(this);
    inject(DestroyRef).onDestroy(() => field.register(null));
    // Values also arrive from forms, [value] bindings and resets, not only from typing.
    afterEveryRender({ read: () => this.afterRender() }, { injector: this.injector });
  }

  protected measure(): void {
    if (this.field?.max() === null) return;
    this.field?.measure(this.element.value.length);
  }

  private afterRender(): void {
    this.measure();
    const changes = this.ngControl?.valueChanges;
    if (!this.subscribed && changes && this.field?.max() !== null) {
      this.subscribed = true;
      const subscription = changes.subscribe(() => this.measure());
      this.injector.get(DestroyRef).onDestroy(() => subscription.unsubscribe());
    }
  }
}
