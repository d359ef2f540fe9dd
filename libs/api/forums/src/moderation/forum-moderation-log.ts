import { Injectable } from '@nestjs/common';
import type { ForumContentType, ForumFlagReason, ForumModerationLogAction } from '@walikota/shared-contracts';
import { EntityManager } from 'typeorm';

export interface ModerationLogEntry {
  action: ForumModerationLogAction;
  targetType: ForumContentType | 'thread' | 'user';
  targetId: string;
  subjectUserId?: string | null;
  /** Null when readers' flags did it. */
  moderatorId: string | null;
  reason?: ForumFlagReason | null;
  details?: string | null;
  /** Since when the act was waited for (the oldest open flag, a held post's posting time). */
  flaggedAt?: Date | null;
}

/** The moderation log (`forum_moderation_action`): one row per act, for appeals and the public statistics. */
@Injectable()
export class ForumModerationLog {
  async record(manager: EntityManager, entry: ModerationLogEntry): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO forum_moderation_action (action, target_type, target_id, subject_user_id, moderator_id, reason, details, flagged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.subjectUserId ?? null,
        entry.moderatorId,
        entry.reason ?? null,
        entry.details ?? null,
        entry.flaggedAt ?? null,
      ],
    );
    return row.id;
  }
}
