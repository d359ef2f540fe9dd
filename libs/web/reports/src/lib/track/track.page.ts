import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, effect, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ReportDetailDto, ReportStatusDto } from '@walikota/shared-contracts';
import { API, CityFormat, PageDetails, PageMeta, Session, SiteStore, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { reportLabels } from '@walikota/web-reports-data';
import { WkAlert, WkBadge, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { normalizeReportCode } from '@walikota/shared-contracts';
import { ReportView } from './report-view';

/**
 * `/lacak` and `/lacak/:code`: find a report by the code its reporter received, and its page.
 * A report whose content the reader may not see yet (waiting for a moderator, rejected) shows
 * its status only, with what that means; a missing report and a confidential one look the same.
 */
@Component({
  selector: 'wk-track-page',
  imports: [FormsModule, RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton, ReportView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (report.hasValue()) {
      <wk-report-view [report]="report.value()!" (changed)="report.set($event)" (stale)="report.reload()" />
    } @else {
      <wk-page-header [heading]="i18n.t('reports.title.track')" [lead]="i18n.t('reports.track.lead')" />
      <form class="wk-form" role="search" (ngSubmit)="track()">
        <wk-field [label]="i18n.t('reports.track.code')">
          <input
            wkControl
            id="field-code"
            name="code"
            type="text"
            autocomplete="off"
            spellcheck="false"
            autocapitalize="characters"
            [(ngModel)]="typed"
          />
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit">{{ i18n.t('reports.track.submit') }}</button>
        </div>
      </form>
      @if (normalized(); as code) {
        <h2 class="result">{{ i18n.t('reports.track.result', { code }) }}</h2>
        @if (report.isLoading()) {
          <wk-skeleton [lines]="4" />
        } @else if (status.hasValue()) {
          @let known = status.value()!;
          <section class="status" aria-labelledby="report-status">
            <p id="report-status">{{ i18n.t('reports.status.lead') }}</p>
            <p>
              <wk-badge [tone]="labels.statusTone(known.status)">{{ labels.status(known.status) }}</wk-badge>
              {{ i18n.t('reports.status.filed', { date: format.dateTime(known.createdAt) }) }}
            </p>
            <p>{{ i18n.t(statusExplanation(known.status)) }}</p>
            @if (!session.signedIn()) {
              <p>
                <a routerLink="/masuk" [queryParams]="{ kembali: '/lacak/' + known.code }">{{ i18n.t('reports.status.signIn') }}</a>
              </p>
            }
          </section>
        } @else if (status.isLoading()) {
          <wk-skeleton [lines]="2" />
        } @else if (notFound()) {
          <wk-alert tone="warning" [heading]="i18n.t('reports.notFound.heading')">{{ i18n.t('reports.notFound.text') }}</wk-alert>
        } @else if (failure(); as message) {
          <wk-alert tone="danger" [heading]="i18n.t('reports.detail.loadError')">
            {{ message }}
            <button wkButton variant="link" type="button" (click)="report.reload()">{{ i18n.t('reports.retry') }}</button>
          </wk-alert>
        }
      }
    }
  `,
  styles: `
    .result {
      margin-top: var(--space-6);
    }
    .status {
      max-width: 45rem;
    }
  `,
})
export class TrackPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly labels = reportLabels(this.i18n, 'public');
  private readonly api = inject(API);
  private readonly router = inject(Router);
  /** From the URL, `/lacak/LPR-2026-004217`. */
  readonly code = input<string | undefined>(undefined);
  protected readonly typed = signal('');
  protected readonly normalized = computed(() => normalizeReportCode(this.code() ?? '') || null);

  protected readonly report = resource<ReportDetailDto, string | undefined>({
    params: () => this.normalized() ?? undefined,
    loader: ({ params }) => this.api.getReport(params),
  });
  private readonly problem = computed(() => {
    const error = this.report.error();
    return error ? toApiProblem(error) : null;
  });
  protected readonly notFound = computed(() => this.problem()?.status === 404);
  /** When the report itself is not visible: its status, if the API may say it (404 otherwise). */
  protected readonly status = resource<ReportStatusDto, string | undefined>({
    params: () => (this.notFound() ? (this.normalized() ?? undefined) : undefined),
    loader: ({ params }) => this.api.getReportStatus(params),
  });
  protected readonly failure = computed(() => {
    const problem = this.problem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  private readonly site = inject(SiteStore);
  /** What a shared link to this page shows: the report's title, its status and the city. */
  private readonly details = computed<PageDetails | null>(() => {
    const report = this.report.hasValue() ? this.report.value() : undefined;
    if (!report) return null;
    const text = report.description.replace(/\s+/g, ' ').trim();
    return {
      title: report.title,
      type: 'article',
      description: this.i18n.t('reports.meta.report', {
        type: this.labels.type(report.type),
        city: this.site.site()?.cityName ?? '',
        status: this.labels.status(report.status),
        excerpt: text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text,
      }),
    };
  });

  constructor() {
    inject(PageMeta).follow(this.details);
    // Rendered on the server: a code that names no visible report answers 404, as for search engines it is none.
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      if (response && this.notFound() && !this.status.isLoading() && !this.status.hasValue()) response.status = 404;
    });
    effect(() => this.typed.set(this.normalized() ?? ''));
    // An address typed by hand (`/lacak/lpr 2026 000042`) shows the code as it is stored.
    effect(() => {
      const code = this.normalized();
      if (code && code !== this.code()) void this.router.navigate(['/lacak', code], { replaceUrl: true, state: { keepFocus: true } });
    });
  }

  protected statusExplanation(status: ReportStatusDto['status']): string {
    if (status === 'submitted') return 'reports.status.submitted';
    if (status === 'rejected') return 'reports.status.rejected';
    return 'reports.status.other';
  }

  protected track(): void {
    const code = normalizeReportCode(this.typed());
    if (code) void this.router.navigate(['/lacak', code]);
  }
}
