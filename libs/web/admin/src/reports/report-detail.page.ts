import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { API, ApiProblem, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportFiles } from '@walikota/web-reports';
import { ReportReference } from '@walikota/web-reports-data';
import { WkAlert, WkBreadcrumb, WkBreadcrumbs, WkPageHeader, WkSkeleton, WkTimeline } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { ReportActionsPanel } from './report-actions-panel';
import { ReportFacts } from './report-facts';
import { ReportDetailDto } from './report-model';
import { timelineItems } from './report-timeline';

/** One report for staff: every field, the full timeline (internal events marked) and the actions allowed now. */
@Component({
  selector: 'wk-admin-report-detail-page',
  imports: [RouterLink, ReportActionsPanel, ReportFacts, ReportFiles, WkAlert, WkBreadcrumbs, WkPageHeader, WkSkeleton, WkTimeline],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="report()?.title ?? i18n.t('admin.title.report')">
      <wk-breadcrumbs [items]="crumbs()" />
    </wk-page-header>
    @if (problem(); as problem) {
      <wk-alert tone="danger">{{ problemText(problem) }}</wk-alert>
      <p>
        <a [routerLink]="back().link">{{ back().label }}</a>
      </p>
    } @else if (report(); as report) {
      <!-- Wide screens: the actions stay beside the report as one reads it; phones: one column. -->
      <div class="report-layout">
        <section class="area-summary" aria-labelledby="report-summary">
          <h2 id="report-summary" class="wk-visually-hidden">{{ i18n.t('admin.reports.detail.summary') }}</h2>
          <wk-admin-report-facts [report]="report" />
        </section>
        <section class="area-description" aria-labelledby="report-description">
          <h2 id="report-description">{{ i18n.t('admin.reports.detail.description') }}</h2>
          <p class="report-description">{{ report.description }}</p>
        </section>
        @if (report.attachments.length || report.resolutionAttachments.length) {
          <section class="area-attachments" aria-labelledby="report-attachments">
            <h2 id="report-attachments">{{ i18n.t('admin.reports.detail.attachments') }}</h2>
            @if (report.attachments.length) {
              <wk-report-files [files]="report.attachments" />
            }
            @if (report.resolutionAttachments.length) {
              <h3>{{ i18n.t('report.attachments.resolution') }}</h3>
              <wk-report-files [files]="report.resolutionAttachments" />
            }
          </section>
        }
        <section class="area-actions" aria-labelledby="report-actions">
          <h2 id="report-actions">{{ i18n.t('admin.reports.detail.actions') }}</h2>
          <wk-admin-report-actions-panel [report]="report" (changed)="report$.set($event)" />
        </section>
        <section class="area-timeline" aria-labelledby="report-timeline">
          <h2 id="report-timeline">{{ i18n.t('admin.reports.detail.timeline') }}</h2>
          <wk-timeline [items]="timeline()" data-testid="report-timeline" />
        </section>
      </div>
    } @else {
      <wk-skeleton [lines]="8" />
    }
  `,
  styles: `
    .report-layout {
      display: grid;
    }
    /* Spacing by margin, not row gap: a report without attachments leaves an empty row. */
    .report-layout > section {
      margin-bottom: var(--space-6);
    }
    .report-layout h2 {
      margin-top: 0;
    }
    @media (min-width: 56rem) {
      .report-layout {
        grid-template-columns: minmax(0, 1fr) 20rem;
        grid-template-areas:
          'summary actions'
          'description actions'
          'attachments actions'
          'timeline actions';
        grid-template-rows: auto auto auto 1fr;
        align-items: start;
        column-gap: var(--space-7);
      }
      .area-summary {
        grid-area: summary;
      }
      .area-description {
        grid-area: description;
      }
      .area-attachments {
        grid-area: attachments;
      }
      .area-timeline {
        grid-area: timeline;
      }
      .area-actions {
        grid-area: actions;
        position: sticky;
        top: var(--space-4);
        padding: var(--space-4);
        border: 1px solid var(--color-border);
        border-radius: var(--radius);
        background: var(--color-surface);
      }
    }
    .report-description {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class ReportDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly session = inject(Session);
  private readonly format = inject(CityFormat);
  private readonly departments = inject(DepartmentsStore);

  protected readonly report$ = signal<ReportDetailDto | null>(null);
  protected readonly report = this.report$.asReadonly();
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly code = signal('');
  /** Moderators come from the queue, officials from their inbox. */
  protected readonly back = computed(() =>
    this.session.hasRole('moderator') || (this.session.hasRole('admin') && !this.session.hasRole('official'))
      ? {
          link: adminPath('laporan'),
          label: this.i18n.t('admin.reports.detail.backToQueue'),
          title: this.i18n.t('admin.title.reportQueue'),
        }
      : {
          link: adminPath('laporan', 'masuk'),
          label: this.i18n.t('admin.reports.detail.backToInbox'),
          title: this.i18n.t('admin.title.reportInbox'),
        },
  );
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.back().title, link: this.back().link },
    { label: this.report()?.code ?? this.code() },
  ]);
  protected readonly timeline = computed(() =>
    timelineItems(this.report()?.timeline ?? [], {
      t: (key, params) => this.i18n.t(key, params),
      dateTime: (iso) => this.format.dateTime(iso),
      departmentName: (id) => {
        const department = this.departments.byId().get(id);
        return department ? `${this.departments.name(department)} (${department.shortName})` : '';
      },
    }),
  );

  constructor() {
    void this.departments.load();
    void inject(ReportReference).load();
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((params) => void this.load(params.get('code') ?? ''));
  }

  protected problemText(problem: ApiProblem): string {
    if (problem.status === 404 || problem.status === 400) return this.i18n.t('admin.reports.detail.notFound');
    return problemMessage(problem, this.i18n);
  }

  private async load(code: string): Promise<void> {
    this.code.set(code);
    this.report$.set(null);
    this.problem.set(null);
    try {
      this.report$.set(await this.api.getReport(code));
    } catch (error) {
      this.problem.set(toApiProblem(error));
    }
  }
}
