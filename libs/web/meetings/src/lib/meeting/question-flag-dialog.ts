import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  model,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FORUM_FLAG_REASONS, FORUM_MODERATION_LIMITS } from '@walikota/shared-contracts';
import type { ForumFlagReason, QuestionDto } from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkDialog, WkDialogActions, WkField, WkFieldset } from '@walikota/web-ui';

/** After a report: the question, and whether this report hid it (enough readers reported it). */
export interface QuestionFlagged {
  question: QuestionDto;
  hidden: boolean;
}

/** "Laporkan" a question: one of the forums' six reasons and optional details, then a thank-you. */
@Component({
  selector: 'wk-question-flag-dialog',
  imports: [WkAlert, WkButton, WkControl, WkDialog, WkDialogActions, WkField, WkFieldset],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-dialog [(open)]="open" [heading]="i18n.t('meetings.flag.heading')" (closed)="reset()">
      @if (done(); as message) {
        <p #thanks class="thanks" role="status" tabindex="-1">{{ message }}</p>
      } @else {
        <form id="question-flag-form" class="wk-form" (submit)="$event.preventDefault(); send()" novalidate>
          <p>{{ i18n.t('meetings.flag.lead') }}</p>
          <wk-fieldset [legend]="i18n.t('meetings.flag.reason')" [error]="reasonError()" required>
            @for (r of reasons; track r) {
              <label class="wk-check">
                <input type="radio" name="question-flag-reason" [value]="r" [checked]="reason() === r" (change)="reason.set(r)" />
                <span>{{ i18n.t('meetings.reason.' + r) }}</span>
              </label>
            }
          </wk-fieldset>
          <wk-field
            [label]="i18n.t('meetings.flag.details')"
            [hint]="i18n.t('meetings.flag.detailsHint')"
            [error]="detailsError()"
            [max]="limits.flagDetailsMax"
          >
            <textarea
              #detailsInput
              wkControl
              id="question-flag-details"
              name="details"
              rows="3"
              [value]="details()"
              (input)="details.set(detailsInput.value)"
            ></textarea>
          </wk-field>
          @if (general(); as message) {
            <wk-alert tone="danger">{{ message }}</wk-alert>
          }
        </form>
      }
      @if (done()) {
        <div wkDialogActions>
          <button wkButton type="button" (click)="open.set(false)">{{ i18n.t('ui.close') }}</button>
        </div>
      } @else {
        <div wkDialogActions>
          <button wkButton type="submit" form="question-flag-form" [busy]="busy()">{{ i18n.t('meetings.flag.submit') }}</button>
          <button wkButton variant="secondary" type="button" (click)="open.set(false)">{{ i18n.t('common.cancel') }}</button>
        </div>
      }
    </wk-dialog>
  `,
  styles: `
    .thanks {
      margin: 0;
      font-weight: 600;
    }
  `,
})
export class QuestionFlagDialog {
  readonly question = input<QuestionDto | null>(null);
  readonly open = model(false);
  readonly flagged = output<QuestionFlagged>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly injector = inject(Injector);
  protected readonly reasons = FORUM_FLAG_REASONS;
  protected readonly limits = FORUM_MODERATION_LIMITS;
  protected readonly reason = signal<ForumFlagReason | null>(null);
  protected readonly details = signal('');
  protected readonly busy = signal(false);
  protected readonly reasonError = signal<string | null>(null);
  protected readonly detailsError = signal<string | null>(null);
  protected readonly general = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');

  protected reset(): void {
    this.reason.set(null);
    this.details.set('');
    this.reasonError.set(null);
    this.detailsError.set(null);
    this.general.set(null);
    this.done.set(null);
  }

  protected async send(): Promise<void> {
    const question = this.question();
    const reason = this.reason();
    if (!question || this.busy()) return;
    this.general.set(null);
    this.reasonError.set(reason ? null : this.i18n.t('form.required', { field: this.i18n.t('meetings.flag.reason') }));
    if (!reason) return;
    this.busy.set(true);
    try {
      const details = this.details().trim();
      // The API answers `{ hidden }` (201); the generated client types the answer as void.
      const answer = (await this.api.flagForumContent({
        targetType: 'question',
        targetId: question.id,
        reason,
        ...(details ? { details } : {}),
      })) as unknown as { hidden?: boolean } | null;
      const hidden = !!answer?.hidden;
      this.done.set(this.i18n.t(hidden ? 'meetings.flag.hidden' : 'meetings.flag.thanks'));
      afterNextRender(() => this.thanks()?.nativeElement.focus(), { injector: this.injector });
      this.flagged.emit({ question, hidden });
    } catch (error) {
      const problem = toApiProblem(error);
      if (problem.status === 429) {
        this.general.set(this.i18n.t('meetings.error.rateLimited'));
      } else {
        const { details: detailsMessage, reason: reasonMessage, ...rest } = problem.fields;
        this.reasonError.set(reasonMessage ?? null);
        this.detailsError.set(detailsMessage ?? null);
        const others = { ...problem, fields: rest };
        this.general.set(
          reasonMessage || detailsMessage
            ? Object.keys(rest).length
              ? problemMessage(others, this.i18n)
              : null
            : problemMessage(problem, this.i18n),
        );
      }
    } finally {
      this.busy.set(false);
    }
  }
}
