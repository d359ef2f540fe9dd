import { Injectable, computed, inject, signal } from '@angular/core';
import type { AreaTreeDto, CategoryDto, KecamatanDto, KelurahanDto } from '@walikota/shared-contracts';
import { API, ApiProblem, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';

/**
 * What petition pages name things with: the petition categories (`GET /api/categories?module=petition`)
 * and the kecamatan → kelurahan tree. Loaded once per visit.
 */
@Injectable({ providedIn: 'root' })
export class PetitionReference {
  private readonly api = inject(API);
  private readonly i18n = inject(I18n);
  private started: Promise<void> | null = null;

  readonly categories = signal<readonly CategoryDto[]>([]);
  readonly areas = signal<AreaTreeDto | null>(null);
  readonly problem = signal<ApiProblem | null>(null);
  readonly kecamatan = computed<readonly KecamatanDto[]>(() => this.areas()?.kecamatan ?? []);
  private readonly kecamatanById = computed(() => new Map(this.kecamatan().map((k) => [k.id, k])));

  /** Starts loading once; after a failure the next call tries again. */
  load(): Promise<void> {
    this.started ??= (async () => {
      try {
        const [categories, areas] = await Promise.all([this.api.listCategories({ module: 'petition' }), this.api.getAreaTree()]);
        this.categories.set(categories);
        this.areas.set(areas);
        this.problem.set(null);
      } catch (error) {
        this.problem.set(toApiProblem(error));
        this.started = null;
      }
    })();
    return this.started;
  }

  categoryName(category: CategoryDto): string {
    return this.i18n.language() === 'en' && category.nameEn ? category.nameEn : category.nameId;
  }

  kelurahanOf(kecamatanId: string | null | undefined): readonly KelurahanDto[] {
    return (kecamatanId && this.kecamatanById().get(kecamatanId)?.kelurahan) || [];
  }
}
