import { computed, signal } from '@angular/core';
import { ApiProblem, toApiProblem } from './api-error';

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * One keyset-paginated list over the API: the first page for a query, then "load more" with
 * the cursor. A newer `load` wins over an older one still in flight.
 */
export class KeysetList<T, Q> {
  private readonly list = signal<readonly T[]>([]);
  private readonly cursor = signal<string | null>(null);
  private query: Q | null = null;
  private generation = 0;

  readonly items = this.list.asReadonly();
  readonly nextCursor = this.cursor.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  /** True while the first page loads. */
  readonly loading = signal(false);
  /** True while a further page loads. */
  readonly loadingMore = signal(false);
  readonly problem = signal<ApiProblem | null>(null);
  /** False until the first answer for the current query arrived. */
  readonly loaded = signal(false);

  constructor(private readonly fetch: (query: Q, cursor: string | undefined) => Promise<KeysetPage<T>>) {}

  async load(query: Q): Promise<void> {
    const generation = ++this.generation;
    this.query = query;
    this.loading.set(true);
    this.loadingMore.set(false);
    this.problem.set(null);
    try {
      const page = await this.fetch(query, undefined);
      if (generation !== this.generation) return;
      this.list.set(page.items);
      this.cursor.set(page.nextCursor);
      this.loaded.set(true);
    } catch (error) {
      if (generation !== this.generation) return;
      this.list.set([]);
      this.cursor.set(null);
      this.problem.set(toApiProblem(error));
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (cursor === null || this.query === null || this.loading() || this.loadingMore()) return;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.problem.set(null);
    try {
      const page = await this.fetch(this.query, cursor);
      if (generation !== this.generation) return;
      this.list.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      if (generation === this.generation) this.problem.set(toApiProblem(error));
    } finally {
      if (generation === this.generation) this.loadingMore.set(false);
    }
  }

  /** Retries whatever failed last: the first page, or the next one. */
  retry(): Promise<void> {
    if (this.query === null) return Promise.resolve();
    return this.loaded() && this.cursor() !== null ? this.loadMore() : this.load(this.query);
  }

  /** Replaces one item in place (e.g. after an edit elsewhere). */
  replace(match: (item: T) => boolean, next: T): void {
    this.list.update((items) => items.map((item) => (match(item) ? next : item)));
  }
}
