import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FORUM_FLAG_REASONS, FORUM_MODERATION_LIMITS } from '@walikota/shared-contracts';
import type { ForumContentAction, ForumFlagReason, ForumQueueItemDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField } from '@walikota/web-ui';
import { forumPath, stateTone, threadOf, waitedFor } from './forum-labels';

/**
 * One item of the moderation queue: what it is, where, by whom, the readers' flags and how long
 * it has waited; the acts its state allows (hide with a reason, unhide, approve or reject a held
 * post, dismiss the flags) and a link to sanction its author. Tells the page when an act is done.
 */
@Component({
  selector: 'wk-admin-forum-queue-item',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let it = item();
    <article class="item" [attr.aria-labelledby]="'item-' + it.id">
      <h3 class="item__title" [id]="'item-' + it.id">
        <span class="wk-muted">{{ i18n.t('admin.forum.type.' + it.type) }} ·</span> {{ it.context }}
      </h3>
      <p class="wk-cluster item__badges">
        <wk-badge [tone]="tone()">{{ i18n.t('admin.forum.state.' + it.state) }}</wk-badge>
        @if (it.hiddenByFlags && it.state === 'hidden') {
          <span class="wk-muted">{{ i18n.t('admin.forum.queue.byFlags') }}</span>
        }
        @if (it.watchedWord) {
          <wk-badge tone="warning">{{ i18n.t('admin.forum.queue.watched') }}</wk-badge>
        }
      </p>
      <blockquote class="item__excerpt">{{ it.excerpt }}</blockquote>
      <dl class="item__facts">
        <dt>{{ i18n.t('admin.forum.queue.author') }}</dt>
        <dd>{{ it.authorName ?? i18n.t('admin.forum.queue.unknownAuthor') }}</dd>
        <dt>{{ i18n.t('admin.forum.queue.flags') }}</dt>
        <dd>
          <span data-testid="flag-count">{{ i18n.t('admin.forum.queue.flagCount', { count: it.flagCount }) }}</span>
          @if (it.reasons.length) {
            <ul class="item__reasons">
              @for (r of it.reasons; track r.reason) {
                <li>{{ i18n.t('admin.forum.reason.' + r.reason) }}: {{ r.count }}</li>
              }
            </ul>
          }
        </dd>
        @if (it.details.length) {
          <dt>{{ i18n.t('admin.forum.queue.details') }}</dt>
          <dd>
            <ul class="item__details">
              @for (d of it.details; track $index) {
                <li>{{ d }}</li>
              }
            </ul>
          </dd>
        }
        <dt>{{ i18n.t('admin.forum.queue.waited') }}</dt>
        <dd>
          {{ waited() }} <span class="wk-muted">({{ i18n.t('admin.forum.queue.waitedSince', { date: format.dateTime(it.since) }) }})</span>
        </dd>
      </dl>
      <p class="wk-cluster item__links">
        <a [href]="it.link"
          >{{ i18n.t('admin.forum.queue.open') }}<span class="wk-visually-hidden">: {{ it.context }}</span></a
        >
        @if (threadLink(); as link) {
          <a [routerLink]="link.path" [queryParams]="link.query"
            >{{ i18n.t('admin.forum.queue.thread') }}<span class="wk-visually-hidden">: {{ it.context }}</span></a
          >
        }
        <a [routerLink]="sanctionsPath" [queryParams]="{ userId: it.authorId, name: it.authorName ?? '' }"
          >{{ i18n.t('admin.forum.queue.sanction') }}<span class="wk-visually-hidden">: {{ it.authorName }}</span></a
        >
      </p>

      <div class="wk-cluster item__actions">
        @if (canHide()) {
          <button
            wkButton
            variant="secondary"
            type="button"
            [attr.aria-expanded]="hiding()"
            [attr.aria-controls]="'hide-' + it.id"
            (click)="hiding.set(!hiding())"
          >
            {{ i18n.t('admin.forum.action.hide') }}<span class="wk-visually-hidden">: {{ it.context }}</span>
          </button>
        }
        @for (action of quickActions(); track action) {
          <button
            wkButton
            [variant]="action === 'reject' ? 'danger' : 'secondary'"
            type="button"
            [busy]="busy() === action"
            (click)="act(action)"
          >
            {{ i18n.t('admin.forum.action.' + action) }}<span class="wk-visually-hidden">: {{ it.context }}</span>
          </button>
        }
      </div>
      @if (canHide() && hiding()) {
        <form class="wk-form item__hide" [id]="'hide-' + it.id" novalidate (submit)="$event.preventDefault(); act('hide')">
          <h4 class="item__hide-heading">{{ i18n.t('admin.forum.hide.heading') }}</h4>
          <wk-field [label]="i18n.t('admin.forum.hide.reason')" [error]="errors()['reason']" required>
            <select wkControl [id]="'hide-reason-' + it.id" (change)="reason.set(read($event))">
              <option value="">{{ i18n.t('admin.forum.hide.chooseReason') }}</option>
              @for (r of reasons; track r) {
                <option [value]="r" [selected]="reason() === r">{{ i18n.t('admin.forum.reason.' + r) }}</option>
              }
            </select>
          </wk-field>
          <wk-field
            [label]="i18n.t('admin.forum.hide.details')"
            [hint]="i18n.t('admin.forum.hide.detailsHint')"
            [error]="errors()['details']"
            [max]="limits.reasonDetailsMax"
          >
            <textarea wkControl [id]="'hide-details-' + it.id" rows="3" [value]="details()" (input)="details.set(read($event))"></textarea>
          </wk-field>
          <div class="wk-actions">
            <button wkButton variant="danger" type="submit" [busy]="busy() === 'hide'">{{ i18n.t('admin.forum.hide.submit') }}</button>
            <button wkButton variant="link" type="button" (click)="hiding.set(false)">{{ i18n.t('common.cancel') }}</button>
          </div>
        </form>
      }
      @if (failure(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
    </article>
  `,
  styles: `
    .item {
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .item__title {
      margin: 0 0 var(--space-2);
      overflow-wrap: anywhere;
    }
    .item__badges,
    .item__links,
    .item__actions {
      gap: var(--space-2) var(--space-4);
      margin: var(--space-2) 0;
    }
    .item__excerpt {
      margin: var(--space-3) 0;
      padding-left: var(--space-3);
      border-left: 4px solid var(--color-border-strong);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .item__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--space-2) var(--space-4);
      margin: var(--space-3) 0;
    }
    .item__facts dt {
      font-weight: 600;
    }
    .item__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .item__reasons,
    .item__details {
      margin: var(--space-1) 0 0;
      padding-left: var(--space-5);
    }
    @media (max-width: 30rem) {
      .item__facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
      .item__facts dd {
        margin-bottom: var(--space-2);
      }
    }
    .item__hide {
      margin-top: var(--space-3);
      max-width: 36rem;
    }
    .item__hide-heading {
      margin: 0;
    }
  `,
})
export class ForumQueueItem {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  readonly item = input.required<ForumQueueItemDto>();
  /** The time the page was loaded, for "waited". */
  readonly now = input.required<number>();
  /** An act was taken: the message to announce (the page reloads the queue). */
  readonly done = output<string>();

  protected readonly reasons = FORUM_FLAG_REASONS;
  protected readonly limits = FORUM_MODERATION_LIMITS;
  protected readonly sanctionsPath = forumPath('sanksi');
  protected readonly hiding = signal(false);
  protected readonly reason = signal<ForumFlagReason | ''>('');
  protected readonly details = signal('');
  protected readonly busy = signal<ForumContentAction | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);

  protected readonly tone = computed(() => stateTone(this.item().state));
  protected readonly waited = computed(() => waitedFor(this.item().since, this.now(), (k, p) => this.i18n.t(k, p)));
  /** A moderator hides what shows, or what readers' flags hid (giving it a reason of their own). */
  protected readonly canHide = computed(() => {
    const { state, hiddenByFlags } = this.item();
    return state === 'visible' || (state === 'hidden' && hiddenByFlags);
  });
  protected readonly quickActions = computed<ForumContentAction[]>(() => {
    const it = this.item();
    const actions: ForumContentAction[] = [];
    if (it.state === 'hidden') actions.push('unhide');
    if (it.state === 'pending' && it.type === 'post') actions.push('approve', 'reject');
    if (it.flagCount > 0 || it.watchedWord) actions.push('dismiss_flags');
    return actions;
  });
  protected readonly threadLink = computed(() => {
    const it = this.item();
    const thread = it.type === 'post' ? threadOf(it.link) : null;
    return thread ? { path: forumPath('topik', String(thread.number)), query: { post: it.id } } : null;
  });

  protected read(event: Event): ForumFlagReason {
    return (event.target as HTMLInputElement).value as ForumFlagReason;
  }

  protected async act(action: ForumContentAction): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.errors.set({});
    const reason = this.reason();
    if (action === 'hide' && !reason) {
      this.errors.set({ reason: this.i18n.t('form.required', { field: this.i18n.t('admin.forum.hide.reason') }) });
      return;
    }
    this.busy.set(action);
    try {
      const it = this.item();
      const body = action === 'hide' ? { action, reason: reason || undefined, details: this.details().trim() || undefined } : { action };
      await this.api.moderateForumContent(it.id, it.type, body);
      this.hiding.set(false);
      this.done.emit(this.i18n.t('admin.forum.done.' + action));
    } catch (error) {
      const problem = toApiProblem(error);
      if (action === 'hide' && Object.keys(problem.fields).length) this.errors.set(problem.fields);
      else this.failure.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(null);
    }
  }
}
