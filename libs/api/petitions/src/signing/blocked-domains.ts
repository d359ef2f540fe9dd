import { Injectable } from '@nestjs/common';
import { AuthUser, ConflictDomainException, MicroCache, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import { AuditService } from '@walikota/api-audit';
import { DataSource } from 'typeorm';
import { BlockedDomainDto, BlockedDomainInputDto } from '../petition.dto';
import { PetitionBlockedDomainEntity } from '../petition.entity';

/**
 * E-mail domains whose accounts may not sign petitions (admins keep the list). Signing asks
 * `has` on every request, so the list is held in memory for 10 seconds per instance: a new entry
 * takes effect on this instance at once and on the others within those seconds.
 */
@Injectable()
export class BlockedDomains {
  private cache = new MicroCache<Set<string>>(10_000, 1);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async has(domain: string): Promise<boolean> {
    const set = await this.cache.get('all', async () => {
      const rows = await this.dataSource.getRepository(PetitionBlockedDomainEntity).find({ select: { domain: true } });
      return new Set(rows.map((r) => r.domain));
    });
    return set.has(domain.toLowerCase());
  }

  async list(): Promise<BlockedDomainDto[]> {
    const rows = await this.dataSource.getRepository(PetitionBlockedDomainEntity).find({ order: { domain: 'ASC' } });
    return rows.map((r) => ({ domain: r.domain, reason: r.reason, createdAt: r.createdAt.toISOString() }));
  }

  async add(user: AuthUser, meta: RequestMeta, dto: BlockedDomainInputDto): Promise<BlockedDomainDto> {
    await this.dataSource.transaction(async (manager) => {
      // Only a domain already on the list is skipped (the conflict is named); any other violation fails.
      const inserted: { domain: string }[] = await manager.query(
        `INSERT INTO petition_blocked_domain (domain, reason) VALUES ($1, $2) ON CONFLICT (domain) DO NOTHING RETURNING domain`,
        [dto.domain, dto.reason ?? ''],
      );
      if (inserted.length === 0) throw new ConflictDomainException('petition_domain_exists');
      await this.audit.record(
        user,
        meta,
        { action: 'petition.domain_blocked', targetType: 'petition_domain', targetId: dto.domain, after: { reason: dto.reason ?? '' } },
        manager,
      );
    });
    this.cache = new MicroCache<Set<string>>(10_000, 1);
    const row = await this.dataSource.getRepository(PetitionBlockedDomainEntity).findOneByOrFail({ domain: dto.domain });
    return { domain: row.domain, reason: row.reason, createdAt: row.createdAt.toISOString() };
  }

  async remove(user: AuthUser, meta: RequestMeta, domain: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(PetitionBlockedDomainEntity, { domain: domain.toLowerCase() });
      if (!result.affected) throw new NotFoundDomainException();
      await this.audit.record(user, meta, { action: 'petition.domain_unblocked', targetType: 'petition_domain', targetId: domain.toLowerCase() }, manager);
    });
    this.cache = new MicroCache<Set<string>>(10_000, 1);
  }
}
