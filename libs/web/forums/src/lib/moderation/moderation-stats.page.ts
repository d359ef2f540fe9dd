import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FORUM_MODERATION_LOG_ACTIONS } from '@walikota/shared-contracts';
import type { ForumModerationStatsDto, ForumMonthStatsDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { forumLabels, monthName } from '../../data-access/forum-labels';

interface MonthView {
  month: string;
  name: string;
  rows: { kind: string; label: string; count: string }[];
  median: string | null;
  reviewed: string;
}

/** `/forum/moderasi`: the public record of moderation, a table per month of acts by kind, and the median review time. */
@Component({
  selector: 'wk-forum-moderation-stats-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forums.title.stats')" [lead]="i18n.t('forums.stats.lead')" />
    @if (stats.hasValue()) {
      @if (!months().length) {
        <wk-empty-state [heading]="i18n.t('forums.stats.empty')" />
      }
      @for (m of months(); track m.month) {
        <section class="month" [attr.aria-labelledby]="'month-' + m.month">
          <h2 [id]="'month-' + m.month">{{ m.name }}</h2>
          @if (m.rows.length) {
            <table class="acts">
              <caption class="wk-visually-hidden">
                {{
                  i18n.t('forums.stats.caption', { month: m.name })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ i18n.t('forums.stats.kind') }}</th>
                  <th scope="col" class="acts__count">{{ i18n.t('forums.stats.count') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of m.rows; track row.kind) {
                  <tr [attr.data-kind]="row.kind">
                    <th scope="row">{{ row.label }}</th>
                    <td class="acts__count">{{ row.count }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p class="wk-muted">{{ i18n.t('forums.stats.noActs') }}</p>
          }
          <p>
            @if (m.median) {
              {{ i18n.t('forums.stats.median', { time: m.median, count: m.reviewed }) }}
            } @else {
              {{ i18n.t('forums.stats.noMedian') }}
            }
          </p>
        </section>
      }
    } @else if (stats.isLoading()) {
      <wk-skeleton [lines]="6" />
    } @else if (failure(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">
        {{ message }}
        <button wkButton variant="link" type="button" (click)="stats.reload()">{{ i18n.t('forums.retry') }}</button>
      </wk-alert>
    }
    <p class="back">
      <a routerLink="/forum">{{ i18n.t('forums.back') }}</a>
    </p>
  `,
  styles: `
    .month {
      margin-bottom: var(--space-6);
    }
    .month h2 {
      font-size: 1.25em;
    }
    .acts {
      width: 100%;
      max-width: 32rem;
      border-collapse: collapse;
    }
    .acts th,
    .acts td {
      padding: var(--space-2) var(--space-3) var(--space-2) 0;
      border-bottom: 1px solid var(--color-border);
      text-align: left;
      font-weight: normal;
    }
    .acts thead th {
      font-weight: 600;
    }
    .acts .acts__count {
      text-align: right;
      padding-right: 0;
      font-variant-numeric: tabular-nums;
    }
    .back {
      margin-top: var(--space-6);
    }
  `,
})
export class ModerationStatsPage {
  protected readonly i18n = inject(I18n);
  private readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  protected readonly stats = resource<ForumModerationStatsDto, true>({
    params: () => true,
    loader: () => this.api.getForumModerationStats(),
  });
  protected readonly failure = computed(() => {
    const error = this.stats.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });
  protected readonly months = computed<MonthView[]>(() =>
    this.stats.hasValue() ? this.stats.value().months.map((m) => this.month(m)) : [],
  );

  private month(m: ForumMonthStatsDto): MonthView {
    const format = numberFormat(this.i18n.locale());
    const known: readonly string[] = FORUM_MODERATION_LOG_ACTIONS;
    const kinds = [...known, ...Object.keys(m.actions).filter((k) => !known.includes(k))];
    return {
      month: m.month,
      name: monthName(m.month, this.i18n.locale()),
      rows: kinds
        .filter((kind) => (m.actions[kind] ?? 0) > 0)
        .map((kind) => ({ kind, label: this.labels.action(kind), count: format.format(m.actions[kind]) })),
      median: m.medianReviewMinutes === null ? null : this.duration(m.medianReviewMinutes),
      reviewed: format.format(m.reviewed),
    };
  }

  /** Minutes under two hours, hours (one decimal) above. */
  private duration(minutes: number): string {
    const format = numberFormat(this.i18n.locale(), { maximumFractionDigits: 1 });
    return minutes < 120
      ? this.i18n.t('forums.stats.minutes', { count: format.format(Math.round(minutes)) })
      : this.i18n.t('forums.stats.hours', { count: format.format(minutes / 60) });
  }
}
