import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import type { ForumPostDto } from '@walikota/shared-contracts';
import { API } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';
import { writeProblem } from '../../data-access/write-problem';
import { ForumBodyField } from '../shared/body-field';

/** The reply form under a thread: the quoted post (removable), the text with its preview, and sending. */
@Component({
  selector: 'wk-forum-reply-composer',
  imports: [WkAlert, WkButton, ForumBodyField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading">{{ i18n.t('forums.composer.heading') }}</h2>
      <form class="wk-form" (submit)="$event.preventDefault(); send()" novalidate>
        @if (quote(); as q) {
          <div class="composer__quote">
            <p>{{ i18n.t('forums.composer.quoting', { number: q.number, name: labels.author(q.authorName) }) }}</p>
            <button wkButton variant="link" type="button" (click)="removeQuote.emit()">{{ i18n.t('forums.composer.removeQuote') }}</button>
          </div>
        }
        <wk-forum-body-field [label]="i18n.t('forums.field.reply')" controlId="field-reply" [error]="bodyError()" [(body)]="body" />
        @if (general(); as message) {
          <wk-alert tone="danger">{{ message }}</wk-alert>
        }
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="busy()">{{ i18n.t('forums.composer.submit') }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .composer {
      margin-top: var(--space-6);
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .composer h2 {
      margin-top: 0;
      font-size: 1.25em;
    }
    .composer__quote {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-4);
      padding: var(--space-2) var(--space-3);
      border-left: 4px solid var(--color-border-strong);
      background: var(--color-surface);
    }
    .composer__quote p {
      margin: 0;
    }
  `,
})
export class ForumReplyComposer {
  readonly threadNumber = input.required<number>();
  readonly quote = input<ForumPostDto | null>(null);
  readonly removeQuote = output<void>();
  /** The new post, as the API answered it. */
  readonly posted = output<ForumPostDto>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  private readonly field = viewChild.required(ForumBodyField);
  protected readonly body = signal('');
  protected readonly busy = signal(false);
  protected readonly bodyError = signal<string | null>(null);
  protected readonly general = signal<string | null>(null);

  /** Moves focus to the text (after "Kutip"). */
  focus(): void {
    this.field().focus();
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.general.set(null);
    if (!this.body().trim()) {
      this.bodyError.set(this.i18n.t('form.required', { field: this.i18n.t('forums.field.reply') }));
      this.field().focus();
      return;
    }
    this.bodyError.set(null);
    this.busy.set(true);
    try {
      const quote = this.quote();
      const result = await this.api.replyToForumThread(this.threadNumber(), {
        body: this.body(),
        ...(quote ? { quotePostId: quote.id } : {}),
      });
      this.body.set('');
      this.field().reset();
      this.posted.emit(result.post);
    } catch (error) {
      const problem = writeProblem(error, this.i18n, ['body']);
      this.bodyError.set(problem.fields['body'] ?? null);
      this.general.set(problem.general);
      if (problem.fields['body']) this.field().focus();
    } finally {
      this.busy.set(false);
    }
  }
}
