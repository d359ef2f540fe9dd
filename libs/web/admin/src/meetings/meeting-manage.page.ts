import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MEETING_LIMITS as L } from '@walikota/shared-contracts';
import type { MeetingDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, FormState, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import {
  WkAlert,
  WkBadge,
  WkButton,
  WkControl,
  WkDialog,
  WkDialogActions,
  WkErrorSummary,
  WkField,
  WkPageHeader,
  WkSkeleton,
} from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { MeetingCommitment } from './meeting-commitment';
import { beritaAcaraUrl, meetingPath, meetingStatusTone, publicMeetingPath } from './meeting-labels';
import { MeetingQuestions } from './meeting-questions';

/**
 * `/admin/balai-kota/<code>`: a meeting for its staff — where it stands and its places; the acts its
 * status and the caller's rights allow (edit, start, cancel with a reason, conclude, the check-in
 * screen); the questions to moderate; once concluded, the minutes, the attendance, the Berita Acara
 * and the commitments, each to move on.
 */
@Component({
  selector: 'wk-admin-meeting-manage-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    WkAlert,
    WkBadge,
    WkButton,
    WkControl,
    WkDialog,
    WkDialogActions,
    WkErrorSummary,
    WkField,
    WkPageHeader,
    WkSkeleton,
    MeetingCommitment,
    MeetingQuestions,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="m()?.title ?? i18n.t('admin.meetings.title.manage')" [lead]="code()">
      <p>
        <a [routerLink]="listPath">{{ i18n.t('admin.meetings.backToList') }}</a>
      </p>
    </wk-page-header>
    @if (meeting.isLoading() && !meeting.hasValue()) {
      <wk-skeleton [lines]="8" />
    } @else if (m(); as m) {
      <div class="wk-stack">
        <div role="status">
          @if (done()) {
            <wk-alert tone="success">{{ done() }}</wk-alert>
          }
        </div>
        @if (actError()) {
          <wk-alert tone="danger">{{ actError() }}</wk-alert>
        }
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{{ i18n.t('admin.meetings.manage.summary') }}</h2>
          <dl class="facts">
            <dt>{{ i18n.t('admin.meetings.list.status') }}</dt>
            <dd>
              <wk-badge [tone]="tone(m.status)">{{ i18n.t('admin.meetings.status.' + m.status) }}</wk-badge>
            </dd>
            <dt>{{ i18n.t('admin.meetings.manage.when') }}</dt>
            <dd>{{ format.dateTime(m.startsAt) }} – {{ format.dateTime(m.endsAt) }}</dd>
            <dt>{{ i18n.t('admin.meetings.field.type') }}</dt>
            <dd>{{ i18n.t('admin.meetings.type.' + m.type) }}</dd>
            @if (m.venueName) {
              <dt>{{ i18n.t('admin.meetings.manage.venue') }}</dt>
              <dd>
                {{ m.venueName }}
                @if (m.venueAddress) {
                  <br />{{ m.venueAddress }}
                }
                @if (m.kelurahan) {
                  <br /><span class="wk-muted">{{ m.kelurahan.name }}</span>
                }
              </dd>
            }
            @if (m.onlineUrl) {
              <dt>{{ i18n.t('admin.meetings.field.onlineUrl') }}</dt>
              <dd>
                <a class="long" [href]="m.onlineUrl" rel="noopener noreferrer" target="_blank">{{ m.onlineUrl }}</a>
              </dd>
            }
            <dt>{{ i18n.t('admin.meetings.field.department') }}</dt>
            <dd>{{ m.department.name }}</dd>
            <dt>{{ i18n.t('admin.meetings.list.places') }}</dt>
            <dd>{{ i18n.t('admin.meetings.places', { confirmed: m.confirmedCount, capacity: m.capacity, waiting: m.waitingCount }) }}</dd>
            @if (m.conclusion) {
              <dt>{{ i18n.t('admin.meetings.manage.attendance') }}</dt>
              <dd>{{ i18n.t('admin.meetings.manage.attendanceCount', { count: m.conclusion.attendanceCount }) }}</dd>
            }
            @if (m.cancelReason) {
              <dt>{{ i18n.t('admin.meetings.manage.cancelReason') }}</dt>
              <dd class="long">{{ m.cancelReason }}</dd>
            }
          </dl>
          <p>
            <a [routerLink]="publicPath()">{{ i18n.t('admin.meetings.manage.publicPage') }}</a>
          </p>
        </section>

        @if (m.canManage || m.canRunFloor) {
          <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{{ i18n.t('admin.meetings.manage.actions') }}</h2>
            <div class="wk-actions">
              @if (m.canManage && m.status === 'scheduled') {
                <a wkButton variant="secondary" [routerLink]="path('ubah')">{{ i18n.t('admin.meetings.manage.edit') }}</a>
                <button wkButton type="button" (click)="startOpen.set(true)">{{ i18n.t('admin.meetings.manage.start') }}</button>
              }
              @if (m.canManage && m.status === 'live') {
                <a wkButton [routerLink]="path('simpulkan')">{{ i18n.t('admin.meetings.manage.conclude') }}</a>
              }
              @if (m.canRunFloor && (m.status === 'scheduled' || m.status === 'live')) {
                <a wkButton variant="secondary" [routerLink]="path('presensi')">{{ i18n.t('admin.meetings.manage.checkIn') }}</a>
              }
              @if (m.canManage && m.status === 'scheduled') {
                <button wkButton variant="danger" type="button" (click)="openCancel()">{{ i18n.t('admin.meetings.manage.cancel') }}</button>
              }
            </div>
          </section>
        }

        @if (m.conclusion; as c) {
          <section aria-labelledby="minutes-heading">
            <h2 id="minutes-heading">{{ i18n.t('admin.meetings.manage.minutes') }}</h2>
            <p class="wk-muted">{{ i18n.t('admin.meetings.manage.concludedAt', { date: format.dateTime(c.concludedAt) }) }}</p>
            <div class="minutes long" [innerHTML]="c.minutesHtml"></div>
            <p>
              <a [href]="pdfUrl()" target="_blank" rel="noopener">{{ i18n.t('admin.meetings.manage.pdf') }}</a>
            </p>
          </section>
          <section aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">{{ i18n.t('admin.meetings.manage.commitments') }}</h2>
            @if (c.commitments.length) {
              <ul class="commitments">
                @for (item of c.commitments; track item.id) {
                  <li><wk-admin-meeting-commitment [commitment]="item" /></li>
                }
              </ul>
            } @else {
              <p>{{ i18n.t('admin.meetings.manage.noCommitments') }}</p>
            }
          </section>
        }

        @if (m.canRunFloor) {
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{{ i18n.t('admin.meetings.questions.heading') }}</h2>
            <wk-admin-meeting-questions [code]="m.code" [live]="m.status === 'live'" />
          </section>
        }
      </div>

      <wk-dialog [(open)]="startOpen" [heading]="i18n.t('admin.meetings.start.heading')">
        <p>{{ i18n.t('admin.meetings.start.text') }}</p>
        <div wkDialogActions>
          <button wkButton type="button" [busy]="acting()" (click)="start()">{{ i18n.t('admin.meetings.start.confirm') }}</button>
          <button wkButton variant="link" type="button" (click)="startOpen.set(false)">{{ i18n.t('common.cancel') }}</button>
        </div>
      </wk-dialog>
      <wk-dialog [(open)]="cancelOpen" [heading]="i18n.t('admin.meetings.cancel.heading')">
        <wk-error-summary [errors]="state.problems()" />
        <form class="wk-form" [formGroup]="cancelForm" (ngSubmit)="cancel()" novalidate>
          <wk-field
            [label]="i18n.t('admin.meetings.cancel.reason')"
            [hint]="i18n.t('admin.meetings.cancel.reasonHint')"
            [error]="state.error('reason')"
            [max]="limits.cancelReasonMax"
            required
          >
            <textarea wkControl id="field-reason" rows="4" formControlName="reason"></textarea>
          </wk-field>
          <div class="wk-actions">
            <button wkButton variant="danger" type="submit" [busy]="state.busy()">{{ i18n.t('admin.meetings.cancel.submit') }}</button>
            <button wkButton variant="link" type="button" (click)="cancelOpen.set(false)">
              {{ i18n.t('admin.meetings.cancel.keep') }}
            </button>
          </div>
        </form>
      </wk-dialog>
    } @else if (meeting.error()) {
      <wk-alert tone="danger">{{ loadError() }}</wk-alert>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: var(--space-2) var(--space-5);
      margin: 0 0 var(--space-4);
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      min-width: 0;
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
      .facts dd {
        margin-bottom: var(--space-2);
      }
    }
    .long {
      overflow-wrap: anywhere;
    }
    .commitments {
      display: grid;
      gap: var(--space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class MeetingManagePage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  readonly code = input.required<string>();
  protected readonly limits = L;
  protected readonly listPath = meetingPath();
  protected readonly tone = meetingStatusTone;

  protected readonly meeting = resource<MeetingDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getMeeting(params),
  });
  protected readonly m = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly loadError = computed(() => loadErrorText(toApiProblem(this.meeting.error()), this.i18n));
  protected readonly publicPath = computed(() => publicMeetingPath(this.code()));
  protected readonly pdfUrl = computed(() => beritaAcaraUrl(this.code()));
  protected readonly startOpen = signal(false);
  protected readonly cancelOpen = signal(false);
  protected readonly acting = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly actError = signal<string | null>(null);
  protected readonly cancelForm = inject(FormBuilder).nonNullable.group({
    reason: ['', [Validators.required, Validators.minLength(L.cancelReasonMin), Validators.maxLength(L.cancelReasonMax)]],
  });

  protected path(...segments: string[]): string {
    return meetingPath(this.code(), ...segments);
  }

  protected openCancel(): void {
    this.state.reset();
    this.cancelForm.reset();
    this.cancelOpen.set(true);
  }

  protected async start(): Promise<void> {
    if (this.acting()) return;
    this.acting.set(true);
    this.done.set(null);
    this.actError.set(null);
    try {
      this.meeting.set(await this.api.startMeeting(this.code()));
      this.done.set(this.i18n.t('admin.meetings.start.done'));
    } catch (error) {
      this.actError.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.acting.set(false);
      this.startOpen.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    this.done.set(null);
    this.actError.set(null);
    const labels = { reason: this.i18n.t('admin.meetings.cancel.reason') };
    const ok = await this.state.submit(this.cancelForm, labels, async () => {
      this.meeting.set(await this.api.cancelMeeting(this.code(), { reason: this.cancelForm.getRawValue().reason.trim() }));
    });
    if (ok) {
      this.cancelOpen.set(false);
      this.done.set(this.i18n.t('admin.meetings.cancel.done'));
    }
  }
}
