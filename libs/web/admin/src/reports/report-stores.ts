import { Injectable, computed, inject, signal } from '@angular/core';
import type { AreaTreeDto, CategoryDto } from '@walikota/shared-contracts';
import { API, ApiProblem, toApiProblem, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { PAGE_SIZE, compact } from '../data-access/stores';
import type { ReportFilters } from './report-query';
import type { ReportSummaryDto } from './report-model';

/** The moderators' queue (`GET /api/reports/queue`). */
@Injectable()
export class ReportQueueStore extends KeysetList<ReportSummaryDto, ReportFilters> {
  constructor() {
    const api = inject(API);
    super((filters, after) => api.listReportQueue({ ...compact(filters), after, limit: PAGE_SIZE }));
  }
}

/** An official's department inbox (`GET /api/reports/inbox`). */
@Injectable()
export class DepartmentInboxStore extends KeysetList<ReportSummaryDto, ReportFilters> {
  constructor() {
    const api = inject(API);
    super((filters, after) => api.listDepartmentInbox({ ...compact(filters), after, limit: PAGE_SIZE }));
  }
}

/** Report categories and the kecamatan/kelurahan tree, loaded once per visit to the report pages. */
@Injectable()
export class ReportReferenceStore {
  private readonly api = inject(API);
  private readonly i18n = inject(I18n);
  private started: Promise<void> | null = null;

  readonly categories = signal<readonly CategoryDto[]>([]);
  readonly areas = signal<AreaTreeDto | null>(null);
  readonly problem = signal<ApiProblem | null>(null);
  private readonly categoryById = computed(() => new Map(this.categories().map((c) => [c.id, c])));
  private readonly areaNames = computed(() => {
    const names = new Map<string, string>();
    for (const kecamatan of this.areas()?.kecamatan ?? []) {
      names.set(kecamatan.id, kecamatan.name);
      for (const kelurahan of kecamatan.kelurahan) names.set(kelurahan.id, kelurahan.name);
    }
    return names;
  });

  load(): Promise<void> {
    this.started ??= (async () => {
      try {
        const [categories, areas] = await Promise.all([this.api.listCategories({ module: 'report' }), this.api.getAreaTree()]);
        this.categories.set(categories);
        this.areas.set(areas);
      } catch (error) {
        this.problem.set(toApiProblem(error));
        this.started = null;
      }
    })();
    return this.started;
  }

  categoryName(id: string): string {
    const category = this.categoryById().get(id);
    if (!category) return '';
    return this.i18n.language() === 'en' && category.nameEn ? category.nameEn : category.nameId;
  }

  /** "Kelurahan, Kecamatan"; empty until the tree is loaded. */
  areaName(areaId: string, kecamatanId: string): string {
    return [this.areaNames().get(areaId), this.areaNames().get(kecamatanId)].filter(Boolean).join(', ');
  }
}
