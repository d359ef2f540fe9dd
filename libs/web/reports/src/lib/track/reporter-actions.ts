import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ReportActionDto, ReportDetailDto } from '@walikota/shared-contracts';
import { API, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset } from '@walikota/web-ui';

/** The API's limit of a note (ReportActionDto): the counters and validators below. */
const NOTE_LIMIT = 2000;

/** Sends one of the reporter's actions and tells the page the report's new state. */
function useAction() {
  const api = inject(API);
  const toasts = inject(Toasts);
  const i18n = inject(I18n);
  return async (code: string, body: ReportActionDto, doneKey: string): Promise<ReportDetailDto> => {
    const report = await api.actOnReport(code, body);
    toasts.show(i18n.t(doneKey), 'success');
    return report;
  };
}

/**
 * "Yes, it is resolved" (`confirm`: closes it, the rating optional) or a rating after the fact
 * (`rate`: for a report closed without one, the rating required): 1–5 stars with words and an
 * optional comment.
 */
@Component({
  selector: 'wk-rate-report-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ i18n.t(mode() === 'confirm' ? 'reports.act.confirm.heading' : 'reports.act.rate.heading') }}</h3>
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-fieldset
        [legend]="i18n.t(mode() === 'confirm' ? 'reports.act.ratingOptional' : 'reports.act.rating')"
        [error]="state.error('rating')"
        [required]="mode() === 'rate'"
      >
        @for (value of ratings; track value; let first = $first) {
          <label class="wk-check">
            <input type="radio" formControlName="rating" [value]="value" [attr.id]="first ? 'field-rating' : null" />
            <span
              ><span class="stars" aria-hidden="true">{{ stars(value) }}</span> {{ i18n.t('reports.act.rating.' + value) }}</span
            >
          </label>
        }
      </wk-fieldset>
      <wk-field [label]="i18n.t('reports.act.comment')" [error]="state.error('comment')" counter [max]="limit">
        <textarea wkControl id="field-comment" formControlName="comment" rows="3"></textarea>
      </wk-field>
      <div class="wk-actions">
        <button wkButton type="submit" [busy]="state.busy()">
          {{ i18n.t(mode() === 'confirm' ? 'reports.act.confirm' : 'reports.act.rate') }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .stars {
      color: #7a4f00;
      letter-spacing: 0.1em;
    }
  `,
})
export class RateReportForm {
  readonly code = input.required<string>();
  readonly mode = input<'confirm' | 'rate'>('rate');
  readonly changed = output<ReportDetailDto>();
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly act = useAction();
  protected readonly ratings = [5, 4, 3, 2, 1];
  protected readonly limit = NOTE_LIMIT;
  protected readonly form = inject(FormBuilder).group({
    rating: [null as number | null],
    comment: ['', Validators.maxLength(NOTE_LIMIT)],
  });

  protected stars(value: number): string {
    return '★'.repeat(value) + '☆'.repeat(5 - value);
  }

  protected async submit(): Promise<void> {
    const confirming = this.mode() === 'confirm';
    this.form.controls.rating.setValidators(confirming ? [] : [Validators.required]);
    this.form.controls.rating.updateValueAndValidity();
    const labels = { rating: this.i18n.t('reports.act.rating'), comment: this.i18n.t('reports.act.comment') };
    await this.state.submit(this.form, labels, async () => {
      const { rating, comment } = this.form.getRawValue();
      const body: ReportActionDto = {
        action: confirming ? 'confirm' : 'rate',
        rating: rating ?? undefined,
        note: comment?.trim() || undefined,
      };
      this.changed.emit(await this.act(this.code(), body, confirming ? 'reports.act.confirmed' : 'reports.act.rated'));
    });
  }
}

/** "Not resolved": reopen once, with a required reason. */
@Component({
  selector: 'wk-reopen-report-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkErrorSummary, WkField],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ i18n.t('reports.act.reopen.heading') }}</h3>
    <p>{{ i18n.t('reports.act.reopen.lead') }}</p>
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-field
        [label]="i18n.t('reports.act.reason')"
        [hint]="i18n.t('reports.act.reason.hint')"
        [error]="state.error('reason')"
        required
        counter
        [max]="limit"
      >
        <textarea wkControl id="field-reason" formControlName="reason" rows="3"></textarea>
      </wk-field>
      <div class="wk-actions">
        <button wkButton variant="secondary" type="submit" [busy]="state.busy()">{{ i18n.t('reports.act.reopen') }}</button>
      </div>
    </form>
  `,
})
export class ReopenReportForm {
  readonly code = input.required<string>();
  readonly changed = output<ReportDetailDto>();
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly act = useAction();
  protected readonly limit = NOTE_LIMIT;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: ['', [Validators.required, Validators.maxLength(NOTE_LIMIT)]],
  });

  protected async submit(): Promise<void> {
    // Spaces alone are no reason.
    this.form.patchValue({ reason: this.form.getRawValue().reason.trim() });
    // The API calls the reason `note`; here it is `reason`, so that its id is unique beside the rating's comment.
    await this.state.submit(this.form, { reason: this.i18n.t('reports.act.reason') }, async () => {
      const body: ReportActionDto = { action: 'reopen', note: this.form.getRawValue().reason };
      this.changed.emit(await this.act(this.code(), body, 'reports.act.reopened'));
    });
  }
}

