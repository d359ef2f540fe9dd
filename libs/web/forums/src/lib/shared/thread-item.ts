import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ForumThreadSummaryDto } from '@walikota/shared-contracts';
import { CityFormat } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkBadge } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';

/** One thread in a list: its title (a link), category, author, replies, last activity, pinned/locked. */
@Component({
  selector: 'wk-forum-thread-item',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = thread();
    <article class="item" [attr.aria-labelledby]="'thread-' + t.number">
      <h3 class="item__title" [id]="'thread-' + t.number">
        <a [routerLink]="['/forum/t', t.number]">{{ t.title ?? i18n.t('forums.thread.untitled') }}</a>
      </h3>
      @if (t.pinned || t.locked || t.hidden) {
        <p class="wk-cluster item__badges">
          @if (t.pinned) {
            <wk-badge tone="info">{{ i18n.t('forums.thread.pinned') }}</wk-badge>
          }
          @if (t.locked) {
            <wk-badge tone="warning">{{ i18n.t('forums.thread.locked') }}</wk-badge>
          }
          @if (t.hidden) {
            <wk-badge tone="danger">{{ i18n.t('forums.thread.hidden') }}</wk-badge>
          }
        </p>
      }
      <p class="item__meta wk-muted">
        @if (showCategory()) {
          {{ t.categoryName }} ·
        }
        {{ i18n.t('forums.thread.by', { name: labels.author(t.authorName) }) }} · {{ replies() }} ·
        {{ i18n.t('forums.thread.lastActivity') }} <time [attr.datetime]="t.lastPostedAt">{{ format.dateTime(t.lastPostedAt) }}</time>
      </p>
    </article>
  `,
  styles: `
    .item {
      display: grid;
      gap: var(--space-1);
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .item__title {
      margin: 0;
      font-size: 1.125em;
      overflow-wrap: anywhere;
    }
    .item__badges,
    .item__meta {
      margin: 0;
      gap: var(--space-2);
    }
  `,
})
export class ForumThreadItem {
  readonly thread = input.required<ForumThreadSummaryDto>();
  /** Lists across categories name each thread's category. */
  readonly showCategory = input(false);
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly labels = forumLabels(this.i18n);
  protected readonly replies = computed(() =>
    this.i18n.t('forums.thread.replies', { count: numberFormat(this.i18n.locale()).format(this.thread().replyCount) }),
  );
}
