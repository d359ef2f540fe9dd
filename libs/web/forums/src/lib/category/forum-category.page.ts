import {
  ChangeDetectionStrategy,
  Component,
  RESPONSE_INIT,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { FORUM_THREAD_SORTS } from '@walikota/shared-contracts';
import type { ForumCategoryDto, ForumThreadSort, ForumThreadSummaryDto } from '@walikota/shared-contracts';
import { API, PageDetails, PageMeta, Session, SiteStore, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBreadcrumbs, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { ForumThreadItem } from '../shared/thread-item';
import { map } from 'rxjs';

const PAGE_SIZE = 20;

interface CategoryView {
  category: ForumCategoryDto | null;
  pinned: ForumThreadSummaryDto[];
  items: ForumThreadSummaryDto[];
  nextCursor: string | null;
}

/**
 * `/forum/<slug>`: a category's threads, pinned first, by latest activity or newest
 * (`?urutan=terbaru`, plain links that work before the app runs), with "load more".
 */
@Component({
  selector: 'wk-forum-category-page',
  imports: [RouterLink, WkAlert, WkBreadcrumbs, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, ForumThreadItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view.hasValue() && view.value().category; as category) {
      <wk-page-header [heading]="category.name" [lead]="category.description">
        <wk-breadcrumbs [items]="[{ label: i18n.t('forums.title.index'), link: '/forum' }, { label: category.name }]" />
        @if (!category.active) {
          <p>{{ i18n.t('forums.category.retired') }}</p>
        } @else if (session.signedIn()) {
          <p class="wk-actions">
            <a wkButton routerLink="/forum/baru" [queryParams]="{ kategori: category.slug }">{{ i18n.t('forums.index.new') }}</a>
          </p>
        } @else {
          <p class="wk-actions">
            <a wkButton routerLink="/masuk" [queryParams]="{ kembali: '/forum/' + category.slug }">{{ i18n.t('forums.index.signIn') }}</a>
          </p>
        }
      </wk-page-header>

      <nav class="sorts" [attr.aria-label]="i18n.t('forums.sort.label')">
        <span class="sorts__label" aria-hidden="true">{{ i18n.t('forums.sort.label') }}:</span>
        @for (option of sorts; track option) {
          <a
            [routerLink]="['/forum', category.slug]"
            [queryParams]="{ urutan: option === 'newest' ? 'terbaru' : null }"
            [attr.aria-current]="option === sort() ? 'true' : null"
            [class.sorts__current]="option === sort()"
            >{{ i18n.t('forums.sort.' + option) }}</a
          >
        }
      </nav>

      <section aria-labelledby="forum-threads-heading">
        <h2 id="forum-threads-heading" class="wk-visually-hidden">{{ i18n.t('forums.list.caption') }}</h2>
        @if (!pinned().length && !items().length) {
          <wk-empty-state [heading]="i18n.t('forums.list.empty')" [text]="i18n.t('forums.list.emptyHint')" />
        } @else {
          <ul class="list" role="list" aria-live="polite">
            @for (thread of pinned(); track thread.number) {
              <li><wk-forum-thread-item [thread]="thread" /></li>
            }
            @for (thread of items(); track thread.number) {
              <li><wk-forum-thread-item [thread]="thread" /></li>
            }
          </ul>
        }
        @if (moreProblem(); as message) {
          <wk-alert tone="danger">{{ message }}</wk-alert>
        }
        @if (cursor()) {
          <p class="wk-actions more">
            <button wkButton variant="secondary" type="button" [busy]="loadingMore()" (click)="loadMore()">
              {{ i18n.t('ui.loadMore') }}
            </button>
          </p>
        }
      </section>
      <p class="back">
        <a routerLink="/forum">{{ i18n.t('forums.back') }}</a>
      </p>
    } @else if (view.isLoading()) {
      <wk-skeleton [lines]="8" [label]="i18n.t('forums.list.loading')" />
    } @else if (notFound()) {
      <wk-page-header [heading]="i18n.t('forums.category.notFound')" />
      <p>{{ i18n.t('forums.category.notFoundText') }}</p>
      <p>
        <a routerLink="/forum">{{ i18n.t('forums.back') }}</a>
      </p>
    } @else if (failure(); as message) {
      <wk-page-header [heading]="i18n.t('forums.title.category')" />
      <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">
        {{ message }}
        <button wkButton variant="link" type="button" (click)="view.reload()">{{ i18n.t('forums.retry') }}</button>
      </wk-alert>
    }
  `,
  styles: `
    .sorts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-4);
      align-items: center;
      margin-bottom: var(--space-4);
    }
    .sorts a {
      display: inline-block;
      padding: 0.5rem 0;
    }
    .sorts__current {
      font-weight: 700;
      text-decoration: none;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--color-border);
    }
    .more {
      margin-top: var(--space-5);
    }
    .back {
      margin-top: var(--space-6);
    }
  `,
})
export class ForumCategoryPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly api = inject(API);
  private readonly site = inject(SiteStore);
  /** From the URL, `/forum/usulan-warga`. */
  readonly slug = input.required<string>();
  protected readonly sorts = FORUM_THREAD_SORTS;
  protected readonly sort = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params): ForumThreadSort => (params.get('urutan') === 'terbaru' ? 'newest' : 'activity')),
    ),
    { initialValue: 'activity' as ForumThreadSort },
  );

  protected readonly view = resource<CategoryView, { slug: string; sort: ForumThreadSort }>({
    params: () => ({ slug: this.slug(), sort: this.sort() }),
    loader: async ({ params }) => {
      const [categories, page] = await Promise.all([
        this.api.listForumCategories(),
        this.api.listForumThreads({ category: params.slug, sort: params.sort, limit: PAGE_SIZE }),
      ]);
      return { category: categories.find((c) => c.slug === params.slug) ?? null, ...page };
    },
  });
  private readonly page = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly pinned = computed(() => this.page()?.pinned ?? []);
  /** The first page's threads, then those "load more" added. */
  protected readonly items = linkedSignal(() => this.page()?.items ?? []);
  protected readonly cursor = linkedSignal(() => this.page()?.nextCursor ?? null);
  protected readonly loadingMore = signal(false);
  protected readonly moreProblem = signal<string | null>(null);

  private readonly problem = computed(() => {
    const error = this.view.error();
    return error ? toApiProblem(error) : null;
  });
  protected readonly notFound = computed(() => this.problem()?.status === 404 || (this.view.hasValue() && !this.view.value().category));
  protected readonly failure = computed(() => {
    const problem = this.problem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  private readonly details = computed<PageDetails | null>(() => {
    const category = this.page()?.category;
    if (!category) return null;
    return {
      title: category.name,
      description: category.description || this.i18n.t('forums.meta.category', { city: this.site.site()?.cityName ?? '' }),
    };
  });

  constructor() {
    inject(PageMeta).follow(this.details);
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      if (response && this.notFound()) response.status = 404;
    });
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreProblem.set(null);
    try {
      const page = await this.api.listForumThreads({ category: this.slug(), sort: this.sort(), after: cursor, limit: PAGE_SIZE });
      const known = new Set(this.items().map((t) => t.number));
      this.items.update((items) => [...items, ...page.items.filter((t) => !known.has(t.number))]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreProblem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
