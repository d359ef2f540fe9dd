import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { AuthUser, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import { DataSource, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../tokens';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyDto, CreatedApiKeyDto } from './api-key.dto';

const KEY_PREFIX = 'wk_';

/** Personal API keys: the secret is shown once, only its hash is kept. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(userId: string): Promise<ApiKeyDto[]> {
    const keys = await this.dataSource.manager.find(ApiKeyEntity, { where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return keys.map(toDto);
  }

  async create(user: AuthUser, meta: RequestMeta, name: string): Promise<CreatedApiKeyDto> {
    const key = `${KEY_PREFIX}${randomToken()}`;
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(ApiKeyEntity, { userId: user.id, name, prefix: key.slice(0, 10), keyHash: sha256(key) }),
      );
      await this.audit.record(
        user,
        meta,
        { action: 'api_key.created', targetType: 'api_key', targetId: row.id, after: { name, prefix: row.prefix } },
        manager,
      );
      return { ...toDto(row), key };
    });
  }

  async revoke(user: AuthUser, meta: RequestMeta, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(ApiKeyEntity, { id, userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw new NotFoundDomainException();
      await this.audit.record(user, meta, { action: 'api_key.revoked', targetType: 'api_key', targetId: id }, manager);
    });
  }
}

function toDto(key: ApiKeyEntity): ApiKeyDto {
  return { id: key.id, name: key.name, prefix: key.prefix, createdAt: key.createdAt, lastUsedAt: key.lastUsedAt };
}
