import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { AreaEntity, AreaLevel } from '../areas/area.entity';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { localDate } from '../calendar/working-days';
import { CategoryEntity } from '../categories/category.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS } from './demo-reference-data';
import { fixedNationalHolidays } from './national-holidays';
import { loadMunicipality } from './wilayah';

export interface ReferenceSeedResult {
  departments: number;
  kecamatan: number;
  kelurahan: number;
  categories: number;
  /** Fixed national holidays written by this run (this year and the next, each year once). */
  holidays: number;
}

const BATCH = 500;

/**
 * Loads departments, the area tree of the configured municipality and categories; idempotent.
 * Official area names are refreshed; departments, categories and holidays an admin edited are kept.
 */
@Injectable()
export class ReferenceSeedService {
  private readonly logger = new Logger(ReferenceSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly calendar: WorkingCalendar,
  ) {}

  async seed(now: Date = new Date()): Promise<ReferenceSeedResult> {
    const municipality = await loadMunicipality(this.config.municipalityCode);
    const result = await this.dataSource.transaction(async (manager) => {
      const departments = await this.upsertDepartments(manager);
      const kecamatan = await this.upsertAreas(
        manager,
        municipality.districts.map((d) => ({ code: d.code, name: d.name, level: 'kecamatan' as const, parentId: null })),
      );
      const villages = municipality.villages.map((v) => ({
        code: v.code,
        name: v.name,
        // Kemendagri: the village number starts with 1 for a kelurahan, 2 for a desa.
        level: (v.code.split('.')[3]?.startsWith('2') ? 'desa' : 'kelurahan') as AreaLevel,
        parentId: kecamatan.get(v.parentCode) ?? null,
      }));
      const kelurahan = await this.upsertAreas(manager, villages);
      const categories = await this.upsertCategories(manager, departments);
      const holidays = await this.insertHolidays(manager, now);
      return { departments: departments.size, kecamatan: kecamatan.size, kelurahan: kelurahan.size, categories, holidays };
    });
    this.calendar.invalidate();
    this.logger.log({ municipality: municipality.name, ...result }, 'Reference data seeded');
    return result;
  }

  private async upsertDepartments(manager: EntityManager): Promise<Map<string, string>> {
    const rows = await manager
      .createQueryBuilder()
      .insert()
      .into(DepartmentEntity)
      .values(DEMO_DEPARTMENTS)
      .orUpdate(['code'], ['code']) // keep an admin's edits; still returns the id
      .returning(['id', 'code'])
      .execute();
    return new Map((rows.raw as { id: string; code: string }[]).map((r) => [r.code, r.id]));
  }

  private async upsertAreas(
    manager: EntityManager,
    areas: Pick<AreaEntity, 'code' | 'name' | 'level' | 'parentId'>[],
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < areas.length; i += BATCH) {
      const rows = await manager
        .createQueryBuilder()
        .insert()
        .into(AreaEntity)
        .values(areas.slice(i, i + BATCH))
        .orUpdate(['name', 'level', 'parent_id'], ['code'])
        .returning(['id', 'code'])
        .execute();
      for (const r of rows.raw as { id: string; code: string }[]) ids.set(r.code, r.id);
    }
    return ids;
  }

  private async upsertCategories(manager: EntityManager, departments: Map<string, string>): Promise<number> {
    const values = DEMO_CATEGORIES.map((c, index) => ({
      module: c.module,
      code: c.code,
      nameId: c.nameId,
      nameEn: c.nameEn,
      departmentId: c.department ? (departments.get(c.department) ?? null) : null,
      sortOrder: index,
    }));
    await manager.createQueryBuilder().insert().into(CategoryEntity).values(values).orUpdate(['code'], ['module', 'code']).execute();
    return values.length;
  }

  /**
   * The fixed national holidays of the current year (in the city) and the next, each year once
   * (`holiday_seed_year`): a fixed holiday an admin deleted stays deleted when the seed runs
   * again (every start, `npm run db:seed`). An existing date is left alone (ON CONFLICT DO
   * NOTHING), so an admin's rename is kept too. Returns how many holidays it wrote.
   */
  private async insertHolidays(manager: EntityManager, now: Date): Promise<number> {
    const year = Number(localDate(now, this.config.timeZone).slice(0, 4));
    const claimed: { year: number }[] = await manager.query(
      `INSERT INTO holiday_seed_year (year) SELECT unnest($1::int[]) ON CONFLICT (year) DO NOTHING RETURNING year`,
      [[year, year + 1]],
    );
    if (claimed.length === 0) return 0;
    const values = fixedNationalHolidays(claimed.map((c) => c.year).sort());
    const written: unknown[] = await manager.query(
      `INSERT INTO holiday (date, name) SELECT d, n FROM unnest($1::date[], $2::text[]) AS h(d, n)
       ON CONFLICT (date) DO NOTHING RETURNING date`,
      [values.map((h) => h.date), values.map((h) => h.name)],
    );
    return written.length;
  }
}
