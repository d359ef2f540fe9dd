import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { I18n } from '@walikota/web-i18n';

export type WkToastTone = 'info' | 'success' | 'error';

export interface WkToast {
  id: number;
  text: string;
  tone: WkToastTone;
  timeoutMs: number;
}

/** Short notices ("Tersimpan.") shown by `<wk-toasts />`; they never take focus. */
@Injectable({ providedIn: 'root' })
export class Toasts {
  private readonly list = signal<readonly WkToast[]>([]);
  readonly items = this.list.asReadonly();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private nextId = 1;
  private paused = false;

  /** Shows a notice; `timeoutMs` 0 keeps it until dismissed. Returns its id. */
  show(text: string, tone: WkToastTone = 'info', timeoutMs = 6000): number {
    const id = this.nextId++;
    this.list.update((items) => [...items, { id, text, tone, timeoutMs }]);
    if (!this.paused) this.schedule(id, timeoutMs);
    return id;
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.list.update((items) => items.filter((item) => item.id !== id));
  }

  /** Holds every timer while the pointer or focus is on the notices (WCAG 2.2.1). */
  pause(): void {
    this.paused = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  resume(): void {
    this.paused = false;
    for (const item of this.list()) this.schedule(item.id, item.timeoutMs);
  }

  private schedule(id: number, timeoutMs: number): void {
    if (timeoutMs > 0)
      this.timers.set(
        id,
        setTimeout(() => this.dismiss(id), timeoutMs),
      );
  }
}

/** Renders the notices in live regions: polite for info/success, role="alert" for errors. Place once. */
@Component({
  selector: 'wk-toasts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'wk-toasts',
    '(mouseenter)': 'toasts.pause()',
    '(mouseleave)': 'toasts.resume()',
    '(focusin)': 'toasts.pause()',
    '(focusout)': 'toasts.resume()',
  },
  template: `
    <div role="alert" class="wk-toasts__region">
      @for (toast of errors(); track toast.id) {
        <ng-container *ngTemplateOutlet="item; context: { $implicit: toast }" />
      }
    </div>
    <div role="status" aria-live="polite" class="wk-toasts__region">
      @for (toast of notices(); track toast.id) {
        <ng-container *ngTemplateOutlet="item; context: { $implicit: toast }" />
      }
    </div>
    <ng-template #item let-toast>
      <div class="wk-toast" [class]="'wk-toast--' + toast.tone">
        <p class="wk-toast__text">
          @if (toast.tone === 'error') {
            <span class="wk-visually-hidden">{{ i18n.t('ui.toast.error') }}</span>
          }
          {{ toast.text }}
        </p>
        <button type="button" class="wk-toast__close" [attr.aria-label]="i18n.t('ui.toast.dismiss')" (click)="dismiss(toast.id)">
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </ng-template>
  `,
  styles: `
    :host {
      position: fixed;
      z-index: 100;
      right: var(--space-4);
      bottom: var(--space-4);
      left: var(--space-4);
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: var(--space-2);
      pointer-events: none;
    }
    .wk-toasts__region {
      display: contents;
    }
    .wk-toast {
      pointer-events: auto;
      display: flex;
      align-items: flex-start;
      gap: var(--space-2);
      width: min(100%, 24rem);
      padding: var(--space-2) var(--space-2) var(--space-2) var(--space-4);
      border-left: 6px solid var(--color-info);
      border-radius: var(--radius);
      background: #1f2328;
      color: #fff;
      box-shadow: var(--shadow);
      animation: wk-toast-in 0.2s ease-out;
    }
    .wk-toast--success {
      border-left-color: #5fbf7a;
    }
    .wk-toast--error {
      border-left-color: #ff7b72;
    }
    .wk-toast__text {
      flex: 1;
      margin: 0;
      padding: 0.625rem 0;
    }
    .wk-toast__close {
      flex: none;
      width: var(--tap);
      height: var(--tap);
      border: 0;
      border-radius: var(--radius);
      background: transparent;
      color: #fff;
      font-size: 1.5rem;
      line-height: 1;
      cursor: pointer;
    }
    .wk-toast__close:hover {
      background: rgb(255 255 255 / 0.15);
    }
    @keyframes wk-toast-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  `,
  imports: [NgTemplateOutlet],
})
export class WkToasts {
  protected readonly toasts = inject(Toasts);
  protected readonly i18n = inject(I18n);
  protected readonly errors = computed(() => this.toasts.items().filter((toast) => toast.tone === 'error'));
  protected readonly notices = computed(() => this.toasts.items().filter((toast) => toast.tone !== 'error'));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.toasts.resume());
  }

  protected dismiss(id: number): void {
    this.toasts.dismiss(id);
    // The focused button is gone, so no focusout will come: let the other timers run again.
    this.toasts.resume();
  }
}
