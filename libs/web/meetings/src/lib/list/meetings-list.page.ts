import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingListWhen, MeetingSummaryDto } from '@walikota/shared-contracts';
import { API, ApiProblem, KeysetList, problemMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { cityMonth, parseMonth } from '../calendar';
import { cityTimeZone } from '../shared/city-time-zone';
import { MeetingItem } from '../shared/meeting-item';
import { MeetingsCalendar } from './meetings-calendar';

const PAGE_SIZE = 20;

type View = 'upcoming' | 'past' | 'calendar';

/**
 * `/balai-kota`: the meetings to come (soonest first, `?waktu=akan-datang`), those over
 * (`?waktu=selesai`, latest first) with "load more", or a month calendar
 * (`?tampilan=kalender&bulan=2026-05`). The views are plain links, so they work before the app runs.
 */
@Component({
  selector: 'wk-meetings-list-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, MeetingItem, MeetingsCalendar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('meetings.title.index')" [lead]="i18n.t('meetings.index.lead')">
      <p class="wk-cluster links">
        <a href="/api/meetings/calendar.ics">{{ i18n.t('meetings.index.subscribe') }}</a>
        <a routerLink="/balai-kota/komitmen">{{ i18n.t('meetings.index.commitments') }}</a>
      </p>
    </wk-page-header>

    <nav class="views" [attr.aria-label]="i18n.t('meetings.index.views')">
      @for (option of views; track option.view) {
        <a
          routerLink="/balai-kota"
          [queryParams]="option.query"
          [attr.aria-current]="option.view === view() ? 'page' : null"
          [class.views__current]="option.view === view()"
          >{{ i18n.t('meetings.view.' + option.view) }}</a
        >
      }
    </nav>

    @if (view() === 'calendar') {
      <section aria-labelledby="meetings-calendar-heading">
        <h2 id="meetings-calendar-heading" class="wk-visually-hidden">{{ i18n.t('meetings.calendar.heading') }}</h2>
        <wk-meetings-calendar [month]="month()" />
      </section>
    } @else {
      <section aria-labelledby="meetings-list-heading">
        <h2 id="meetings-list-heading" class="wk-visually-hidden">{{ i18n.t('meetings.list.heading.' + view()) }}</h2>
        @if (pages.problem(); as problem) {
          <wk-alert tone="danger" [heading]="i18n.t('meetings.load.error')">
            {{ problemText(problem) }}
            <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('meetings.retry') }}</button>
          </wk-alert>
        }
        @if (pages.loaded()) {
          @if (!pages.items().length) {
            @if (!pages.problem()) {
              <wk-empty-state
                [heading]="i18n.t('meetings.list.empty.' + view())"
                [text]="i18n.t('meetings.list.emptyHint')"
                [headingLevel]="3"
              />
            }
          } @else {
            <ul class="list" role="list">
              @for (meeting of pages.items(); track meeting.code) {
                <li><wk-meeting-item [meeting]="meeting" /></li>
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
        } @else if (pages.loading()) {
          <wk-skeleton [lines]="6" [label]="i18n.t('meetings.list.loading')" />
        }
      </section>
    }
  `,
  styles: `
    .links {
      gap: var(--space-2) var(--space-5);
      margin: 0;
    }
    .views {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-5);
      margin-bottom: var(--space-4);
      border-bottom: 1px solid var(--color-border);
    }
    .views a {
      display: inline-block;
      padding: 0.5rem 0;
    }
    .views__current {
      font-weight: 700;
      text-decoration: none;
      border-bottom: 3px solid currentColor;
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
  `,
})
export class MeetingsListPage {
  /** From the address: `?waktu=selesai`. */
  readonly waktu = input<string | undefined>();
  /** `?tampilan=kalender`. */
  readonly tampilan = input<string | undefined>();
  /** `?bulan=2026-05` (the calendar's month; this month in the city without it). */
  readonly bulan = input<string | undefined>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly timeZone = cityTimeZone();
  protected readonly views: readonly { view: View; query: Record<string, string> | null }[] = [
    { view: 'upcoming', query: null },
    { view: 'past', query: { waktu: 'selesai' } },
    { view: 'calendar', query: { tampilan: 'kalender' } },
  ];
  protected readonly view = computed<View>(() =>
    this.tampilan() === 'kalender' ? 'calendar' : this.waktu() === 'selesai' ? 'past' : 'upcoming',
  );
  protected readonly month = computed(() => parseMonth(this.bulan()) ?? cityMonth(new Date(), this.timeZone()));

  /** The list of the view shown (the calendar loads its own months). */
  protected readonly pages = new KeysetList<MeetingSummaryDto, MeetingListWhen>((when, after) =>
    this.api.listMeetings({ when, after, limit: PAGE_SIZE }),
  );

  constructor() {
    effect(() => {
      const view = this.view();
      if (view !== 'calendar') untracked(() => void this.pages.load(view));
    });
  }

  protected problemText(problem: ApiProblem): string {
    return problemMessage(problem, this.i18n);
  }
}
