import { ChangeDetectionStrategy, Component, ElementRef, inject, input, model, signal, viewChild } from '@angular/core';
import { FORUM_LIMITS } from '@walikota/shared-contracts';
import { API } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkControl, WkField } from '@walikota/web-ui';
import { writeProblem } from '../../data-access/write-problem';
import { ForumProse } from './forum-prose';

/**
 * The Markdown text of a post: a labelled textarea with a one-line help, the character count
 * against the limit, and "Pratinjau", which shows exactly what will be posted (the API renders
 * and sanitises it, `previewForumPost`) in a live region.
 */
@Component({
  selector: 'wk-forum-body-field',
  imports: [WkButton, WkControl, WkField, ForumProse],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-field [label]="label()" [hint]="i18n.t('forums.composer.help')" [error]="error()" required counter [max]="limits.bodyMax">
      <textarea #textarea wkControl [id]="controlId()" name="body" rows="6" [value]="body()" (input)="changed($event)"></textarea>
    </wk-field>
    <p class="wk-actions preview-action">
      <button wkButton variant="secondary" type="button" [busy]="previewing()" (click)="preview()">
        {{ i18n.t('forums.composer.preview') }}
      </button>
    </p>
    <div class="preview-region" aria-live="polite">
      @if (previewHtml(); as html) {
        <section class="preview" [attr.aria-labelledby]="controlId() + '-preview'">
          <p class="preview__label" [id]="controlId() + '-preview'">{{ i18n.t('forums.composer.previewLabel') }}</p>
          <wk-forum-prose [html]="html" />
        </section>
      } @else if (previewMessage(); as message) {
        <p class="wk-muted">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-3);
    }
    textarea {
      width: 100%;
      min-height: 9rem;
    }
    .preview-action {
      margin: 0;
    }
    .preview {
      padding: var(--space-4);
      border: 1px dashed var(--color-border-strong);
      border-radius: var(--radius);
    }
    .preview__label {
      margin: 0 0 var(--space-2);
      font-weight: 600;
    }
  `,
})
export class ForumBodyField {
  /** Two-way: `[(body)]`. */
  readonly body = model('');
  readonly label = input.required<string>();
  readonly error = input<string | null>(null);
  /** The textarea's id (for the error summary and tests). */
  readonly controlId = input('field-body');

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly limits = FORUM_LIMITS;
  protected readonly previewing = signal(false);
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly previewMessage = signal<string | null>(null);
  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');

  focus(): void {
    this.textarea().nativeElement.focus();
  }

  /** Clears the preview (after sending). */
  reset(): void {
    this.previewHtml.set(null);
    this.previewMessage.set(null);
  }

  protected changed(event: Event): void {
    this.body.set((event.target as HTMLTextAreaElement).value);
  }

  protected async preview(): Promise<void> {
    const body = this.body().trim();
    this.previewHtml.set(null);
    if (!body) {
      this.previewMessage.set(this.i18n.t('forums.composer.previewEmpty'));
      return;
    }
    this.previewing.set(true);
    this.previewMessage.set(null);
    try {
      const result = await this.api.previewForumPost({ body });
      this.previewHtml.set(result.html);
    } catch (error) {
      this.previewMessage.set(writeProblem(error, this.i18n).general);
    } finally {
      this.previewing.set(false);
    }
  }
}
