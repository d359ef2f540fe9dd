import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MEETING_COMMITMENT_STATUSES, MEETING_LIMITS as L } from '@walikota/shared-contracts';
import type { CommitmentDto, MeetingCommitmentStatus } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField } from '@walikota/web-ui';
import { commitmentTone, meetingPath } from './meeting-labels';

/**
 * One commitment of a concluded meeting: what, which department, by when, its status (overdue
 * said in words) and what it answers; officials of its department and admins move it — to done or
 * dropped for good, dropping with a reason. A refusal (403, 409) shows the API's words.
 */
@Component({
  selector: 'wk-admin-meeting-commitment',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = current();
    <article class="commitment" [attr.aria-labelledby]="'commitment-' + c.id">
      <h3 class="commitment__text" [id]="'commitment-' + c.id">{{ c.description }}</h3>
      <p class="wk-cluster commitment__meta">
        <wk-badge [tone]="tone()">{{ i18n.t('admin.meetings.commitmentStatus.' + c.status) }}</wk-badge>
        @if (c.overdue) {
          <wk-badge tone="danger">{{ i18n.t('admin.meetings.commitments.overdue') }}</wk-badge>
        }
        <span>{{ c.department.name }}</span>
        <span>{{ i18n.t('admin.meetings.commitments.due', { date: format.date(c.dueDate + 'T12:00:00Z') }) }}</span>
        @if (showMeeting()) {
          <a [routerLink]="meetingLink()">{{ i18n.t('admin.meetings.commitments.meeting', { code: c.meetingCode }) }}</a>
        }
      </p>
      @if (codes()) {
        <p class="wk-muted commitment__codes">{{ i18n.t('admin.meetings.commitments.answers', { codes: codes() }) }}</p>
      }
      @if (c.droppedReason) {
        <p>{{ i18n.t('admin.meetings.commitments.droppedReason', { reason: c.droppedReason }) }}</p>
      }
      <div role="status">
        @if (saved()) {
          <wk-alert tone="success">{{ i18n.t('admin.meetings.commitments.saved') }}</wk-alert>
        }
      </div>
      @if (mayMove()) {
        <form class="commitment__form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <wk-field [label]="i18n.t('admin.meetings.commitments.newStatus')" [error]="fieldError('status')">
            <select wkControl [id]="'commitment-status-' + c.id" formControlName="status">
              @for (s of statuses; track s) {
                <option [value]="s">{{ i18n.t('admin.meetings.commitmentStatus.' + s) }}</option>
              }
            </select>
          </wk-field>
          @if (form.controls.status.value === 'dropped') {
            <wk-field
              [label]="i18n.t('admin.meetings.commitments.reason')"
              [hint]="i18n.t('admin.meetings.commitments.reasonHint')"
              [error]="fieldError('reason')"
              [max]="limits.dropReasonMax"
              required
            >
              <textarea wkControl [id]="'commitment-reason-' + c.id" rows="3" formControlName="reason"></textarea>
            </wk-field>
          }
          @if (problem()) {
            <wk-alert tone="danger">{{ problem() }}</wk-alert>
          }
          <div class="wk-actions">
            <button wkButton variant="secondary" type="submit" [busy]="busy()">
              {{ i18n.t('admin.meetings.commitments.save') }}<span class="wk-visually-hidden">: {{ c.description }}</span>
            </button>
          </div>
        </form>
      }
    </article>
  `,
  styles: `
    .commitment {
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      overflow-wrap: anywhere;
    }
    .commitment__text {
      font-size: 1.0625em;
      margin: 0 0 var(--space-2);
    }
    .commitment__meta,
    .commitment__codes {
      gap: var(--space-2) var(--space-3);
      margin: 0 0 var(--space-2);
    }
    .commitment__form {
      display: grid;
      gap: var(--space-3);
      max-width: 30rem;
      margin-top: var(--space-3);
    }
  `,
})
export class MeetingCommitment {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly session = inject(Session);
  readonly commitment = input.required<CommitmentDto>();
  /** A link to the meeting (on the list of all commitments). */
  readonly showMeeting = input(false, { transform: booleanAttribute });
  readonly changed = output<CommitmentDto>();
  protected readonly statuses = MEETING_COMMITMENT_STATUSES;
  protected readonly limits = L;

  private readonly updated = signal<CommitmentDto | null>(null);
  protected readonly current = computed(() => {
    const updated = this.updated();
    return updated && updated.id === this.commitment().id ? updated : this.commitment();
  });
  protected readonly tone = computed(() => commitmentTone(this.current()));
  protected readonly codes = computed(() => [...this.current().petitionCodes, ...this.current().reportCodes].join(', '));
  protected readonly meetingLink = computed(() => meetingPath(this.current().meetingCode));
  /** Done and dropped are final; only officials of its department and admins move it (the API decides in the end). */
  protected readonly mayMove = computed(() => {
    const c = this.current();
    if (c.status === 'done' || c.status === 'dropped') return false;
    if (this.session.hasRole('admin')) return true;
    return this.session.hasRole('official') && (this.session.profile()?.departmentIds ?? []).includes(c.department.id);
  });
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly form = inject(FormBuilder).nonNullable.group({
    status: ['in_progress' as MeetingCommitmentStatus],
    reason: [''],
  });

  protected fieldError(field: 'status' | 'reason'): string | null {
    return this.fieldErrors()[field] || null;
  }

  constructor() {
    // The likely next step is preselected: open → in progress, in progress → done.
    effect(() => {
      const status = this.current().status;
      untracked(() => this.form.controls.status.setValue(status === 'open' ? 'in_progress' : 'done'));
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const { status, reason } = this.form.getRawValue();
    this.saved.set(false);
    this.problem.set(null);
    this.fieldErrors.set({});
    if (status === 'dropped' && reason.trim().length < L.dropReasonMin) {
      const label = this.i18n.t('admin.meetings.commitments.reason');
      const key = reason.trim() ? 'form.minlength' : 'form.required';
      this.fieldErrors.set({ reason: this.i18n.t(key, { field: label, min: L.dropReasonMin }) });
      return;
    }
    this.busy.set(true);
    try {
      const next = await this.api.setMeetingCommitmentStatus(this.current().id, {
        status,
        reason: status === 'dropped' ? reason.trim() : undefined,
      });
      this.updated.set(next);
      this.saved.set(true);
      this.form.controls.reason.reset('');
      this.changed.emit(next);
    } catch (error) {
      const problem = toApiProblem(error);
      const known = Object.fromEntries(Object.entries(problem.fields).filter(([f]) => f === 'status' || f === 'reason'));
      this.fieldErrors.set(known);
      if (!Object.keys(known).length) this.problem.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
