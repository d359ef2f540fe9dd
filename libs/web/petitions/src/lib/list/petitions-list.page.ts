import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { PetitionSummaryDto } from '@walikota/shared-contracts';
import { API, KeysetList, Session, problemMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { PetitionFilters, compactFilters, parsePetitionFilters } from '../../data-access/petition-filters';
import { PetitionReference } from '../../data-access/petition-reference';
import { PetitionFiltersForm } from './petition-filters-form';
import { PetitionItem } from './petition-item';

const PAGE_SIZE = 20;

/** `/petisi`: the public list. Filters and the order live in the URL, so links and back/forward keep them. */
@Component({
  selector: 'wk-petitions-list-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, PetitionFiltersForm, PetitionItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('petitions.title.list')" [lead]="i18n.t('petitions.list.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/petisi/baru">{{ i18n.t('petitions.list.new') }}</a>
        @if (session.signedIn()) {
          <a wkButton variant="secondary" routerLink="/petisi/saya">{{ i18n.t('petitions.list.mine') }}</a>
        }
      </p>
    </wk-page-header>
    <wk-petition-filters-form [filters]="filters()" (apply)="applyFilters($event)" (reset)="applyFilters({})" />
    @if (pages.problem(); as problem) {
      <wk-alert tone="danger" [heading]="i18n.t('petitions.load.error')">
        {{ problemText(problem) }}
        <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('petitions.retry') }}</button>
      </wk-alert>
    }
    <section aria-labelledby="petitions-list-heading">
      <h2 id="petitions-list-heading" class="wk-visually-hidden">{{ i18n.t('petitions.list.caption') }}</h2>
      @if (pages.loading() && !pages.items().length) {
        <wk-skeleton [lines]="6" [label]="i18n.t('petitions.list.loading')" />
      } @else if (pages.loaded() && !pages.items().length && !pages.problem()) {
        <wk-empty-state [heading]="i18n.t('petitions.list.empty')" [text]="i18n.t('petitions.list.emptyHint')" />
      } @else {
        <ul class="list" aria-live="polite" [attr.aria-busy]="pages.loading()">
          @for (petition of pages.items(); track petition.code) {
            <li><wk-petition-item [petition]="petition" /></li>
          }
        </ul>
      }
      @if (pages.hasMore()) {
        <p class="wk-actions more">
          <button wkButton variant="secondary" type="button" [busy]="pages.loadingMore()" (click)="pages.loadMore()">
            {{ i18n.t('ui.loadMore') }}
          </button>
        </p>
      }
    </section>
  `,
  styles: `
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--color-border);
    }
    .more {
      margin-top: var(--space-5);
    }
  `,
})
export class PetitionsListPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly reference = inject(PetitionReference);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pages = new KeysetList<PetitionSummaryDto, PetitionFilters>((filters, after) =>
    this.api.listPetitions(Object.assign({}, filters, { after, limit: PAGE_SIZE })).then((page) => page),
  );
  protected readonly filters = signal<PetitionFilters>({});
  private loadedFor: string | null = null;

  constructor() {
    void this.reference.load();
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const filters = parsePetitionFilters(params);
      const key = JSON.stringify(filters);
      if (key === this.loadedFor) return;
      this.loadedFor = key;
      this.filters.set(filters);
      void this.pages.load(filters);
    });
  }

  protected applyFilters(filters: PetitionFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: compactFilters(filters) });
  }

  protected problemText(problem: Parameters<typeof problemMessage>[0]): string {
    return problemMessage(problem, this.i18n);
  }
}
