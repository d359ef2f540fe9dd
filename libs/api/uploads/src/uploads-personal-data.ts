import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A user's uploads in their data export. On account deletion, files not attached to anything are
 * handed to the hourly clean-up (their rows are backdated, so the next run deletes files and
 * rows together); attached ones stay with the public report they belong to.
 */
@Injectable()
export class UploadsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'uploads',
      export: (userId) => this.export(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
  }

  private export(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT id, original_name AS name, content_type AS "contentType", byte_size AS "byteSize", created_at AS "createdAt",
              claimed_by_type AS "attachedTo", claimed_by_id AS "attachedToId"
         FROM upload WHERE owner_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  private async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE upload SET created_at = 'epoch' WHERE owner_id = $1 AND claimed_at IS NULL`, [userId]);
  }
}
