import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { BulkResultDto } from '@walikota/shared-contracts';
import { API, FormState, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkDialog, WkErrorSummary, WkField } from '@walikota/web-ui';
import { DepartmentsStore } from '../data-access/stores';

interface BulkOutcome {
  action: 'verify' | 'dispatch';
  succeeded: number;
  failures: BulkResultDto[];
}

/** Verify or dispatch the selected reports at once; says how many succeeded and why each other one failed. */
@Component({
  selector: 'wk-admin-report-bulk-bar',
  imports: [ReactiveFormsModule, WkAlert, WkButton, WkControl, WkDialog, WkErrorSummary, WkField],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="report-bulk" aria-labelledby="report-bulk-heading">
      <h2 id="report-bulk-heading" class="report-bulk__heading">{{ i18n.t('admin.reports.bulk.heading') }}</h2>
      <p class="report-bulk__count" aria-live="polite">{{ i18n.t('admin.reports.bulk.selected', { count: selected().length }) }}</p>
      <div class="wk-cluster">
        <button wkButton type="button" [busy]="busy() === 'verify'" (click)="verify()">{{ i18n.t('admin.reports.bulk.verify') }}</button>
        <button wkButton variant="secondary" type="button" (click)="openDispatch()">{{ i18n.t('admin.reports.bulk.dispatch') }}</button>
        <button wkButton variant="link" type="button" (click)="selectAll.emit()">{{ i18n.t('admin.reports.bulk.selectAll') }}</button>
        @if (selected().length) {
          <button wkButton variant="link" type="button" (click)="clear.emit()">{{ i18n.t('admin.reports.bulk.clear') }}</button>
        }
      </div>
      <div aria-live="polite">
        @if (notice(); as notice) {
          <wk-alert tone="warning">{{ notice }}</wk-alert>
        }
      </div>
      @if (failure(); as failure) {
        <wk-alert tone="danger">{{ failure }}</wk-alert>
      }
      @if (outcome(); as outcome) {
        <div #result class="report-bulk__result" tabindex="-1" data-testid="bulk-result">
          <wk-alert [tone]="outcome.failures.length ? 'warning' : 'success'">
            <p>{{ i18n.t('admin.reports.bulk.result.' + outcome.action, { count: outcome.succeeded }) }}</p>
            @if (outcome.failures.length) {
              <p>{{ i18n.t('admin.reports.bulk.failed', { count: outcome.failures.length }) }}</p>
              <ul>
                @for (failure of outcome.failures; track failure.code) {
                  <li>{{ i18n.t('admin.reports.bulk.failure', { code: failure.code, message: failure.message ?? '' }) }}</li>
                }
              </ul>
            }
          </wk-alert>
        </div>
      }
    </section>
    <wk-dialog [(open)]="dispatchOpen" [heading]="i18n.t('admin.reports.bulk.dispatchHeading', { count: selected().length })">
      @if (dispatchOpen()) {
        <form class="wk-form" [formGroup]="form" (ngSubmit)="dispatch()" novalidate>
          <wk-error-summary [errors]="state.problems()" />
          <wk-field [label]="i18n.t('admin.reports.bulk.dispatchDepartment')" [error]="state.error('departmentId')">
            <select wkControl id="field-departmentId" formControlName="departmentId">
              <option value="">{{ i18n.t('admin.reports.bulk.dispatchDefault') }}</option>
              @for (department of departments.items(); track department.id) {
                <option [value]="department.id">{{ department.shortName }} · {{ departments.name(department) }}</option>
              }
            </select>
          </wk-field>
          <div class="wk-actions">
            <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.reports.bulk.dispatchConfirm') }}</button>
            <button wkButton variant="secondary" type="button" (click)="dispatchOpen.set(false)">{{ i18n.t('common.cancel') }}</button>
          </div>
        </form>
      }
    </wk-dialog>
  `,
  styles: `
    .report-bulk {
      display: grid;
      gap: var(--space-3);
      margin-bottom: var(--space-5);
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .report-bulk__heading {
      font-size: 1.125em;
      margin: 0;
    }
    .report-bulk__count {
      margin: 0;
    }
    .report-bulk__result:focus {
      outline: none;
    }
    .report-bulk__result:focus-visible {
      outline: 3px solid var(--color-focus);
    }
    .report-bulk__result p {
      margin: 0 0 var(--space-2);
    }
    .report-bulk__result ul {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class ReportBulkBar {
  /** Codes of the selected reports. */
  readonly selected = input.required<readonly string[]>();
  readonly selectAll = output<void>();
  readonly clear = output<void>();
  /** After an action: the list should be loaded again. */
  readonly done = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  protected readonly departments = inject(DepartmentsStore);
  private readonly api = inject(API);
  protected readonly busy = signal<'verify' | 'dispatch' | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly outcome = signal<BulkOutcome | null>(null);
  protected readonly dispatchOpen = signal(false);
  protected readonly form = new FormGroup({ departmentId: new FormControl('', { nonNullable: true }) });
  private readonly result = viewChild<ElementRef<HTMLElement>>('result');
  private readonly hasSelection = computed(() => this.selected().length > 0);

  constructor() {
    // Each new outcome takes focus, so that it is read out and the keyboard continues from there.
    let shown: BulkOutcome | null = null;
    afterRenderEffect(() => {
      const outcome = this.outcome();
      const box = this.result();
      if (outcome && box && outcome !== shown) box.nativeElement.focus();
      shown = outcome;
    });
  }

  protected async verify(): Promise<void> {
    if (!this.checkSelection() || this.busy()) return;
    this.busy.set('verify');
    try {
      await this.run('verify');
    } catch (error) {
      this.failure.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(null);
    }
  }

  protected openDispatch(): void {
    if (!this.checkSelection()) return;
    this.form.reset({ departmentId: '' });
    this.state.reset();
    this.dispatchOpen.set(true);
  }

  protected async dispatch(): Promise<void> {
    const done = await this.state.submit(this.form, {}, () => this.run('dispatch', this.form.getRawValue().departmentId || undefined));
    if (done) this.dispatchOpen.set(false);
  }

  private async run(action: 'verify' | 'dispatch', departmentId?: string): Promise<void> {
    this.notice.set(null);
    const results = await this.api.bulkReportAction({ codes: [...this.selected()], action, departmentId });
    this.outcome.set({
      action,
      succeeded: results.filter((r) => r.outcome === 'ok').length,
      failures: results.filter((r) => r.outcome === 'error'),
    });
    this.done.emit();
  }

  private checkSelection(): boolean {
    this.outcome.set(null);
    this.failure.set(null);
    this.notice.set(this.hasSelection() ? null : this.i18n.t('admin.reports.bulk.noneSelected'));
    return this.hasSelection();
  }
}
