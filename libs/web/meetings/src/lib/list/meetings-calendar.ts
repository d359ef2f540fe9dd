import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingListWhen, MeetingSummaryDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkSkeleton } from '@walikota/web-ui';
import { byCityDay, cityDay, monthName, monthWeeks, monthWindow, shiftMonth, weekdayNames } from '../calendar';
import { cityTimeZone } from '../shared/city-time-zone';
import { timeOfDay } from '../shared/meeting-format';

const PAGE = 100;
/** At most this many pages each way: a month never holds more meetings than that. */
const MAX_PAGES = 5;

/**
 * The month grid (`?tampilan=kalender&bulan=2026-05`): a table with the month as its caption, the
 * weekdays as column headers and each day's meetings as links; the months before and after are
 * plain links, so it works before the app runs.
 */
@Component({
  selector: 'wk-meetings-calendar',
  imports: [RouterLink, WkAlert, WkButton, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="months" [attr.aria-label]="i18n.t('meetings.calendar.months')">
      <a routerLink="/balai-kota" [queryParams]="{ tampilan: 'kalender', bulan: previous() }">
        <span aria-hidden="true">←</span> {{ name(previous()) }}
      </a>
      <a routerLink="/balai-kota" [queryParams]="{ tampilan: 'kalender', bulan: next() }">
        {{ name(next()) }} <span aria-hidden="true">→</span>
      </a>
    </nav>
    @if (meetings.error(); as error) {
      <wk-alert tone="danger" [heading]="i18n.t('meetings.load.error')">
        {{ problem(error) }}
        <button wkButton variant="link" type="button" (click)="meetings.reload()">{{ i18n.t('meetings.retry') }}</button>
      </wk-alert>
    }
    @if (meetings.isLoading() && !meetings.hasValue()) {
      <wk-skeleton [lines]="6" [label]="i18n.t('meetings.list.loading')" />
    } @else {
      <table class="calendar">
        <caption>
          {{
            name(month())
          }}
        </caption>
        <thead>
          <tr>
            @for (day of weekdays(); track $index) {
              <th scope="col">
                <abbr [attr.title]="day.long">{{ day.short }}</abbr>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track $index) {
            <tr>
              @for (cell of week; track $index) {
                <td [class.calendar__today]="cell.key === today()" [attr.aria-current]="cell.key === today() ? 'date' : null">
                  @if (cell.key) {
                    <span class="calendar__day">{{ cell.day }}</span>
                    @if (days().get(cell.key); as list) {
                      <ul class="calendar__list">
                        @for (m of list; track m.code) {
                          <li [class.calendar__cancelled]="m.status === 'cancelled'">
                            <a [routerLink]="['/balai-kota/rapat', m.code]">
                              <span class="calendar__time">{{ time(m) }}</span> {{ m.title }}
                              @if (m.status === 'cancelled') {
                                ({{ i18n.t('meetings.status.cancelled') }})
                              }
                            </a>
                          </li>
                        }
                      </ul>
                    }
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
      @if (meetings.hasValue() && !days().size) {
        <p class="wk-muted">{{ i18n.t('meetings.calendar.empty') }}</p>
      }
    }
  `,
  styles: `
    .months {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--space-2) var(--space-4);
      margin-bottom: var(--space-3);
    }
    .months a {
      display: inline-block;
      padding: 0.5rem 0;
    }
    .calendar {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 700;
      font-size: 1.25em;
      padding-bottom: var(--space-2);
    }
    th,
    td {
      border: 1px solid var(--color-border);
      padding: var(--space-1);
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    th {
      font-size: var(--font-size-sm);
    }
    abbr {
      text-decoration: none;
    }
    td {
      height: 4.5rem;
    }
    .calendar__today {
      background: var(--color-info-tint);
    }
    .calendar__day {
      font-weight: 700;
    }
    .calendar__list {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--font-size-sm);
      hyphens: auto;
    }
    .calendar__list li {
      margin-top: var(--space-1);
    }
    .calendar__cancelled a {
      text-decoration: line-through;
    }
    .calendar__time {
      font-weight: 700;
    }
  `,
})
export class MeetingsCalendar {
  /** `YYYY-MM` in the city. */
  readonly month = input.required<string>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly timeZone = cityTimeZone();

  protected readonly meetings = resource<MeetingSummaryDto[], string>({
    params: () => this.month(),
    loader: async ({ params }) => {
      const window = monthWindow(params);
      const [upcoming, past] = await Promise.all([this.collect('upcoming', window), this.collect('past', window)]);
      return [...past.reverse(), ...upcoming].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
  });
  protected readonly previous = computed(() => shiftMonth(this.month(), -1));
  protected readonly next = computed(() => shiftMonth(this.month(), 1));
  protected readonly weeks = computed(() => monthWeeks(this.month()));
  protected readonly weekdays = computed(() => {
    const long = weekdayNames(this.i18n.locale(), 'long');
    return weekdayNames(this.i18n.locale(), 'short').map((short, i) => ({ short, long: long[i] }));
  });
  protected readonly days = computed(() => byCityDay(this.meetings.hasValue() ? this.meetings.value() : [], this.month(), this.timeZone()));
  protected readonly today = computed(() => cityDay(new Date(), this.timeZone()));

  protected name(month: string): string {
    return monthName(month, this.i18n.locale());
  }

  protected time(meeting: MeetingSummaryDto): string {
    return timeOfDay(meeting.startsAt, this.i18n.language(), this.timeZone());
  }

  protected problem(error: unknown): string {
    return problemMessage(toApiProblem(error), this.i18n);
  }

  /**
   * The meetings of one list (upcoming soonest first, past latest first) that may fall in the
   * window: pages until one passes the window's far edge.
   */
  private async collect(when: MeetingListWhen, window: { from: number; to: number }): Promise<MeetingSummaryDto[]> {
    const found: MeetingSummaryDto[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await this.api.listMeetings({ when, limit: PAGE, ...(after ? { after } : {}) });
      for (const m of result.items) {
        const at = Date.parse(m.startsAt);
        if (at >= window.from && at < window.to) found.push(m);
      }
      const last = result.items.at(-1);
      if (!result.nextCursor || !last) break;
      const at = Date.parse(last.startsAt);
      if (when === 'upcoming' ? at >= window.to : at < window.from) break;
      after = result.nextCursor;
    }
    return found;
  }
}
