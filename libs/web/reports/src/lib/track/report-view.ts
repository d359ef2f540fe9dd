import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { ReportDetailDto } from '@walikota/shared-contracts';
import { CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkAlert, WkBadge, WkBreadcrumbs, WkPageHeader, WkTimeline } from '@walikota/web-ui';
import { timelineItems } from '../../data-access/report-timeline';
import { ReportPointMap } from '../map/report-point-map';
import { ReportEngagement } from './report-engagement';
import { ReportFiles } from './report-files';
import { ReporterActions } from './reporter-actions';

/** The tracking page of one report: facts, description, attachments, the public timeline. */
@Component({
  selector: 'wk-report-view',
  imports: [WkAlert, WkBadge, WkBreadcrumbs, WkPageHeader, WkTimeline, ReportEngagement, ReportFiles, ReporterActions, ReportPointMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = report();
    <wk-page-header [heading]="r.title">
      <wk-breadcrumbs [items]="crumbs()" />
      <p class="wk-cluster badges">
        <wk-badge [tone]="labels.statusTone(r.status)">{{ labels.status(r.status) }}</wk-badge>
        <wk-badge>{{ labels.type(r.type) }}</wk-badge>
        @if (r.overdue) {
          <wk-badge tone="danger">{{ i18n.t('reports.overdue.' + r.overdue) }}</wk-badge>
        }
      </p>
      <p class="wk-muted">{{ r.code }} · {{ i18n.t('reports.detail.filed', { date: format.dateTime(r.createdAt) }) }}</p>
    </wk-page-header>
    @if (r.mine) {
      <wk-alert tone="info">{{
        r.privacy === 'confidential' ? i18n.t('reports.detail.confidential') : i18n.t('reports.detail.mine')
      }}</wk-alert>
    }
    @if (r.duplicateOf) {
      <wk-alert tone="info">{{ i18n.t('reports.detail.duplicateOf', { code: r.duplicateOf }) }}</wk-alert>
    }
    <wk-report-engagement [report]="r" (stale)="stale.emit()" />
    @if (resolution(); as done) {
      <section class="resolution" aria-labelledby="report-resolution">
        <h2 id="report-resolution">{{ i18n.t('reports.detail.resolution') }}</h2>
        <p class="wk-muted">{{ done.meta }}</p>
        @if (done.note) {
          <p class="description">{{ done.note }}</p>
        }
        @if (r.resolutionAttachments.length) {
          <h3>{{ i18n.t('reports.detail.resolution.photos') }}</h3>
          <wk-report-files [files]="r.resolutionAttachments" />
        }
      </section>
    }
    <wk-reporter-actions [report]="r" (changed)="changed.emit($event)" />
    <section aria-labelledby="report-facts">
      <h2 id="report-facts">{{ i18n.t('reports.detail.facts') }}</h2>
      <dl class="facts">
        <div>
          <dt>{{ i18n.t('reports.field.code') }}</dt>
          <dd>{{ r.code }}</dd>
        </div>
        <div>
          <dt>{{ i18n.t('reports.field.category') }}</dt>
          <dd>{{ reference.categoryName(r.categoryId) }}</dd>
        </div>
        @if (reference.departmentName(r.departmentId); as department) {
          <div>
            <dt>{{ i18n.t('reports.field.department') }}</dt>
            <dd>{{ department }}</dd>
          </div>
        }
        <div>
          <dt>{{ i18n.t('reports.field.kelurahan') }}</dt>
          <dd>{{ reference.kelurahanName(r.areaId) }}, {{ reference.kecamatanName(r.kecamatanId) }}</dd>
        </div>
        <div>
          <dt>{{ i18n.t('reports.field.address') }}</dt>
          <dd>{{ r.address || i18n.t('reports.detail.noAddress') }}</dd>
        </div>
        @if (r.latitude !== null && r.longitude !== null) {
          <div>
            <dt>{{ i18n.t('reports.detail.location') }}</dt>
            <dd>{{ r.latitude }}, {{ r.longitude }}</dd>
          </div>
        }
        <div>
          <dt>{{ i18n.t('reports.field.reporter') }}</dt>
          <dd>{{ r.reporterName || i18n.t('reports.reporter.hidden') }}</dd>
        </div>
        @if (r.rating) {
          <div>
            <dt>{{ i18n.t('reports.detail.rating') }}</dt>
            <dd>
              {{ i18n.t('reports.act.rating.' + r.rating) }}
              @if (r.ratingComment) {
                <br />“{{ r.ratingComment }}”
              }
            </dd>
          </div>
        }
        <div>
          <dt>{{ i18n.t('reports.field.support') }}</dt>
          <dd>{{ i18n.t('reports.list.supportCount', { count: r.supportCount }) }}</dd>
        </div>
      </dl>
      @if (r.latitude !== null && r.longitude !== null) {
        <wk-report-point-map class="point-map" [latitude]="r.latitude" [longitude]="r.longitude" [title]="r.title" />
      }
    </section>
    <section aria-labelledby="report-description">
      <h2 id="report-description">{{ i18n.t('reports.field.description') }}</h2>
      <p class="description">{{ r.description }}</p>
    </section>
    @if (r.attachments.length) {
      <section aria-labelledby="report-attachments">
        <h2 id="report-attachments">{{ i18n.t('report.attachments.label') }}</h2>
        <wk-report-files [files]="r.attachments" />
      </section>
    }
    <section aria-labelledby="report-timeline">
      <h2 id="report-timeline">{{ i18n.t('reports.detail.timeline') }}</h2>
      <wk-timeline [items]="timeline()" />
    </section>
  `,
  styles: `
    section {
      margin-top: var(--space-6);
    }
    .badges {
      gap: var(--space-2);
      margin: var(--space-2) 0;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--space-4);
      margin: 0;
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .point-map {
      display: block;
      margin-top: var(--space-5);
      max-width: 45rem;
    }
    .description {
      white-space: pre-line;
      overflow-wrap: anywhere;
      max-width: 45rem;
    }
    .resolution {
      padding: var(--space-4) var(--space-5);
      border-left: 4px solid var(--color-success, var(--color-primary));
      background: var(--color-surface);
    }
    .resolution > :first-child {
      margin-top: 0;
    }
  `,
})
export class ReportView {
  readonly report = input.required<ReportDetailDto>();
  /** The API answered an action with the report as it is now. */
  readonly changed = output<ReportDetailDto>();
  /** Something changed that the page should read again (support, follow). */
  readonly stale = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(ReportReference);
  protected readonly crumbs = computed(() => [
    { label: this.i18n.t('reports.detail.breadcrumb'), link: '/aspirasi' },
    { label: this.report().code },
  ]);
  protected readonly timeline = computed(() =>
    timelineItems(
      this.report().timeline,
      this.i18n,
      (iso) => this.format.dateTime(iso),
      (id) => this.reference.departmentName(id),
    ),
  );
  /** What the department said and showed when it last resolved the report, while it stands resolved. */
  protected readonly resolution = computed(() => {
    const report = this.report();
    if (report.status !== 'resolved' && report.status !== 'closed') return null;
    const event = report.timeline.findLast((e) => e.kind === 'resolve');
    if (!event) return null;
    const item = this.timeline().find((i) => i.id === event.id);
    return { note: event.note, meta: item?.meta ?? this.format.dateTime(event.occurredAt) };
  });

  constructor() {
    void this.reference.load();
  }
}
