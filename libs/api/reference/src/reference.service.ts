import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@walikota/api-platform';
import { Repository } from 'typeorm';
import { AreaEntity } from './areas/area.entity';
import { CategoryEntity, CategoryModule } from './categories/category.entity';
import { DepartmentEntity } from './departments/department.entity';
import { AreaTreeDto, CategoryDto, DepartmentDto, KecamatanDto, SiteDto } from './reference.dto';
import { municipalityName } from './seed/wilayah';

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

  private async getMunicipalityName(): Promise<string> {
    this.municipalityName ??= await municipalityName(this.config.municipalityCode);
    return this.municipalityName;
  }
}
