import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingListWhen, MeetingPageDto, MeetingSummaryDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
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
        @if (page.error(); as error) {
          <wk-alert tone="danger" [heading]="i18n.t('meetings.load.error')">
            {{ problem(error) }}
            <button wkButton variant="link" type="button" (click)="page.reload()">{{ i18n.t('meetings.retry') }}</button>
          </wk-alert>
        } @else if (page.hasValue()) {
          @if (!items().length) {
            <wk-empty-state
              [heading]="i18n.t('meetings.list.empty.' + view())"
              [text]="i18n.t('meetings.list.emptyHint')"
              [headingLevel]="3"
            />
          } @else {
            <ul class="list" role="list">
              @for (meeting of items(); track meeting.code) {
                <li><wk-meeting-item [meeting]="meeting" /></li>
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
        } @else {
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

  protected readonly page = resource<MeetingPageDto, MeetingListWhen | undefined>({
    params: () => {
      const view = this.view();
      return view === 'calendar' ? undefined : view;
    },
    loader: ({ params }) => this.api.listMeetings({ when: params, limit: PAGE_SIZE }),
  });
  protected readonly items = linkedSignal<MeetingSummaryDto[]>(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly cursor = linkedSignal(() => (this.page.hasValue() ? this.page.value().nextCursor : null));
  protected readonly loadingMore = signal(false);
  protected readonly moreProblem = signal<string | null>(null);

  protected problem(error: unknown): string {
    return problemMessage(toApiProblem(error), this.i18n);
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    const view = this.view();
    if (!cursor || view === 'calendar' || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreProblem.set(null);
    try {
      const page = await this.api.listMeetings({ when: view, after: cursor, limit: PAGE_SIZE });
      const known = new Set(this.items().map((m) => m.code));
      this.items.update((items) => [...items, ...page.items.filter((m) => !known.has(m.code))]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreProblem.set(this.problem(error));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
