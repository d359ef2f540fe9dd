import { DEADLINE_PARAMS } from '@walikota/shared-contracts';
import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { ReportMonthFiguresDto } from '@walikota/shared-contracts';
import { API, toApiProblem } from '@walikota/web-core';
import { I18n, dateTimeFormat, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkAreaMap, WkButton, WkColumn, WkControl, WkField, WkPageHeader, WkSkeleton, WkTable } from '@walikota/web-ui';
import { AreaBoundaries, countsByArea } from '../data-access/area-boundaries';
import { StatisticsChart, StatisticsChartMonth } from './statistics-chart';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 36;
const monthIndex = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;

interface Filters {
  from?: string;
  to?: string;
  departmentId?: string;
}

/**
 * Public statistics of aspirations and complaints: the months and department live in the URL
 * (`?from=2026-01&to=2026-12&departmentId=…`), so a view can be shared; the API's defaults (the
 * last 12 months, all departments) apply when they are absent.
 */
@Component({
  selector: 'wk-reports-statistics-page',
  imports: [StatisticsChart, WkAlert, WkAreaMap, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statistics.page.html',
  styleUrl: './statistics.page.css',
})
export class StatisticsPage {
  protected readonly i18n = inject(I18n);
  protected readonly deadlines = DEADLINE_PARAMS;
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed<Filters>(() => {
    const p = this.params();
    const pick = (key: string) => p.get(key)?.trim() || undefined;
    return { from: pick('from'), to: pick('to'), departmentId: pick('departmentId') };
  });

  /** The form's values; reset from the URL whenever it changes. */
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly departmentId = signal('');
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly maxMonths = MAX_MONTHS;

  protected readonly departments = resource({ loader: () => this.api.listDepartments() });
  protected readonly statistics = resource({
    params: () => this.filters(),
    loader: ({ params }) => this.api.getReportStatistics(params),
  });
  protected readonly problem = computed(() => (this.statistics.error() ? toApiProblem(this.statistics.error()) : null));
  protected readonly hasFieldErrors = computed(() => Object.keys(this.problem()?.fields ?? {}).length > 0);
  protected readonly detailMonth = signal('');
  /** The city's outlines for the map per kecamatan (absent: no map, the figures stay in the tables). */
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly received = computed(() => {
    const boundaries = this.boundaries.value();
    const stats = this.statistics.value();
    if (!boundaries || !stats) return null;
    return countsByArea(
      boundaries,
      'kecamatan',
      (stats.byKecamatan ?? []).map((k) => [k.kecamatanId, k.received] as const),
    );
  });
  protected readonly resolved = computed(() => {
    const boundaries = this.boundaries.value();
    const stats = this.statistics.value();
    if (!boundaries || !stats) return null;
    return {
      label: this.i18n.t('reports.stats.resolved'),
      values: countsByArea(
        boundaries,
        'kecamatan',
        (stats.byKecamatan ?? []).map((k) => [k.kecamatanId, k.resolved] as const),
      ),
    };
  });
  protected readonly mapRange = computed(() => {
    const stats = this.statistics.value();
    return stats ? { from: this.monthLabel(stats.from, 'long'), to: this.monthLabel(stats.to, 'long') } : { from: '', to: '' };
  });
  protected readonly mapSummary = computed(() => {
    const received = this.received();
    const boundaries = this.boundaries.value();
    if (!received || !boundaries) return '';
    const city = boundaries.features.find((f) => f.properties.level === 'municipality')?.properties.name ?? '';
    const names = new Map(boundaries.features.map((f) => [f.properties.areaId, f.properties.name]));
    const [topId, top] = [...received.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0]);
    if (top === 0) return this.i18n.t('reports.stats.map.empty', { city, ...this.mapRange() });
    return this.i18n.t('reports.stats.map.summary', { city, ...this.mapRange(), top: names.get(topId) ?? '', count: this.number(top) });
  });

  constructor() {
    void this.boundaries.load();
    effect(() => {
      const f = this.filters();
      this.from.set(f.from ?? '');
      this.to.set(f.to ?? '');
      this.departmentId.set(f.departmentId ?? '');
    });
    // The API checks the range too (and knows the departments): its messages go next to the fields.
    effect(() => this.errors.set(this.problem()?.fields ?? {}));
    effect(() => this.detailMonth.set(this.statistics.value()?.to ?? ''));
  }

  protected readonly departmentOptions = computed(() =>
    (this.departments.value() ?? [])
      .map((d) => ({ id: d.id, name: this.departmentName(d.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())),
  );

  protected readonly chartMonths = computed<StatisticsChartMonth[]>(() =>
    (this.statistics.value()?.totals ?? []).map((m) => ({
      label: this.monthLabel(m.month, 'short'),
      received: m.received,
      resolved: m.resolved,
    })),
  );

  protected readonly chartSummary = computed(() => {
    const stats = this.statistics.value();
    if (!stats) return '';
    const range = { from: this.monthLabel(stats.from, 'long'), to: this.monthLabel(stats.to, 'long') };
    const received = stats.totals.reduce((sum, m) => sum + m.received, 0);
    if (received === 0 && stats.totals.every((m) => m.resolved === 0)) return this.i18n.t('reports.stats.chart.empty', range);
    const peak = stats.totals.reduce((best, m) => (m.received > best.received ? m : best), stats.totals[0]);
    return this.i18n.t('reports.stats.chart.summary', {
      ...range,
      received: this.number(received),
      resolved: this.number(stats.totals.reduce((sum, m) => sum + m.resolved, 0)),
      peakMonth: this.monthLabel(peak.month, 'long'),
      peak: this.number(peak.received),
    });
  });

  protected readonly figureColumns = computed<WkColumn[]>(() => [
    { key: 'received', label: this.i18n.t('reports.stats.received'), align: 'end' },
    { key: 'resolved', label: this.i18n.t('reports.stats.resolved'), align: 'end' },
    { key: 'medianHoursToFirstResponse', label: this.i18n.t('reports.stats.medianFirstResponse'), align: 'end' },
    { key: 'medianHoursToResolution', label: this.i18n.t('reports.stats.medianResolution'), align: 'end' },
    { key: 'overdue', label: this.i18n.t('reports.stats.overdue'), align: 'end' },
    { key: 'overdueShare', label: this.i18n.t('reports.stats.overdueShare'), align: 'end' },
  ]);
  protected readonly monthColumns = computed<WkColumn[]>(() => [
    { key: 'month', label: this.i18n.t('reports.stats.month') },
    ...this.figureColumns(),
  ]);
  protected readonly departmentColumns = computed<WkColumn[]>(() => [
    { key: 'department', label: this.i18n.t('reports.stats.department') },
    ...this.figureColumns(),
  ]);

  protected readonly monthRows = computed(() =>
    (this.statistics.value()?.totals ?? []).map((m) => ({ ...this.formatted(m), month: this.monthLabel(m.month, 'long') })),
  );
  protected readonly departmentRows = computed(() =>
    (this.statistics.value()?.rows ?? [])
      .filter((r) => r.month === this.detailMonth())
      .map((r) => ({ ...this.formatted(r), department: this.departmentName(r.departmentId) }))
      .sort((a, b) => a.department.localeCompare(b.department, this.i18n.locale())),
  );
  protected readonly monthOptions = computed(() =>
    (this.statistics.value()?.totals ?? []).map((m) => ({ value: m.month, label: this.monthLabel(m.month, 'long') })).reverse(),
  );
  protected readonly monthsCaption = computed(() =>
    this.i18n.t('reports.stats.monthsCaption', {
      department: this.filters().departmentId
        ? this.departmentName(this.filters().departmentId ?? null)
        : this.i18n.t('reports.stats.allDepartments'),
    }),
  );

  protected readonly departmentsCaption = computed(() =>
    this.i18n.t('reports.stats.departmentsCaption', { month: this.detailMonth() ? this.monthLabel(this.detailMonth(), 'long') : '' }),
  );

  protected apply(event: Event): void {
    event.preventDefault();
    const errors = this.check();
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    const queryParams = { from: this.from() || null, to: this.to() || null, departmentId: this.departmentId() || null };
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  protected read(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value.trim();
  }

  private check(): Record<string, string> {
    const errors: Record<string, string> = {};
    const from = this.from();
    const to = this.to();
    if (from && !YEAR_MONTH.test(from)) errors['from'] = this.i18n.t('reports.stats.error.format');
    if (to && !YEAR_MONTH.test(to)) errors['to'] = this.i18n.t('reports.stats.error.format');
    if (Object.keys(errors).length || !from || !to) return errors;
    if (monthIndex(from) > monthIndex(to)) errors['to'] = this.i18n.t('reports.stats.error.reversed');
    else if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
      errors['to'] = this.i18n.t('reports.stats.error.tooLong', { max: MAX_MONTHS });
    return errors;
  }

  private formatted(m: ReportMonthFiguresDto): Record<string, string> {
    const hours = (value: number | null) => (value === null ? '–' : this.number(value, 1));
    return {
      received: this.number(m.received),
      resolved: this.number(m.resolved),
      medianHoursToFirstResponse: hours(m.medianHoursToFirstResponse),
      medianHoursToResolution: hours(m.medianHoursToResolution),
      overdue: this.number(m.overdue),
      overdueShare:
        m.overdueShare === null
          ? '–'
          : numberFormat(this.i18n.locale(), { style: 'percent', maximumFractionDigits: 1 }).format(m.overdueShare / 100),
    };
  }

  protected readonly formatAxis = (value: number) => this.number(value);

  protected number(value: number, digits = 0): string {
    return numberFormat(this.i18n.locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  }

  protected monthLabel(month: string, width: 'short' | 'long'): string {
    const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
    return dateTimeFormat(this.i18n.locale(), {
      month: width,
      year: width === 'long' ? 'numeric' : '2-digit',
      timeZone: 'UTC',
    }).format(date);
  }

  private departmentName(id: string | null): string {
    if (id === null) return this.i18n.t('reports.stats.noDepartment');
    const department = this.departments.value()?.find((d) => d.id === id);
    if (!department) return id;
    return this.i18n.language() === 'en' && department.nameEn ? department.nameEn : department.name;
  }
}
