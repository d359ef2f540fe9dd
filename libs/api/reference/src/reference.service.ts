import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@walikota/api-platform';
import { In, Repository } from 'typeorm';
import { AreaEntity } from './areas/area.entity';
import { CategoryEntity, CategoryModule } from './categories/category.entity';
import { DepartmentEntity } from './departments/department.entity';
import { AreaTreeDto, CategoryDto, DepartmentDto, KecamatanDto, SiteDto } from './reference.dto';
import { municipalityName } from './seed/wilayah';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What other modules learn of a report category. */
export interface ReportCategoryRef {
  id: string;
  code: string;
  nameId: string;
  nameEn: string;
  /** The department new reports of this category go to. */
  departmentId: string | null;
}

/** Names by id, for labelling many rows at once. */
export interface ReferenceNames {
  categories: Map<string, string>;
  areas: Map<string, string>;
  departments: Map<string, string>;
}

/** What other modules learn of a kelurahan/desa. */
export interface KelurahanRef {
  id: string;
  code: string;
  name: string;
  kecamatanId: string;
}

/**
 * The reference data's queries: the only code that reads `department`, `area` and `category`.
 * Other modules ask here (names, the area tree, a category or kelurahan by id or code).
 */
@Injectable()
export class ReferenceService {
  private municipalityName?: string;

  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>,
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
    private readonly config: AppConfig,
  ) {}

  async site(): Promise<SiteDto> {
    return {
      cityName: await this.getMunicipalityName(),
      municipalityCode: this.config.municipalityCode,
      timeZone: this.config.timeZone,
      logoPath: this.config.siteLogoPath,
      mapTileUrl: this.config.mapTileUrl ?? null,
    };
  }

  async listDepartments(): Promise<DepartmentDto[]> {
    const rows = await this.departments.find({ order: { name: 'ASC' } });
    return rows.map(({ id, code, name, nameEn, shortName }) => ({ id, code, name, nameEn, shortName }));
  }

  /** The kecamatan → kelurahan tree in one query (a city has a few hundred areas). */
  async areaTree(): Promise<AreaTreeDto> {
    const rows = await this.areas.find({ order: { code: 'ASC' } });
    const kecamatan = new Map<string, KecamatanDto>();
    for (const row of rows) {
      if (row.level === 'kecamatan') kecamatan.set(row.id, { id: row.id, code: row.code, name: row.name, kelurahan: [] });
    }
    for (const row of rows) {
      if (row.parentId) kecamatan.get(row.parentId)?.kelurahan.push({ id: row.id, code: row.code, name: row.name, level: row.level });
    }
    return {
      municipalityCode: this.config.municipalityCode,
      municipalityName: await this.getMunicipalityName(),
      kecamatan: [...kecamatan.values()],
    };
  }

  async listCategories(module?: CategoryModule): Promise<CategoryDto[]> {
    const rows = await this.categories.find({
      where: { active: true, ...(module ? { module } : {}) },
      order: { module: 'ASC', sortOrder: 'ASC' },
    });
    return rows.map(({ id, module: m, code, nameId, nameEn, departmentId }) => ({ id, module: m, code, nameId, nameEn, departmentId }));
  }

  /** An active report category by its code (Open311's `service_code`); null when there is none. */
  async activeReportCategoryByCode(code: string): Promise<ReportCategoryRef | null> {
    const row = await this.categories.findOne({
      where: { module: 'report', active: true, code },
      select: { id: true, code: true, nameId: true, nameEn: true, departmentId: true },
    });
    return row && { id: row.id, code: row.code, nameId: row.nameId, nameEn: row.nameEn, departmentId: row.departmentId };
  }

  /** An active report category by id; null when there is none (or it belongs to another module). */
  async activeReportCategory(id: string): Promise<ReportCategoryRef | null> {
    const row = await this.categories.findOne({
      where: { module: 'report', active: true, id },
      select: { id: true, code: true, nameId: true, nameEn: true, departmentId: true },
    });
    return row && { id: row.id, code: row.code, nameId: row.nameId, nameEn: row.nameEn, departmentId: row.departmentId };
  }

  /** An active category of `module` by id (petitions, forums…); null when there is none. */
  async activeCategory(module: CategoryModule, id: string): Promise<ReportCategoryRef | null> {
    const row = await this.categories.findOne({
      where: { module, active: true, id },
      select: { id: true, code: true, nameId: true, nameEn: true, departmentId: true },
    });
    return row && { id: row.id, code: row.code, nameId: row.nameId, nameEn: row.nameEn, departmentId: row.departmentId };
  }

  /** A kecamatan by id (not a kelurahan); null otherwise. */
  async kecamatan(id: string): Promise<{ id: string; code: string; name: string } | null> {
    const row = await this.areas.findOne({ where: { id }, select: { id: true, code: true, name: true, level: true } });
    return row && row.level === 'kecamatan' ? { id: row.id, code: row.code, name: row.name } : null;
  }

  /** A kelurahan/desa (not a kecamatan) by its id or its Kemendagri code, with its kecamatan; null otherwise. */
  async kelurahan(idOrCode: string): Promise<KelurahanRef | null> {
    const row = await this.areas.findOne({
      where: UUID.test(idOrCode) ? { id: idOrCode } : { code: idOrCode },
      select: { id: true, code: true, name: true, level: true, parentId: true },
    });
    if (!row || row.level === 'kecamatan' || !row.parentId) return null;
    return { id: row.id, code: row.code, name: row.name, kecamatanId: row.parentId };
  }

  /** Every report category, inactive ones too (old reports keep theirs), in the order forms show them. */
  async reportCategories(): Promise<(ReportCategoryRef & { active: boolean })[]> {
    const rows = await this.categories.find({ where: { module: 'report' }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameId: r.nameId,
      nameEn: r.nameEn,
      departmentId: r.departmentId,
      active: r.active,
    }));
  }

  /** Kemendagri codes of areas by id. */
  async areaCodes(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.areas.find({ where: { id: In([...new Set(ids)]) }, select: { id: true, code: true } });
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  /** Whether a department exists. */
  departmentExists(id: string): Promise<boolean> {
    return this.departments.exists({ where: { id } });
  }

  /** Which of these departments exist. */
  async existingDepartments(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.departments.find({ where: { id: In([...ids]) }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /** A department's id by its code (`DPU`); null when there is none. */
  async departmentIdByCode(code: string): Promise<string | null> {
    return (await this.departments.findOne({ where: { code }, select: { id: true } }))?.id ?? null;
  }

  /** Names by id for labelling rows (an export): categories of `module` (reports by default), areas, departments, in `language`. */
  async names(language: 'id' | 'en', module: CategoryModule = 'report'): Promise<ReferenceNames> {
    const en = language === 'en';
    const [categories, areas, departments] = await Promise.all([
      this.categories.find({ where: { module }, select: { id: true, nameId: true, nameEn: true } }),
      this.areas.find({ select: { id: true, name: true } }),
      this.departments.find({ select: { id: true, name: true, nameEn: true } }),
    ]);
    return {
      categories: new Map(categories.map((c) => [c.id, en ? c.nameEn : c.nameId])),
      areas: new Map(areas.map((a) => [a.id, a.name])),
      departments: new Map(departments.map((d) => [d.id, (en && d.nameEn) || d.name])),
    };
  }

  private async getMunicipalityName(): Promise<string> {
    this.municipalityName ??= await municipalityName(this.config.municipalityCode);
    return this.municipalityName;
  }
}