type Answer = 'yes' | 'no';

/**
 * The reporter's part once the department says a report is resolved: one question, "Sudah
 * selesai?". Yes closes it (a rating and comment optional); no sends it back with the reason —
 * once; after that the answer explains what is left. A report that closed without a rating can
 * still be rated. What is offered follows `allowedActions`, which the API computes.
 */
@Component({
  selector: 'wk-reporter-actions',
  imports: [RouterLink, WkAlert, WkFieldset, RateReportForm, ReopenReportForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (offers().length) {
      <section class="actions" aria-labelledby="reporter-actions">
        <h2 id="reporter-actions">{{ i18n.t('reports.act.heading') }}</h2>
        @if (can('confirm')) {
          <wk-fieldset [legend]="i18n.t('reports.act.question')" [hint]="i18n.t('reports.act.lead')">
            <label class="wk-check">
              <input type="radio" name="reporter-answer" value="yes" [checked]="answer() === 'yes'" (change)="answer.set('yes')" />
              {{ i18n.t('reports.act.answer.yes') }}
            </label>
            <label class="wk-check">
              <input type="radio" name="reporter-answer" value="no" [checked]="answer() === 'no'" (change)="answer.set('no')" />
              {{ i18n.t('reports.act.answer.no') }}
            </label>
          </wk-fieldset>
          @if (answer() === 'yes') {
            <wk-rate-report-form mode="confirm" [code]="report().code" (changed)="changed.emit($event)" />
          } @else if (answer() === 'no') {
            @if (can('reopen')) {
              <wk-reopen-report-form [code]="report().code" (changed)="changed.emit($event)" />
            } @else {
              <wk-alert tone="info" [heading]="i18n.t('reports.act.reopenUsed.heading')">
                {{ i18n.t('reports.act.reopenUsed.text', { code: report().code }) }}
                <a routerLink="/aspirasi/baru">{{ i18n.t('reports.act.reopenUsed.link') }}</a>
              </wk-alert>
            }
          }
        } @else {
          @if (can('rate')) {
            <wk-rate-report-form mode="rate" [code]="report().code" (changed)="changed.emit($event)" />
          }
          @if (can('reopen')) {
            <wk-reopen-report-form [code]="report().code" (changed)="changed.emit($event)" />
          }
        }
      </section>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-direction: column;
      gap: var(--space-4);
      margin-bottom: var(--space-6);
      padding: var(--space-5);
      border: 2px solid var(--color-primary);
      border-radius: var(--radius);
    }
    .actions > * {
      margin: 0;
    }
  `,
})
export class ReporterActions {
  readonly report = input.required<ReportDetailDto>();
  readonly changed = output<ReportDetailDto>();
  protected readonly i18n = inject(I18n);
  protected readonly answer = signal<Answer | null>(null);
  protected readonly offers = computed(() =>
    this.report().mine ? this.report().allowedActions.filter((a) => a === 'confirm' || a === 'rate' || a === 'reopen') : [],
  );

  protected can(action: 'confirm' | 'rate' | 'reopen'): boolean {
    return this.offers().includes(action);
  }
}
