import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal, viewChild } from '@angular/core';
import { FORUM_MODERATION_LIMITS } from '@walikota/shared-contracts';
import type { ForumThreadAction, ForumThreadActionDto, ForumThreadDetailDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { forumPath } from './forum-labels';
import { ForumRevisions } from './forum-revisions';
import { ForumStatus } from './forum-status';

/**
 * `/admin/forum/topik/<number>`: a thread's moderation — its state; lock (with a reason shown on
 * the thread) or unlock, pin or unpin, move, slow mode; and the edit history of its first post
 * and of the post the queue pointed at (`?post=<id>`).
 */
@Component({
  selector: 'wk-admin-forum-thread-page',
  imports: [WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton, ForumRevisions, ForumStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-breadcrumbs [items]="crumbs()" />
    @if (thread.isLoading() && !thread.hasValue()) {
      <wk-skeleton [lines]="8" />
    } @else if (value(); as t) {
      <wk-page-header [heading]="t.title ?? i18n.t('admin.forum.thread.hiddenTitle', { number: t.number })">
        <p class="wk-cluster meta">
          <wk-badge [tone]="t.locked ? 'warning' : 'success'">{{
            i18n.t(t.locked ? 'admin.forum.thread.locked' : 'admin.forum.thread.open')
          }}</wk-badge>
          @if (t.pinned) {
            <wk-badge tone="info">{{ i18n.t('admin.forum.thread.pinned') }}</wk-badge>
          }
          @if (t.hidden) {
            <wk-badge tone="danger">{{ i18n.t('admin.forum.state.hidden') }}</wk-badge>
          }
        </p>
      </wk-page-header>
      <wk-admin-forum-status [message]="done()" />
      @if (failure(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <section aria-labelledby="thread-facts">
        <h2 id="thread-facts" class="wk-visually-hidden">{{ i18n.t('admin.forum.thread.facts') }}</h2>
        <dl class="facts">
          <dt>{{ i18n.t('admin.forum.thread.category') }}</dt>
          <dd>{{ t.categoryName }}</dd>
          <dt>{{ i18n.t('admin.forum.thread.author') }}</dt>
          <dd>{{ t.authorName ?? '—' }}</dd>
          <dt>{{ i18n.t('admin.forum.thread.posts') }}</dt>
          <dd>{{ t.postCount }}</dd>
          @if (t.locked && t.lockReason) {
            <dt>{{ i18n.t('admin.forum.thread.locked') }}</dt>
            <dd data-testid="lock-reason">{{ t.lockReason }}</dd>
          }
          @if (t.hidden) {
            <dt>{{ i18n.t('admin.forum.state.hidden') }}</dt>
            <dd>{{ t.hidden.label }}{{ t.hidden.details ? ' — ' + t.hidden.details : '' }}</dd>
          }
          @if (t.slowModeMinutes > 0) {
            <dt>{{ i18n.t('admin.forum.thread.slow.heading') }}</dt>
            <dd>{{ i18n.t('admin.forum.thread.slowMode', { minutes: t.slowModeMinutes }) }}</dd>
          }
        </dl>
        <p>
          <a [href]="'/forum/t/' + t.number">{{ i18n.t('admin.forum.thread.publicPage') }}</a>
        </p>
      </section>

      <div class="panels">
        <section class="panel" aria-labelledby="lock-heading">
          <h2 id="lock-heading">{{ i18n.t('admin.forum.thread.lock.heading') }}</h2>
          @if (t.locked) {
            <button wkButton variant="secondary" type="button" [busy]="busy() === 'unlock'" (click)="act({ action: 'unlock' })">
              {{ i18n.t('admin.forum.thread.unlock.submit') }}
            </button>
          } @else {
            <form class="wk-form" novalidate (submit)="$event.preventDefault(); lock()">
              <wk-field
                [label]="i18n.t('admin.forum.thread.lock.reason')"
                [hint]="i18n.t('admin.forum.thread.lock.reasonHint')"
                [error]="errors()['reason']"
                [max]="500"
                required
              >
                <textarea
                  wkControl
                  id="thread-lock-reason"
                  rows="2"
                  [value]="lockReason()"
                  (input)="lockReason.set(read($event))"
                ></textarea>
              </wk-field>
              <div class="wk-actions">
                <button wkButton variant="danger" type="submit" [busy]="busy() === 'lock'">
                  {{ i18n.t('admin.forum.thread.lock.submit') }}
                </button>
              </div>
            </form>
          }
          <p class="pin">
            <button
              wkButton
              variant="secondary"
              type="button"
              [busy]="busy() === 'pin' || busy() === 'unpin'"
              (click)="act({ action: t.pinned ? 'unpin' : 'pin' })"
            >
              {{ i18n.t(t.pinned ? 'admin.forum.thread.unpin.submit' : 'admin.forum.thread.pin.submit') }}
            </button>
          </p>
        </section>

        <section class="panel" aria-labelledby="move-heading">
          <h2 id="move-heading">{{ i18n.t('admin.forum.thread.move.heading') }}</h2>
          <form class="wk-form" novalidate (submit)="$event.preventDefault(); move()">
            <wk-field [label]="i18n.t('admin.forum.thread.move.category')" [error]="errors()['categoryId']" required>
              <select wkControl id="thread-category" (change)="categoryId.set(read($event))">
                @for (c of categories.value() ?? []; track c.id) {
                  <option [value]="c.id" [selected]="c.id === (categoryId() || t.categoryId)">{{ c.name }}</option>
                }
              </select>
            </wk-field>
            <div class="wk-actions">
              <button wkButton variant="secondary" type="submit" [busy]="busy() === 'move'">
                {{ i18n.t('admin.forum.thread.move.submit') }}
              </button>
            </div>
          </form>
        </section>

        <section class="panel" aria-labelledby="slow-heading">
          <h2 id="slow-heading">{{ i18n.t('admin.forum.thread.slow.heading') }}</h2>
          <form class="wk-form" novalidate (submit)="$event.preventDefault(); slowMode()">
            <wk-field
              [label]="i18n.t('admin.forum.thread.slow.minutes')"
              [hint]="i18n.t('admin.forum.thread.slow.hint')"
              [error]="errors()['minutes']"
              required
            >
              <input
                wkControl
                id="thread-minutes"
                type="number"
                inputmode="numeric"
                min="0"
                [max]="limits.slowModeMinutesMax"
                [value]="minutes() ?? t.slowModeMinutes"
                (input)="minutes.set(read($event))"
              />
            </wk-field>
            <div class="wk-actions">
              <button wkButton variant="secondary" type="submit" [busy]="busy() === 'slow_mode'">
                {{ i18n.t('admin.forum.thread.slow.submit') }}
              </button>
            </div>
          </form>
        </section>
      </div>

      <section class="history" aria-labelledby="history-heading">
        <h2 id="history-heading">{{ i18n.t('admin.forum.revisions.heading') }}</h2>
        @if (firstPostId(); as id) {
          <wk-admin-forum-revisions [postId]="id" [heading]="i18n.t('admin.forum.revisions.firstPost')" />
        }
        @if (post() && post() !== firstPostId()) {
          <wk-admin-forum-revisions [postId]="post()!" [heading]="i18n.t('admin.forum.revisions.post')" />
        }
      </section>
    } @else if (thread.error()) {
      <wk-page-header [heading]="i18n.t('admin.forum.title.thread')" />
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
  `,
  styles: `
    .meta {
      gap: var(--space-2);
      margin: 0;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--space-2) var(--space-5);
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
    }
    .panels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: var(--space-4);
      margin-top: var(--space-5);
    }
    .panel {
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .panel h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .pin {
      margin: var(--space-4) 0 0;
    }
    .history {
      margin-top: var(--space-6);
      max-width: 50rem;
    }
  `,
})
export class ForumThreadPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly limits = FORUM_MODERATION_LIMITS;
  readonly number = input.required<string>();
  /** The post the queue pointed at. */
  readonly post = input<string | undefined>();
  private readonly status = viewChild(ForumStatus);

  protected readonly thread = resource<ForumThreadDetailDto, number>({
    params: () => Number(this.number()),
    loader: ({ params }) => this.api.getForumThread(params),
  });
  protected readonly value = computed(() => (this.thread.hasValue() ? this.thread.value() : null));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.thread.error()), this.i18n));
  private readonly firstPost = resource({
    params: () => Number(this.number()),
    loader: ({ params }) => this.api.listForumPosts(params, { limit: 1 }),
  });
  protected readonly firstPostId = computed(() => (this.firstPost.hasValue() ? (this.firstPost.value().items[0]?.id ?? null) : null));
  /** Moving is to an active category: the public list is those. */
  protected readonly categories = resource({ loader: () => this.api.listForumCategories() });

  protected readonly lockReason = signal('');
  protected readonly categoryId = signal('');
  protected readonly minutes = signal<string | null>(null);
  protected readonly busy = signal<ForumThreadAction | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected readonly crumbs = computed(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.forum.title.queue'), link: forumPath() },
    { label: `#${this.number()}` },
  ]);

  protected read(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected lock(): void {
    const reason = this.lockReason().trim();
    if (reason.length < 3) {
      const field = this.i18n.t('admin.forum.thread.lock.reason');
      this.errors.set({ reason: this.i18n.t(reason ? 'form.minlength' : 'form.required', { field, min: 3 }) });
      return;
    }
    void this.act({ action: 'lock', reason });
  }

  protected move(): void {
    const current = this.value()?.categoryId ?? '';
    void this.act({ action: 'move', categoryId: this.categoryId() || current });
  }

  protected slowMode(): void {
    const raw = this.minutes() ?? String(this.value()?.slowModeMinutes ?? 0);
    const minutes = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > this.limits.slowModeMinutesMax) {
      this.errors.set({ minutes: this.i18n.t('form.invalid', { field: this.i18n.t('admin.forum.thread.slow.minutes') }) });
      return;
    }
    void this.act({ action: 'slow_mode', minutes });
  }

  protected async act(body: ForumThreadActionDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(body.action);
    this.errors.set({});
    this.failure.set(null);
    try {
      await this.api.moderateForumThread(Number(this.number()), body);
      this.done.set(this.i18n.t('admin.forum.thread.done.' + body.action));
      this.lockReason.set('');
      this.minutes.set(null);
      this.thread.reload();
      this.status()?.focus();
    } catch (error) {
      const problem = toApiProblem(error);
      this.errors.set(problem.fields);
      if (!Object.keys(problem.fields).length) this.failure.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(null);
    }
  }
}
