import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ReportActionDto, ReportDetailDto } from '@walikota/shared-contracts';
import { API, FormState, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset } from '@walikota/web-ui';

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

/** Rate the handling 1–5 (a radio group of stars with words) with an optional comment. */
@Component({
  selector: 'wk-rate-report-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ i18n.t('reports.act.rate.heading') }}</h3>
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-fieldset [legend]="i18n.t('reports.act.rating')" [error]="state.error('rating')" required>
        @for (value of ratings; track value; let first = $first) {
          <label class="wk-check">
            <input type="radio" formControlName="rating" [value]="value" [attr.id]="first ? 'field-rating' : null" />
            <span
              ><span class="stars" aria-hidden="true">{{ stars(value) }}</span> {{ i18n.t('reports.act.rating.' + value) }}</span
            >
          </label>
        }
      </wk-fieldset>
      <wk-field [label]="i18n.t('reports.act.comment')" [error]="state.error('comment')" counter>
        <textarea wkControl id="field-comment" formControlName="comment" rows="3" maxlength="2000"></textarea>
      </wk-field>
      <div class="wk-actions">
        <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('reports.act.rate') }}</button>
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
  readonly changed = output<ReportDetailDto>();
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly act = useAction();
  protected readonly ratings = [5, 4, 3, 2, 1];
  protected readonly form = inject(FormBuilder).group({
    rating: [null as number | null, Validators.required],
    comment: ['', Validators.maxLength(2000)],
  });

  protected stars(value: number): string {
    return '★'.repeat(value) + '☆'.repeat(5 - value);
  }

  protected async submit(): Promise<void> {
    const labels = { rating: this.i18n.t('reports.act.rating'), comment: this.i18n.t('reports.act.comment') };
    await this.state.submit(this.form, labels, async () => {
      const { rating, comment } = this.form.getRawValue();
      const body: ReportActionDto = { action: 'rate', rating: rating ?? undefined, note: comment?.trim() || undefined };
      this.changed.emit(await this.act(this.code(), body, 'reports.act.rated'));
    });
  }
}

/** Reopen once, with a required reason. */
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
      >
        <textarea wkControl id="field-reason" formControlName="reason" rows="3" maxlength="2000"></textarea>
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
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  protected async submit(): Promise<void> {
    // The API calls the reason `note`; here it is `reason`, so that its id is unique beside the rating's comment.
    await this.state.submit(this.form, { reason: this.i18n.t('reports.act.reason') }, async () => {
      const body: ReportActionDto = { action: 'reopen', note: this.form.getRawValue().reason.trim() };
      this.changed.emit(await this.act(this.code(), body, 'reports.act.reopened'));
    });
  }
}

/** The reporter's part once a report is resolved: confirm, rate, reopen — whatever `allowedActions` offers. */
@Component({
  selector: 'wk-reporter-actions',
  imports: [WkButton, RateReportForm, ReopenReportForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (offers().length) {
      <section class="actions" aria-labelledby="reporter-actions">
        <h2 id="reporter-actions">{{ i18n.t('reports.act.heading') }}</h2>
        @if (can('confirm')) {
          <p>{{ i18n.t('reports.act.lead') }}</p>
          <p class="wk-actions">
            <button wkButton type="button" [busy]="confirming()" (click)="confirm()">{{ i18n.t('reports.act.confirm') }}</button>
          </p>
          @if (error(); as message) {
            <p class="wk-field__error" role="alert">{{ message }}</p>
          }
        }
        @if (can('rate')) {
          <wk-rate-report-form [code]="report().code" (changed)="changed.emit($event)" />
        }
        @if (can('reopen')) {
          <wk-reopen-report-form [code]="report().code" (changed)="changed.emit($event)" />
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
  private readonly act = useAction();
  protected readonly confirming = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly offers = computed(() =>
    this.report().mine ? this.report().allowedActions.filter((a) => a === 'confirm' || a === 'rate' || a === 'reopen') : [],
  );

  protected can(action: 'confirm' | 'rate' | 'reopen'): boolean {
    return this.offers().includes(action);
  }

  protected async confirm(): Promise<void> {
    if (this.confirming()) return;
    this.confirming.set(true);
    this.error.set(null);
    try {
      this.changed.emit(await this.act(this.report().code, { action: 'confirm' }, 'reports.act.confirmed'));
    } catch (error) {
      this.error.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.confirming.set(false);
    }
  }
}
