import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditLabelRegistry } from '@walikota/api-audit';
import { DataSource, In } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { UserEntity } from '../users/user.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names identity's audit targets: a user by name, an API key by its name and visible prefix. */
@Injectable()
export class IdentityAuditLabels implements OnModuleInit {
  constructor(
    private readonly registry: AuditLabelRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({ targetType: 'user', labels: (ids) => this.userNames(ids) });
    this.registry.register({ targetType: 'api_key', labels: (ids) => this.apiKeyNames(ids) });
  }

  /** One query for all of them; also names the actors of a page of the log. */
  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    // Target ids are free text in the log: only UUIDs can name an account (others would make
    // PostgreSQL refuse the whole query).
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    const users = await this.dataSource.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In(valid) } });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private async apiKeyNames(ids: readonly string[]): Promise<Map<string, string>> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    const keys = await this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ select: { id: true, name: true, prefix: true }, where: { id: In(valid) } });
    return new Map(keys.map((k) => [k.id, `${k.name} (${k.prefix}…)`]));
  }
}
