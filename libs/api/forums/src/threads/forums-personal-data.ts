import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A user's part in the forums in their data export, and what account deletion erases
 * (docs/product.md, "Personal data"). Threads and posts stay (public conversation, shown as
 * written by "Pengguna terhapus"), as do their flags and appeals (moderation records, which name no
 * one in public); reactions and follows are personal and go.
 */
@Injectable()
export class ForumsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'forums',
      export: (userId) => this.export(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
  }

  private async export(userId: string): Promise<Record<string, unknown>> {
    const [threads, posts, reactions, following, flags, appeals, sanctions] = await Promise.all([
      this.dataSource.query(
        `SELECT number, title, created_at AS "createdAt", deleted_at AS "deletedAt" FROM forum_thread WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT t.number AS thread, p.number, p.body, p.approval, p.created_at AS "createdAt", p.edited_at AS "editedAt",
                p.deleted_at AS "deletedAt", p.hidden_at IS NOT NULL AS hidden
           FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.author_id = $1 ORDER BY p.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT t.number AS thread, p.number AS post, r.kind, r.created_at AS "createdAt"
           FROM forum_reaction r JOIN forum_post p ON p.id = r.post_id JOIN forum_thread t ON t.id = p.thread_id
          WHERE r.user_id = $1 ORDER BY r.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT t.number AS thread, f.created_at AS "createdAt" FROM forum_follow f JOIN forum_thread t ON t.id = f.thread_id
          WHERE f.user_id = $1 ORDER BY f.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT target_type AS "targetType", target_id AS "targetId", reason, details, created_at AS "createdAt"
           FROM forum_flag WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT text, decision, created_at AS "createdAt", decided_at AS "decidedAt" FROM forum_appeal WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT kind, reason, ends_at AS "endsAt", lifted_at AS "liftedAt", created_at AS "createdAt"
           FROM forum_sanction WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
    ]);
    return { threads, posts, reactions, following, flags, appeals, sanctions };
  }

  private async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM forum_reaction WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM forum_follow WHERE user_id = $1`, [userId]);
  }
}
