import { Injectable, computed, inject, signal } from '@angular/core';
import type { AreaTreeDto, CategoryDto, DepartmentDto, KecamatanDto, KelurahanDto } from '@walikota/shared-contracts';
import { API, ApiProblem, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';

/**
 * The reference data every report page names things with, public or staff: report categories,
 * the kecamatan → kelurahan tree and the city's departments. Loaded once per visit; the API sends only ids in reports.
 */
@Injectable({ providedIn: 'root' })
export class ReportReference {
  private readonly api = inject(API);
  private readonly i18n = inject(I18n);
  private started: Promise<void> | null = null;

  readonly categories = signal<readonly CategoryDto[]>([]);
  readonly areas = signal<AreaTreeDto | null>(null);
  readonly departments = signal<readonly DepartmentDto[]>([]);
  readonly problem = signal<ApiProblem | null>(null);
  readonly kecamatan = computed<readonly KecamatanDto[]>(() => this.areas()?.kecamatan ?? []);

  private readonly categoryById = computed(() => new Map(this.categories().map((c) => [c.id, c])));
  private readonly kelurahanById = computed(() => {
    const entries: [string, { kelurahan: KelurahanDto; kecamatan: KecamatanDto }][] = [];
    for (const kecamatan of this.kecamatan())
      for (const kelurahan of kecamatan.kelurahan) entries.push([kelurahan.id, { kelurahan, kecamatan }]);
    return new Map(entries);
  });
  private readonly kecamatanById = computed(() => new Map(this.kecamatan().map((k) => [k.id, k])));
  private readonly departmentById = computed(() => new Map(this.departments().map((d) => [d.id, d])));

  /** Starts loading once; after a failure the next call tries again. */
  load(): Promise<void> {
    this.started ??= (async () => {
      try {
        const [categories, areas, departments] = await Promise.all([
          this.api.listCategories({ module: 'report' }),
          this.api.getAreaTree(),
          this.api.listDepartments(),
        ]);
        this.categories.set(categories);
        this.areas.set(areas);
        this.departments.set(departments);
        this.problem.set(null);
      } catch (error) {
        this.problem.set(toApiProblem(error));
        this.started = null;
      }
    })();
    return this.started;
  }

  categoryName(id: string | null | undefined): string {
    const category = id ? this.categoryById().get(id) : undefined;
    if (!category) return '';
    return this.i18n.language() === 'en' && category.nameEn ? category.nameEn : category.nameId;
  }

  /** "Dinas Pekerjaan Umum (DPU)"; empty until loaded or when unknown. */
  departmentName(id: string | null | undefined): string {
    const department = id ? this.departmentById().get(id) : undefined;
    if (!department) return '';
    const name = this.i18n.language() === 'en' && department.nameEn ? department.nameEn : department.name;
    return `${name} (${department.shortName})`;
  }

  kelurahanName(id: string | null | undefined): string {
    return (id && this.kelurahanById().get(id)?.kelurahan.name) || '';
  }

  kecamatanName(id: string | null | undefined): string {
    return (id && this.kecamatanById().get(id)?.name) || '';
  }

  /** "Kelurahan, Kecamatan", leaving out what is unknown; empty until the tree is loaded. */
  areaName(kelurahanId: string | null | undefined, kecamatanId: string | null | undefined): string {
    return [this.kelurahanName(kelurahanId), this.kecamatanName(kecamatanId)].filter(Boolean).join(', ');
  }

  /** The kelurahan of one kecamatan (none when no kecamatan is chosen). */
  kelurahanOf(kecamatanId: string | null | undefined): readonly KelurahanDto[] {
    return (kecamatanId && this.kecamatanById().get(kecamatanId)?.kelurahan) || [];
  }

  /** The kecamatan a kelurahan belongs to. */
  kecamatanOf(kelurahanId: string | null | undefined): string {
    return (kelurahanId && this.kelurahanById().get(kelurahanId)?.kecamatan.id) || '';
  }
}
