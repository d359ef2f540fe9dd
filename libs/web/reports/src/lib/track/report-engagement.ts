import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReportDetailDto } from '@walikota/shared-contracts';
import { API, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkButton } from '@walikota/web-ui';

/**
 * "Saya juga mengalami ini" (support, citizens) and follow (anyone signed in), as toggle buttons;
 * not on one's own report. Visitors get a link to sign in and come back.
 */
@Component({
  selector: 'wk-report-engagement',
  imports: [RouterLink, WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!session.signedIn()) {
      <p>
        <a routerLink="/masuk" [queryParams]="{ kembali: '/lacak/' + report().code }">{{ i18n.t('reports.support.signIn') }}</a>
      </p>
    } @else if (!report().mine) {
      <div class="wk-actions engagement">
        @if (canSupport()) {
          <button
            wkButton
            variant="secondary"
            type="button"
            [attr.aria-pressed]="report().supported"
            [busy]="busy() === 'support'"
            (click)="toggle('support')"
          >
            <span aria-hidden="true">{{ report().supported ? '✓' : '+' }}</span>
            {{ i18n.t('reports.support.add') }}
          </button>
        }
        <button
          wkButton
          variant="secondary"
          type="button"
          [attr.aria-pressed]="report().following"
          [busy]="busy() === 'follow'"
          (click)="toggle('follow')"
        >
          <span aria-hidden="true">{{ report().following ? '✓' : '+' }}</span>
          {{ i18n.t('reports.follow.add') }}
        </button>
      </div>
      @if (error(); as message) {
        <p class="wk-field__error" role="alert">{{ message }}</p>
      }
    }
  `,
  styles: `
    .engagement {
      margin-bottom: var(--space-5);
    }
  `,
})
export class ReportEngagement {
  readonly report = input.required<ReportDetailDto>();
  readonly stale = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly busy = signal<'support' | 'follow' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly canSupport = computed(() => this.session.hasRole('citizen'));

  protected async toggle(what: 'support' | 'follow'): Promise<void> {
    if (this.busy()) return;
    const { code, supported, following } = this.report();
    const on = what === 'support' ? !supported : !following;
    this.busy.set(what);
    this.error.set(null);
    try {
      if (what === 'support') await (on ? this.api.supportReport(code) : this.api.withdrawReportSupport(code));
      else await (on ? this.api.followReport(code) : this.api.unfollowReport(code));
      const key =
        what === 'support'
          ? on
            ? 'reports.support.added'
            : 'reports.support.removed'
          : on
            ? 'reports.follow.added'
            : 'reports.follow.removed';
      this.toasts.show(this.i18n.t(key), 'success');
      this.stale.emit();
    } catch (error) {
      this.error.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(null);
    }
  }
}
