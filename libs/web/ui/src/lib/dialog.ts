import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Directive, ElementRef, effect, inject, input, model, output, viewChild } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { wkId } from './types';

/** Marks the dialog's action row: `<div wkDialogActions>…buttons…</div>`. */
@Directive({ selector: '[wkDialogActions]', host: { class: 'wk-actions wk-dialog__actions' } })
export class WkDialogActions {}

/**
 * A modal dialog on the native `<dialog>` (`showModal()`: focus moves in, the page behind is
 * inert, Escape closes). Labelled by its heading; focus returns to the opener on close.
 */
@Component({
  selector: 'wk-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="wk-dialog" [attr.aria-labelledby]="headingId" (close)="onClosed()" (click)="onBackdrop($event)">
      <div class="wk-dialog__inner">
        <div class="wk-dialog__header">
          <h2 class="wk-dialog__heading" [id]="headingId">{{ heading() }}</h2>
          <button type="button" class="wk-btn wk-btn--link wk-dialog__close" (click)="close()">{{ i18n.t('ui.close') }}</button>
        </div>
        <div class="wk-dialog__body"><ng-content /></div>
        <ng-content select="[wkDialogActions]" />
      </div>
    </dialog>
  `,
  styles: `
    .wk-dialog {
      width: min(36rem, calc(100vw - 2rem));
      max-height: calc(100dvh - 2rem);
      padding: 0;
      border: 0;
      border-radius: var(--radius);
      box-shadow: var(--shadow);
      color: var(--color-text);
    }
    .wk-dialog::backdrop {
      background: rgb(11 12 12 / 0.6);
    }
    .wk-dialog__inner {
      padding: var(--space-5);
    }
    .wk-dialog__header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-3);
      margin-bottom: var(--space-3);
    }
    .wk-dialog__heading {
      font-size: 1.375em;
      margin: 0.4rem 0 0;
    }
    .wk-dialog__close {
      flex: none;
      margin: 0 calc(-1 * var(--space-2)) 0 0;
    }
  `,
})
export class WkDialog {
  /** Two-way: `[(open)]`. */
  readonly open = model(false);
  readonly heading = input.required<string>();
  /** Emitted whenever the dialog closes (close button, Escape, backdrop or `open` set to false). */
  readonly closed = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly headingId = wkId('dialog');
  private readonly document = inject(DOCUMENT);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.open() && !dialog.open) {
        this.opener = this.document.activeElement instanceof HTMLElement ? this.document.activeElement : null;
        dialog.showModal();
      } else if (!this.open() && dialog.open) {
        dialog.close();
      }
    });
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected onClosed(): void {
    this.open.set(false);
    this.closed.emit();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** A click on the dialog element itself (not its content) is a click on the backdrop. */
  protected onBackdrop(event: MouseEvent): void {
    if (event.target === this.dialog().nativeElement) this.close();
  }
}
