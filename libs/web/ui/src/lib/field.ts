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
  signal,
} from '@angular/core';
import { NgControl } from '@angular/forms';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { wkId } from './types';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

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
      <p class="wk-field__counter" [class.wk-field__counter--near]="near()" [id]="counterId">{{ text }}</p>
    }
    @if (counter()) {
      <!-- Present from the start so that screen readers notice changes; filled only near the limit. -->
      <p class="wk-visually-hidden" aria-live="polite">{{ near() ? counterText() : '' }}</p>
    }
  `,
})
export class WkField {
  readonly label = input.required<string>();
  readonly hint = input<string | null | undefined>(null);
  readonly error = input<string | null | undefined>(null);
  readonly required = input(false, { transform: booleanAttribute });
  /** Shows "12 / 2000 karakter" when the control has a maxlength. */
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
  private readonly max = signal<number | null>(null);
  protected readonly near = computed(() => {
    const max = this.max();
    return max !== null && this.counter() && max - this.length() <= Math.max(10, Math.floor(max * 0.1));
  });
  protected readonly counterText = computed(() => {
    const max = this.max();
    if (!this.counter() || max === null) return '';
    const format = numberFormat(this.i18n.locale());
    return this.i18n.t('ui.counter', { count: format.format(this.length()), max: format.format(max) });
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
  measure(length: number, max: number | null): void {
    this.length.set(length);
    this.max.set(max);
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
    if (!this.field?.counter()) return;
    const max = Number(this.element.getAttribute('maxlength'));
    this.field.measure(this.element.value.length, max > 0 ? max : null);
  }

  private afterRender(): void {
    this.measure();
    const changes = this.ngControl?.valueChanges;
    if (!this.subscribed && changes && this.field?.counter()) {
      this.subscribed = true;
      const subscription = changes.subscribe(() => this.measure());
      this.injector.get(DestroyRef).onDestroy(() => subscription.unsubscribe());
    }
  }
}
