import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ForumSearchPageDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';
import { ForumSearchForm } from '../shared/search-form';

const PAGE_SIZE = 20;

/** `/forum/cari?q=…`: threads and posts matching the words, each linked to its post (`/forum/t/<n>#<post>`). */
@Component({
  selector: 'wk-forum-search-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, ForumSearchForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forums.title.search')" [lead]="i18n.t('forums.search.lead')" />
    <wk-forum-search-form [query]="query()" controlId="field-q" />
    @if (query()) {
      <section class="results" aria-labelledby="search-results-heading">
        <h2 id="search-results-heading">{{ i18n.t('forums.search.results', { q: query() }) }}</h2>
        @if (results.isLoading() && !hits().length) {
          <wk-skeleton [lines]="5" [label]="i18n.t('forums.list.loading')" />
        } @else if (failure(); as message) {
          <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">
            {{ message }}
            <button wkButton variant="link" type="button" (click)="results.reload()">{{ i18n.t('forums.retry') }}</button>
          </wk-alert>
        } @else if (!hits().length) {
          <wk-empty-state [headingLevel]="3" [heading]="i18n.t('forums.search.empty')" [text]="i18n.t('forums.search.emptyHint')" />
        } @else {
          <ul class="hits" role="list" aria-live="polite">
            @for (hit of hits(); track hit.threadNumber + '-' + hit.postNumber) {
              <li class="hit">
                <h3 class="hit__title">
                  <a [routerLink]="['/forum/t', hit.threadNumber]" [fragment]="'' + hit.postNumber">{{ hit.threadTitle }}</a>
                </h3>
                <p class="hit__excerpt">{{ hit.excerpt }}</p>
                <p class="wk-muted hit__meta">
                  {{ i18n.t('forums.search.hit', { number: hit.postNumber, name: labels.author(hit.authorName) }) }}
                  <time [attr.datetime]="hit.createdAt">{{ format.dateTime(hit.createdAt) }}</time>
                </p>
              </li>
            }
          </ul>
          @if (moreProblem(); as message) {
            <wk-alert tone="danger">{{ message }}</wk-alert>
          }
          @if (cursor()) {
            <p class="wk-actions">
              <button wkButton variant="secondary" type="button" [busy]="loadingMore()" (click)="loadMore()">
                {{ i18n.t('ui.loadMore') }}
              </button>
            </p>
          }
        }
      </section>
    }
    <p class="back">
      <a routerLink="/forum">{{ i18n.t('forums.back') }}</a>
    </p>
  `,
  styles: `
    .results {
      margin-top: var(--space-6);
    }
    .hits {
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--color-border);
    }
    .hit {
      display: grid;
      gap: var(--space-1);
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .hit p,
    .hit h3 {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hit__title {
      font-size: 1.125em;
    }
    .back {
      margin-top: var(--space-6);
    }
  `,
})
export class ForumSearchPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  /** From the URL, `?q=jadwal sampah`. */
  readonly q = input<string | undefined>(undefined);
  protected readonly query = computed(() => (this.q() ?? '').trim());

  protected readonly results = resource<ForumSearchPageDto, string | undefined>({
    params: () => this.query() || undefined,
    loader: ({ params }) => this.api.searchForums({ q: params, limit: PAGE_SIZE }),
  });
  private readonly page = computed(() => (this.results.hasValue() ? this.results.value() : null));
  protected readonly hits = linkedSignal(() => this.page()?.items ?? []);
  protected readonly cursor = linkedSignal(() => this.page()?.nextCursor ?? null);
  protected readonly loadingMore = signal(false);
  protected readonly moreProblem = signal<string | null>(null);
  protected readonly failure = computed(() => {
    const error = this.results.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreProblem.set(null);
    try {
      const page = await this.api.searchForums({ q: this.query(), after: cursor, limit: PAGE_SIZE });
      this.hits.update((hits) => [...hits, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreProblem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
