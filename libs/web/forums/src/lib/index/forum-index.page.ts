import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ForumCategoryDto, ForumThreadPageDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { ForumSearchForm } from '../shared/search-form';
import { ForumThreadItem } from '../shared/thread-item';

const LATEST = 10;

/** `/forum`: the categories with their thread counts and last activity, and the latest threads across them (pinned first). */
@Component({
  selector: 'wk-forum-index-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, ForumSearchForm, ForumThreadItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forums.title.index')" [lead]="i18n.t('forums.index.lead')">
      <p class="wk-actions">
        @if (session.signedIn()) {
          <a wkButton routerLink="/forum/baru">{{ i18n.t('forums.index.new') }}</a>
          <a wkButton variant="secondary" routerLink="/forum/moderasi-saya">{{ i18n.t('forums.index.mine') }}</a>
        } @else {
          <a wkButton routerLink="/masuk" [queryParams]="{ kembali: '/forum' }">{{ i18n.t('forums.index.signIn') }}</a>
        }
      </p>
    </wk-page-header>
    <wk-forum-search-form />

    @if (problem(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">
        {{ message }}
        <button wkButton variant="link" type="button" (click)="reload()">{{ i18n.t('forums.retry') }}</button>
      </wk-alert>
    }

    <section class="section" aria-labelledby="forum-categories">
      <h2 id="forum-categories">{{ i18n.t('forums.index.categories') }}</h2>
      @if (categories.hasValue()) {
        <ul class="categories" role="list">
          @for (category of categories.value(); track category.id) {
            <li class="category">
              <h3 class="category__name">
                <a [routerLink]="['/forum', category.slug]">{{ category.name }}</a>
              </h3>
              @if (category.description) {
                <p class="category__description">{{ category.description }}</p>
              }
              <p class="wk-muted category__meta">
                {{ count(category) }} ·
                @if (category.lastPostedAt) {
                  {{ i18n.t('forums.category.lastActivity') }}
                  <time [attr.datetime]="category.lastPostedAt">{{ format.dateTime(category.lastPostedAt) }}</time>
                } @else {
                  {{ i18n.t('forums.category.noActivity') }}
                }
              </p>
            </li>
          }
        </ul>
      } @else if (categories.isLoading()) {
        <wk-skeleton [lines]="4" [label]="i18n.t('forums.list.loading')" />
      }
    </section>

    <section class="section" aria-labelledby="forum-latest">
      <h2 id="forum-latest">{{ i18n.t('forums.index.latest') }}</h2>
      @if (threads.hasValue()) {
        @let page = threads.value();
        @if (!page.pinned.length && !page.items.length) {
          <wk-empty-state [headingLevel]="3" [heading]="i18n.t('forums.list.empty')" [text]="i18n.t('forums.list.emptyHint')" />
        } @else {
          <ul class="list" role="list">
            @for (thread of page.pinned; track thread.number) {
              <li><wk-forum-thread-item [thread]="thread" [showCategory]="true" /></li>
            }
            @for (thread of page.items; track thread.number) {
              <li><wk-forum-thread-item [thread]="thread" [showCategory]="true" /></li>
            }
          </ul>
        }
      } @else if (threads.isLoading()) {
        <wk-skeleton [lines]="6" [label]="i18n.t('forums.list.loading')" />
      }
    </section>

    <p class="wk-actions section">
      <a routerLink="/forum/moderasi">{{ i18n.t('forums.index.stats') }}</a>
    </p>
  `,
  styles: `
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .section {
      margin-top: var(--space-6);
    }
    .categories {
      display: grid;
      gap: var(--space-4);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    }
    .category {
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
    .category__name {
      margin: 0 0 var(--space-1);
      font-size: 1.125em;
    }
    .category__description,
    .category__meta {
      margin: 0 0 var(--space-1);
    }
    .list {
      border-bottom: 1px solid var(--color-border);
    }
  `,
})
export class ForumIndexPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);

  protected readonly categories = resource<ForumCategoryDto[], true>({
    params: () => true,
    loader: () => this.api.listForumCategories(),
  });
  protected readonly threads = resource<ForumThreadPageDto, true>({
    params: () => true,
    loader: () => this.api.listForumThreads({ sort: 'activity', limit: LATEST }),
  });
  protected readonly problem = computed(() => {
    const error = this.categories.error() ?? this.threads.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });

  protected count(category: ForumCategoryDto): string {
    return this.i18n.t('forums.category.threads', { count: numberFormat(this.i18n.locale()).format(category.threadCount) });
  }

  protected reload(): void {
    this.categories.reload();
    this.threads.reload();
  }
}
