import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingRegistrations } from './meeting-registrations.service';
import { MeetingsService } from './meetings.service';

/**
 * A user's registrations, questions and votes in their data export, and what account deletion
 * does (docs/product.md, "Personal data"). A place in a meeting still to come is given up — the
 * first person waiting gets it, as when anyone cancels — and a place in its waiting list too;
 * registrations of meetings held stay (their attendance is on record). Questions and votes stay,
 * anonymous as they always were, so that every board and count stays what it was.
 */
@Injectable()
export class MeetingsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly registrations: MeetingRegistrations,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'meetings',
      export: (userId) => this.export(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
  }

  private async export(userId: string): Promise<Record<string, unknown>> {
    const [registrations, questions, votes] = await Promise.all([
      this.dataSource.query(
        `SELECT m.code AS meeting, m.title, r.status, r.code, r.created_at AS "registeredAt", r.confirmed_at AS "confirmedAt",
                r.cancelled_at AS "cancelledAt", r.checked_in_at AS "checkedInAt"
           FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id WHERE r.user_id = $1 ORDER BY r.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT m.code AS meeting, q.text, q.created_at AS "createdAt", q.answered_at AS "answeredAt", q.hidden_at IS NOT NULL AS hidden
           FROM meeting_question q JOIN meeting m ON m.id = q.meeting_id WHERE q.author_id = $1 ORDER BY q.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT m.code AS meeting, v.question_id AS question, v.created_at AS "createdAt"
           FROM meeting_question_vote v JOIN meeting_question q ON q.id = v.question_id JOIN meeting m ON m.id = q.meeting_id
          WHERE v.user_id = $1 ORDER BY v.created_at`,
        [userId],
      ),
    ]);
    return { registrations, questions, votes };
  }

  /** Gives up the user's places and queue places in meetings still to come, under each meeting's row lock. */
  private async erase(userId: string, manager: EntityManager): Promise<void> {
    const held: { code: string }[] = await manager.query(
      `SELECT m.code FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
        WHERE r.user_id = $1 AND r.status <> 'cancelled' AND m.status = 'scheduled' ORDER BY m.id`,
      [userId],
    );
    for (const { code } of held) {
      const meeting = await this.meetings.load(code, manager, true);
      const [row]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM meeting_registration WHERE meeting_id = $1 AND user_id = $2 AND status <> 'cancelled'`,
        [meeting.id, userId],
      );
      if (!row) continue;
      await manager.query(`UPDATE meeting_registration SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [row.id]);
      if (row.status === 'confirmed') await this.registrations.promote(manager, meeting);
    }
  }
}
