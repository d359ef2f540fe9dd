import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { ApiKeyScope, AuthUser, DomainException, FieldDomainException, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../tokens';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyDto, CreatedApiKeyDto, DEFAULT_API_KEY_SCOPES } from './api-key.dto';

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

  /**
   * A key with the named scopes (default `read`, `open311`). `admin` only for an admin. A key
   * creating a key (which takes its `keys` scope, checked by the guard) gives it no more than its
   * own scopes, and is recorded as its creator: revoking it revokes the new key too.
   */
  async create(user: AuthUser, meta: RequestMeta, name: string, requested?: ApiKeyScope[]): Promise<CreatedApiKeyDto> {
    const scopes = [...new Set(requested ?? DEFAULT_API_KEY_SCOPES)];
    if (scopes.includes('admin') && !user.roles.includes('admin')) throw new FieldDomainException('scopes', 'api_key_scope_admin_only');
    const creatorKeyId = user.via === 'api_key' ? user.apiKeyId : undefined;
    if (user.via === 'api_key') {
      const beyond = scopes.filter((scope) => !user.apiKeyScopes?.includes(scope));
      if (beyond.length) throw new FieldDomainException('scopes', 'api_key_scope_beyond_creator', { scopes: beyond.join(', ') });
    }
    const key = `${KEY_PREFIX}${randomToken()}`;
    return this.dataSource.transaction(async (manager) => {
      // Holds the creator against a concurrent revocation: either that sees this key, or this sees it revoked.
      if (creatorKeyId && !(await this.lockActive(manager, creatorKeyId)))
        throw new DomainException('unauthorized', HttpStatus.UNAUTHORIZED);
      const row = await manager.save(
        manager.create(ApiKeyEntity, {
          userId: user.id,
          name,
          prefix: key.slice(0, 10),
          keyHash: sha256(key),
          scopes,
          createdByKeyId: creatorKeyId ?? null,
        }),
      );
      await this.audit.record(
        user,
        meta,
        {
          action: 'api_key.created',
          targetType: 'api_key',
          targetId: row.id,
          after: { name, prefix: row.prefix, scopes, createdByKeyId: row.createdByKeyId },
        },
        manager,
      );
      return { ...toDto(row), key };
    });
  }

  /** Revokes the key and, transitively, every key created from it; they stop working at once. */
  async revoke(user: AuthUser, meta: RequestMeta, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [target] = await manager.query(`SELECT id FROM api_key WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL FOR UPDATE`, [
        id,
        user.id,
      ]);
      if (!target) throw new NotFoundDomainException();
      // Repeated until a pass finds nothing: a key created from one of these while this runs
      // (it held its creator until it committed) is caught by the next pass.
      const descendants: string[] = [];
      for (;;) {
        // TypeORM answers a raw UPDATE with [rows, affected count].
        const [rows]: [{ id: string }[], number] = await manager.query(
          `WITH RECURSIVE tree AS (
             SELECT id FROM api_key WHERE id = $1
             UNION SELECT k.id FROM api_key k JOIN tree ON k.created_by_key_id = tree.id
           )
           UPDATE api_key SET revoked_at = now() WHERE id IN (SELECT id FROM tree) AND revoked_at IS NULL RETURNING id`,
          [id],
        );
        if (rows.length === 0) break;
        descendants.push(...rows.map((row) => row.id).filter((revoked) => revoked !== id));
      }
      await this.audit.record(
        user,
        meta,
        {
          action: 'api_key.revoked',
          targetType: 'api_key',
          targetId: id,
          ...(descendants.length ? { after: { alsoRevoked: descendants } } : {}),
        },
        manager,
      );
    });
  }

  private async lockActive(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM api_key WHERE id = $1 AND revoked_at IS NULL FOR SHARE`, [id]);
    return rows.length > 0;
  }
}

function toDto(key: ApiKeyEntity): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdByKeyId: key.createdByKeyId,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
  };
}
