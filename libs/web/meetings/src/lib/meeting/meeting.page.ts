import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, effect, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, PageDetails, PageMeta, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { cityTimeZone } from '../shared/city-time-zone';
import { CommitmentItem } from '../shared/commitment-item';
import { statusTone, timeRange } from '../shared/meeting-format';
import { MeetingProse } from '../shared/meeting-prose';
import { MeetingPointMap } from './meeting-point-map';
import { MeetingQuestionBoard } from './question-board';
import { MeetingRegistrationPanel } from './registration-panel';

/**
 * `/balai-kota/rapat/<code>`: one town-hall meeting, rendered on the server for visitors and link
 * previews: when and where, the agenda, registration, the question board, and once concluded the
 * minutes, attendance, commitments and the Berita Acara.
 */
@Component({
  selector: 'wk-meeting-page',
  imports: [
    RouterLink,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkPageHeader,
    WkSkeleton,
    CommitmentItem,
    MeetingProse,
    MeetingPointMap,
    MeetingQuestionBoard,
    MeetingRegistrationPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting.page.html',
  styleUrl: './meeting.page.css',
})
export class MeetingPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly timeZone = cityTimeZone();
  /** From the address, `/balai-kota/rapat/MTG-2026-000012`. */
  readonly code = input.required<string>();

  protected readonly meeting = resource<MeetingDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getMeeting(params),
  });
  protected readonly value = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  private readonly loadProblem = computed(() => {
    const error = this.meeting.error();
    return error ? toApiProblem(error) : null;
  });
  protected readonly notFound = computed(() => this.loadProblem()?.status === 404);
  protected readonly failure = computed(() => {
    const problem = this.loadProblem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  protected readonly when = computed(() => {
    const m = this.value();
    return m ? timeRange(m.startsAt, m.endsAt, this.i18n.language(), this.timeZone()) : '';
  });
  protected readonly tone = computed(() => statusTone(this.value()?.status ?? 'scheduled'));
  protected readonly encoded = computed(() => encodeURIComponent(this.code()));

  private readonly details = computed<PageDetails | null>(() => {
    const m = this.value();
    if (!m) return null;
    const parts = [this.i18n.t('meetings.status.' + m.status), this.when(), m.venueName, m.department.name].filter(Boolean);
    return { title: m.title, type: 'article', description: `${this.i18n.t('meetings.meeting.kind')}: ${parts.join(' · ')}` };
  });

  constructor() {
    inject(PageMeta).follow(this.details);
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      if (response && this.notFound()) response.status = 404;
    });
  }

  protected count(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected reload(): void {
    this.meeting.reload();
  }
}
