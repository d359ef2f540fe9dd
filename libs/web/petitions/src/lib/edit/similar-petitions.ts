import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { SimilarPetitionDto } from '@walikota/shared-contracts';
import { API } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkBadge } from '@walikota/web-ui';
import { catchError, debounceTime, distinctUntilChanged, from, of, switchMap } from 'rxjs';
import { petitionLabels } from '../../data-access/petition-labels';

export const SIMILAR_MIN_CHARS = 5;
const SIMILAR_DEBOUNCE_MS = 400;

/**
 * "Petisi serupa" while the title is typed: published petitions like it, rejected ones with their
 * reason, so that a citizen signs or reads the answer instead of asking again.
 */
@Component({
  selector: 'wk-similar-petitions',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="wk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
    @if (petitions().length) {
      <section class="similar" aria-labelledby="similar-heading">
        <h2 id="similar-heading" class="similar__heading">{{ i18n.t('petitions.similar.heading') }}</h2>
        <p>{{ i18n.t('petitions.similar.lead') }}</p>
        <ul class="similar__list">
          @for (petition of petitions(); track petition.code) {
            <li class="similar__item">
              @if (petition.title) {
                <a [routerLink]="['/petisi', petition.code]" target="_blank" rel="noopener"
                  >{{ petition.title }} <span class="wk-visually-hidden">{{ i18n.t('petitions.similar.newTab') }}</span></a
                >
              } @else {
                <span>{{ i18n.t('petitions.similar.hiddenTitle') }}</span>
              }
              <span class="wk-cluster similar__meta">
                <wk-badge [tone]="labels.stateTone(petition.state)">{{ labels.state(petition.state) }}</wk-badge>
                @if (labels.response(petition); as response) {
                  <wk-badge [tone]="labels.responseTone(petition)">{{ response }}</wk-badge>
                }
                <span class="wk-muted">{{ petition.code }} · {{ labels.count(petition.signatureCount) }}</span>
              </span>
              @if (petition.rejection; as rejection) {
                <p class="similar__reason">
                  <strong>{{ i18n.t('petitions.similar.reason') }}</strong> {{ rejection.label }}
                  @if (rejection.details) {
                    — {{ rejection.details }}
                  }
                </p>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .similar {
      padding: var(--space-4);
      border: 1px solid var(--color-info);
      border-left-width: 6px;
      border-radius: var(--radius);
      background: var(--color-info-tint);
    }
    .similar__heading {
      font-size: 1.125em;
    }
    .similar__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .similar__item {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--space-2);
      padding: var(--space-3) 0;
      border-top: 1px solid var(--color-border);
      overflow-wrap: anywhere;
    }
    .similar__meta {
      gap: var(--space-2);
    }
    .similar__reason {
      margin: 0;
    }
  `,
})
export class SimilarPetitions {
  readonly title = input.required<string>();
  /** The petition being edited, left out of its own suggestions. */
  readonly exclude = input<string | null>(null);

  protected readonly i18n = inject(I18n);
  protected readonly labels = petitionLabels(this.i18n);
  private readonly api = inject(API);

  private readonly query = computed(() => {
    const title = this.title().trim();
    return title.length < SIMILAR_MIN_CHARS ? '' : title;
  });
  private readonly found = toSignal(
    toObservable(this.query).pipe(
      debounceTime(SIMILAR_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((title) =>
        title
          ? from(this.api.similarPetitions({ title })).pipe(catchError(() => of([] as SimilarPetitionDto[])))
          : of([] as SimilarPetitionDto[]),
      ),
    ),
    { initialValue: [] as SimilarPetitionDto[] },
  );
  protected readonly petitions = computed(() => this.found().filter((p) => p.code !== this.exclude()));
  protected readonly announcement = computed(() => {
    const count = this.petitions().length;
    return count ? `${this.i18n.t('petitions.similar.heading')}: ${count}` : '';
  });
}
