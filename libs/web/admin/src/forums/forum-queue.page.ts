import { ChangeDetectionStrategy, Component, computed, inject, resource, signal, viewChild } from '@angular/core';
import { API, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { ForumNav } from './forum-nav';
import { ForumQueueItem } from './forum-queue-item';
import { ForumStatus } from './forum-status';

/**
 * `/admin/forum`: the moderation queue — flagged posts and questions (most flags first, then the
 * longest wait) and posts held for approval, each with the acts its state allows.
 */
@Component({
  selector: 'wk-admin-forum-queue-page',
  imports: [WkAlert, WkPageHeader, WkSkeleton, ForumNav, ForumQueueItem, ForumStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.forum.title.queue')" [lead]="i18n.t('admin.forum.queue.lead')">
      <wk-admin-forum-nav />
    </wk-page-header>
    <wk-admin-forum-status [message]="done()" />
    @if (queue.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        {{ i18n.t('admin.forum.queue.heading') }}
        @if (queue.hasValue()) {
          <span class="wk-muted queue-total">({{ i18n.t('admin.forum.queue.total', { count: queue.value().total }) }})</span>
        }
      </h2>
      @if (queue.isLoading() && !queue.hasValue()) {
        <wk-skeleton [lines]="6" />
      } @else if (items().length) {
        <ol class="queue" [attr.aria-busy]="queue.isLoading()">
          @for (item of items(); track item.type + item.id) {
            <li><wk-admin-forum-queue-item [item]="item" [now]="now()" (done)="acted($event)" /></li>
          }
        </ol>
      } @else if (queue.hasValue()) {
        <p>{{ i18n.t('admin.forum.queue.empty') }}</p>
      }
    </section>
  `,
  styles: `
    .queue-total {
      font-size: 0.75em;
      font-weight: 400;
    }
    .queue {
      display: grid;
      gap: var(--space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class ForumQueuePage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly status = viewChild.required(ForumStatus);
  protected readonly queue = resource({ loader: () => this.api.getForumModerationQueue() });
  protected readonly items = computed(() => (this.queue.hasValue() ? this.queue.value().items : []));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.queue.error()), this.i18n));
  protected readonly now = signal(Date.now());
  protected readonly done = signal<string | null>(null);

  /** Announces the act and reloads: the item leaves the queue or shows its new state. Focus goes to the message, as the button may be gone. */
  protected acted(message: string): void {
    this.done.set(message);
    this.now.set(Date.now());
    this.queue.reload();
    this.status().focus();
  }
}
