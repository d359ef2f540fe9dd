import { ChangeDetectionStrategy, Component, computed, inject, input, numberAttribute } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingSummaryDto } from '@walikota/shared-contracts';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkBadge } from '@walikota/web-ui';
import { cityTimeZone } from './city-time-zone';
import { statusTone, timeRange } from './meeting-format';

/** One meeting in a list: its title (a link), status, when, type, where, who organises it and the places. */
@Component({
  selector: 'wk-meeting-item',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = meeting();
    <article class="meeting">
      <p class="wk-cluster meeting__facts">
        <wk-badge [tone]="tone()">{{ i18n.t('meetings.status.' + m.status) }}</wk-badge>
        <span>{{ i18n.t('meetings.type.' + m.type) }}</span>
      </p>
      @switch (headingLevel()) {
        @case (2) {
          <h2 class="meeting__title">
            <a [routerLink]="['/balai-kota/rapat', m.code]">{{ m.title }}</a>
          </h2>
        }
        @default {
          <h3 class="meeting__title">
            <a [routerLink]="['/balai-kota/rapat', m.code]">{{ m.title }}</a>
          </h3>
        }
      }
      <p class="meeting__line">
        <time [attr.datetime]="m.startsAt">{{ when() }}</time>
      </p>
      @if (where(); as text) {
        <p class="meeting__line">{{ text }}</p>
      }
      <p class="meeting__line wk-muted">{{ i18n.t('meetings.field.organiser', { name: m.department.name }) }}</p>
      @if (m.status === 'scheduled' || m.status === 'live') {
        <p class="meeting__line wk-muted">{{ places() }}</p>
      }
    </article>
  `,
  styles: `
    .meeting {
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .meeting__facts {
      gap: var(--space-2);
      margin: 0 0 var(--space-1);
    }
    .meeting__title {
      margin: 0 0 var(--space-1);
      font-size: 1.125em;
      overflow-wrap: anywhere;
    }
    .meeting__line {
      margin: 0 0 var(--space-1);
    }
  `,
})
export class MeetingItem {
  readonly meeting = input.required<MeetingSummaryDto>();
  readonly headingLevel = input<2 | 3, unknown>(3, { transform: (value: unknown) => (numberAttribute(value, 3) === 2 ? 2 : 3) });

  protected readonly i18n = inject(I18n);
  private readonly timeZone = cityTimeZone();
  protected readonly tone = computed(() => statusTone(this.meeting().status));
  protected readonly when = computed(() =>
    timeRange(this.meeting().startsAt, this.meeting().endsAt, this.i18n.language(), this.timeZone()),
  );
  protected readonly where = computed(() => {
    const m = this.meeting();
    return [m.venueName, m.kelurahan ? this.i18n.t('meetings.field.kelurahanOf', { name: m.kelurahan.name }) : null]
      .filter(Boolean)
      .join(' · ');
  });
  protected readonly places = computed(() => {
    const m = this.meeting();
    const format = numberFormat(this.i18n.locale());
    const taken = this.i18n.t('meetings.places.taken', { count: format.format(m.confirmedCount), capacity: format.format(m.capacity) });
    return m.waitingCount > 0 ? `${taken} · ${this.i18n.t('meetings.places.waiting', { count: format.format(m.waitingCount) })}` : taken;
  });
}
