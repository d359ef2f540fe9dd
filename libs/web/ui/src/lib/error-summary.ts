import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { WkErrorItem, wkId } from './types';

/**
 * GOV.UK-style error summary. Takes focus when it appears (so screen readers read it out);
 * each message links to its field, and following the link focuses the field.
 */
@Component({
  selector: 'wk-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length) {
      <div #box class="wk-error-summary" tabindex="-1" role="alert" [attr.aria-labelledby]="titleId">
        <h2 class="wk-error-summary__title" [id]="titleId">{{ i18n.t('ui.errorSummary.title') }}</h2>
        <ul class="wk-error-summary__list">
          @for (error of errors(); track $index) {
            <li>
              @if (error.fieldId) {
                <a [href]="'#' + error.fieldId" (click)="follow($event, error.fieldId)">{{ error.message }}</a>
              } @else {
                {{ error.message }}
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .wk-error-summary {
      border: 4px solid var(--color-danger);
      border-radius: var(--radius);
      padding: var(--space-4) var(--space-5);
      margin-bottom: var(--space-5);
      background: #fff;
    }
    .wk-error-summary__title {
      font-size: 1.25em;
      margin-bottom: var(--space-3);
    }
    .wk-error-summary__list {
      margin: 0;
      padding-left: 1.25rem;
    }
    .wk-error-summary__list li + li {
      margin-top: var(--space-2);
    }
    .wk-error-summary__list a {
      color: var(--color-danger);
      font-weight: 600;
    }
  `,
})
export class WkErrorSummary {
  readonly errors = input<readonly WkErrorItem[]>([]);

  protected readonly i18n = inject(I18n);
  protected readonly titleId = wkId('error-summary');
  private readonly document = inject(DOCUMENT);
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  private focused: ElementRef<HTMLElement> | undefined;

  constructor() {
    // Focus once each time the box appears; later edits of the list leave focus with the user.
    afterRenderEffect(() => {
      const box = this.box();
      if (box && box !== this.focused) box.nativeElement.focus();
      this.focused = box;
    });
  }

  /** Moves focus to the summary again (e.g. after another failed submit). */
  focus(): void {
    this.box()?.nativeElement.focus();
  }

  protected follow(event: Event, fieldId: string): void {
    const field = this.document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Keep the label in view above the control, as GOV.UK does.
    const label = this.document.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`);
    const legend = field.closest('fieldset')?.querySelector('legend');
    (legend ?? label ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }
}
