import { ChangeDetectionStrategy, Component, booleanAttribute, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CommitmentDto } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';
import { WkBadge } from '@walikota/web-ui';
import { calendarDate, commitmentTone } from './meeting-format';

/** One commitment: what was promised, by which department, by when, its status, and what it answers. */
@Component({
  selector: 'wk-commitment-item',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = commitment();
    <article class="commitment">
      <p class="wk-cluster commitment__badges">
        <wk-badge [tone]="tone()">{{ i18n.t('meetings.commitment.' + c.status) }}</wk-badge>
        @if (c.overdue) {
          <wk-badge tone="danger">{{ i18n.t('meetings.commitments.overdue') }}</wk-badge>
        }
      </p>
      <p class="commitment__text">{{ c.description }}</p>
      <p class="commitment__line wk-muted">{{ c.department.name }} · {{ i18n.t('meetings.commitments.due', { date: due() }) }}</p>
      @if (c.status === 'dropped' && c.droppedReason) {
        <p class="commitment__line">{{ i18n.t('meetings.commitments.droppedReason', { reason: c.droppedReason }) }}</p>
      }
      @if (c.petitionCodes.length || c.reportCodes.length) {
        <p class="wk-cluster commitment__links">
          <span>{{ i18n.t('meetings.commitments.answers') }}</span>
          @for (code of c.petitionCodes; track code) {
            <a [routerLink]="['/petisi', code]">{{ i18n.t('meetings.commitments.petition', { code }) }}</a>
          }
          @for (code of c.reportCodes; track code) {
            <a [routerLink]="['/lacak', code]">{{ i18n.t('meetings.commitments.report', { code }) }}</a>
          }
        </p>
      }
      @if (showMeeting()) {
        <p class="commitment__line">
          <a [routerLink]="['/balai-kota/rapat', c.meetingCode]">{{ i18n.t('meetings.commitments.meeting', { code: c.meetingCode }) }}</a>
        </p>
      }
    </article>
  `,
  styles: `
    .commitment {
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .commitment__badges,
    .commitment__links {
      gap: var(--space-2);
      margin: 0 0 var(--space-1);
    }
    .commitment__text {
      margin: 0 0 var(--space-1);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .commitment__line {
      margin: 0 0 var(--space-1);
    }
  `,
})
export class CommitmentItem {
  readonly commitment = input.required<CommitmentDto>();
  /** A link to the meeting it was made at (on the list of all commitments). */
  readonly showMeeting = input(false, { transform: booleanAttribute });

  protected readonly i18n = inject(I18n);
  protected readonly tone = computed(() => commitmentTone(this.commitment().status));
  protected readonly due = computed(() => calendarDate(this.commitment().dueDate, this.i18n.language()));
}
