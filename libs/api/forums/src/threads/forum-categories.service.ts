import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import {
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  Language,
  NotFoundDomainException,
  RequestMeta,
  sqlState,
} from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { ForumCategoryDto, ForumCategoryInputDto } from './forum.dto';
import { ForumCategoryEntity } from './forum.entity';

interface CategoryRow {
  id: string;
  slug: string;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
  sort_order: number;
  active: boolean;
  thread_count: string;
  last_posted_at: Date | null;
}

/**
 * Forum categories (docs/product.md, "Town-hall forums"): admins keep the list; everyone reads the
 * active ones with how many readable threads each holds.
 */
@Injectable()
export class ForumCategoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Active categories for everyone; `all` (admins) adds the inactive ones. */
  async list(language: Language, all = false): Promise<ForumCategoryDto[]> {
    const rows: CategoryRow[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name_id, c.name_en, c.description_id, c.description_en, c.sort_order, c.active,
              count(t.id) AS thread_count, max(t.last_posted_at) AS last_posted_at
       FROM forum_category c
       LEFT JOIN forum_thread t ON t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         AND EXISTS (SELECT 1 FROM forum_post p WHERE p.thread_id = t.id AND p.number = 1 AND p.approval = 'published')
       WHERE $1 OR c.active
       GROUP BY c.id
       ORDER BY c.sort_order, c.name_id`,
      [all],
    );
    return rows.map((row) => this.toDto(row, language));
  }

  async create(user: AuthUser, meta: RequestMeta, dto: ForumCategoryInputDto, language: Language): Promise<ForumCategoryDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const category = manager.create(ForumCategoryEntity, this.fields(dto));
      await this.saveUnique(manager, category);
      await this.audit.record(
        user,
        meta,
        { action: 'forum_category.created', targetType: 'forum_category', targetId: category.id, after: { slug: category.slug } },
        manager,
      );
      return category.id;
    });
    return this.one(id, language);
  }

  async update(user: AuthUser, meta: RequestMeta, id: string, dto: ForumCategoryInputDto, language: Language): Promise<ForumCategoryDto> {
    await this.dataSource.transaction(async (manager) => {
      const category = await manager.findOne(ForumCategoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!category) throw new NotFoundDomainException('forum_category_not_found');
      const before = { slug: category.slug, nameId: category.nameId, active: category.active };
      Object.assign(category, this.fields(dto));
      await this.saveUnique(manager, category);
      const after = { slug: category.slug, nameId: category.nameId, active: category.active };
      await this.audit.record(
        user,
        meta,
        { action: 'forum_category.updated', targetType: 'forum_category', targetId: id, before, after },
        manager,
      );
    });
    return this.one(id, language);
  }

  /** The category a new thread goes to: it must exist and take threads. */
  async requireActive(id: string, manager: EntityManager): Promise<ForumCategoryEntity> {
    const category = await manager.findOne(ForumCategoryEntity, { where: { id } });
    if (!category || !category.active) throw new FieldDomainException('categoryId', 'forum_category_not_found');
    return category;
  }

  private async one(id: string, language: Language): Promise<ForumCategoryDto> {
    const found = (await this.list(language, true)).find((c) => c.id === id);
    if (!found) throw new NotFoundDomainException('forum_category_not_found');
    return found;
  }

  private fields(dto: ForumCategoryInputDto): Partial<ForumCategoryEntity> {
    return {
      slug: dto.slug,
      nameId: dto.nameId,
      nameEn: dto.nameEn,
      descriptionId: dto.descriptionId ?? '',
      descriptionEn: dto.descriptionEn ?? '',
      sortOrder: dto.sortOrder ?? 0,
      active: dto.active ?? true,
    };
  }

  private async saveUnique(manager: EntityManager, category: ForumCategoryEntity): Promise<void> {
    try {
      await manager.save(category);
    } catch (error) {
      // The slug's unique index (the transaction ends with this error).
      if (sqlState(error) === '23505') throw new ConflictDomainException('forum_category_slug_taken');
      throw error;
    }
  }

  private toDto(row: CategoryRow, language: Language): ForumCategoryDto {
    return {
      id: row.id,
      slug: row.slug,
      name: language === 'en' ? row.name_en : row.name_id,
      description: language === 'en' ? row.description_en : row.description_id,
      nameId: row.name_id,
      nameEn: row.name_en,
      descriptionId: row.description_id,
      descriptionEn: row.description_en,
      sortOrder: row.sort_order,
      active: row.active,
      threadCount: Number(row.thread_count),
      lastPostedAt: row.last_posted_at,
    };
  }
}
