import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { SimilarReportDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { reportLabels } from '@walikota/web-reports-data';
import { WkBadge, WkButton } from '@walikota/web-ui';
import { catchError, debounceTime, distinctUntilChanged, from, map, of, switchMap } from 'rxjs';
import { LatLng } from '../../data-access/map-tiles';

export const SIMILAR_MIN_CHARS = 5;
const SIMILAR_DEBOUNCE_MS = 400;

/**
 * "Laporan serupa" while the title is typed: open public reports like it (same category or
 * nearby), each with a link and a support button, so that citizens support instead of duplicating.
 */
@Component({
  selector: 'wk-similar-reports',
  imports: [RouterLink, WkBadge, WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="wk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
    @if (reports().length) {
      <section class="similar" aria-labelledby="similar-heading">
        <h2 id="similar-heading" class="similar__heading">{{ i18n.t('reports.similar.heading') }}</h2>
        <p>{{ i18n.t('reports.similar.lead') }}</p>
        <ul class="similar__list">
          @for (report of reports(); track report.code) {
            <li class="similar__item">
              <a [routerLink]="['/lacak', report.code]" target="_blank" rel="noopener"
                >{{ report.title }} <span class="wk-visually-hidden">{{ i18n.t('reports.similar.newTab') }}</span></a
              >
              <span class="wk-cluster similar__meta">
                <wk-badge [tone]="labels.statusTone(report.status)">{{ labels.status(report.status) }}</wk-badge>
                <span class="wk-muted">{{ report.code }} · {{ i18n.t('reports.list.supportCount', { count: report.supportCount }) }}</span>
                @if (report.distanceMeters !== null) {
                  <span class="wk-muted">{{ i18n.t('reports.similar.distance', { meters: report.distanceMeters }) }}</span>
                }
              </span>
              @if (supported().has(report.code)) {
                <p class="similar__done">{{ i18n.t('reports.similar.supported', { code: report.code }) }}</p>
              } @else {
                <button wkButton variant="secondary" type="button" [busy]="busy() === report.code" (click)="support(report)">
                  {{ i18n.t('reports.similar.support') }} <span class="wk-visually-hidden">({{ report.code }})</span>
                </button>
              }
              @if (errors()[report.code]; as error) {
                <p class="wk-field__error" role="alert">{{ error }}</p>
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
    }
    .similar__meta {
      gap: var(--space-2);
    }
    .similar__done {
      margin: 0;
      font-weight: 600;
      color: var(--color-success);
    }
  `,
})
export class SimilarReports {
  readonly title = input.required<string>();
  readonly categoryId = input<string>('');
  readonly point = input<LatLng | null>(null);

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  private readonly api = inject(API);
  protected readonly supported = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  private readonly query = computed(() => {
    const title = this.title().trim();
    if (title.length < SIMILAR_MIN_CHARS) return null;
    const point = this.point();
    return { title, categoryId: this.categoryId() || undefined, latitude: point?.latitude, longitude: point?.longitude };
  });
  protected readonly reports = toSignal(
    toObservable(this.query).pipe(
      debounceTime(SIMILAR_DEBOUNCE_MS),
      map((query) => (query ? JSON.stringify(query) : '')),
      distinctUntilChanged(),
      switchMap((key) =>
        key
          ? from(this.api.similarReports(JSON.parse(key))).pipe(catchError(() => of([] as SimilarReportDto[])))
          : of([] as SimilarReportDto[]),
      ),
    ),
    { initialValue: [] as SimilarReportDto[] },
  );
  protected readonly announcement = computed(() => {
    const count = this.reports().length;
    return count ? `${this.i18n.t('reports.similar.heading')}: ${count}` : '';
  });

  protected async support(report: SimilarReportDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(report.code);
    this.errors.update((errors) => Object.fromEntries(Object.entries(errors).filter(([code]) => code !== report.code)));
    try {
      await this.api.supportReport(report.code);
      this.supported.update((codes) => new Set([...codes, report.code]));
    } catch (error) {
      const message = problemMessage(toApiProblem(error), this.i18n);
      this.errors.update((errors) => Object.assign({}, errors, { [report.code]: message }));
    } finally {
      this.busy.set(null);
    }
  }
}
