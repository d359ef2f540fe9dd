import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { reportLabels } from '@walikota/web-reports-data';
import { Toasts, WkBadge, WkButton, WkDialog } from '@walikota/web-ui';
import { ReportActionForm } from './report-action-form';
import { ReportAction, ReportDetailDto, staffActions } from './report-model';

/** The actions the API allows the caller now (`allowedActions`), each in a dialog with its fields. */
@Component({
  selector: 'wk-admin-report-actions-panel',
  imports: [ReportActionForm, WkBadge, WkButton, WkDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p #statusLine class="report-status-line" tabindex="-1" data-testid="report-status">
      {{ i18n.t('admin.reports.col.status') }}:
      <wk-badge [tone]="labels.statusTone(report().status)">{{ labels.status(report().status) }}</wk-badge>
    </p>
    @if (actions().length) {
      <ul class="wk-cluster report-actions">
        @for (action of actions(); track action) {
          <li>
            <button wkButton [variant]="variant(action)" type="button" (click)="open(action)">
              {{ i18n.t('admin.reports.action.' + action) }}
            </button>
          </li>
        }
      </ul>
    } @else {
      <p class="wk-muted">{{ i18n.t('admin.reports.detail.noActions') }}</p>
    }
    <wk-dialog [(open)]="dialogOpen" [heading]="heading()" (closed)="onClosed()">
      @if (dialogOpen() && current(); as action) {
        <wk-admin-report-action-form [report]="report()" [action]="action" (done)="done($event)" (cancel)="dialogOpen.set(false)" />
      }
    </wk-dialog>
  `,
  styles: `
    .report-status-line:focus {
      outline: none;
    }
    .report-status-line:focus-visible {
      outline: 3px solid var(--color-focus);
    }
    .report-actions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class ReportActionsPanel {
  readonly report = input.required<ReportDetailDto>();
  readonly changed = output<ReportDetailDto>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'staff');
  private readonly toasts = inject(Toasts);
  protected readonly actions = computed(() => staffActions(this.report()));
  protected readonly current = signal<ReportAction | null>(null);
  protected readonly dialogOpen = signal(false);
  protected readonly heading = computed(() => {
    const action = this.current();
    return action ? this.i18n.t('admin.reports.heading.' + action, { code: this.report().code }) : '';
  });
  private readonly statusLine = viewChild.required<ElementRef<HTMLElement>>('statusLine');
  /** Held until the dialog has closed, so that focus can move to the new status afterwards. */
  private result: { action: ReportAction; report: ReportDetailDto } | null = null;

  protected open(action: ReportAction): void {
    this.result = null;
    this.current.set(action);
    this.dialogOpen.set(true);
  }

  protected done(report: ReportDetailDto): void {
    const action = this.current();
    if (action) this.result = { action, report };
    this.dialogOpen.set(false);
  }

  protected onClosed(): void {
    const result = this.result;
    this.result = null;
    this.current.set(null);
    if (!result) return;
    this.changed.emit(result.report);
    this.toasts.show(this.i18n.t('admin.reports.done.' + result.action, { code: result.report.code }), 'success');
    // The button used may be gone with the new status: focus moves to the status itself.
    setTimeout(() => this.statusLine().nativeElement.focus());
  }

  protected variant(action: ReportAction): 'primary' | 'secondary' | 'danger' {
    if (action === 'reject') return 'danger';
    return ['verify', 'dispatch', 'start', 'resolve', 'resume'].includes(action) ? 'primary' : 'secondary';
  }
}
