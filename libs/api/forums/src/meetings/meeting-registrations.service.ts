import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  ForbiddenDomainException,
  NotFoundDomainException,
  PerUserRateLimiter,
  RequestMeta,
  qrSvg,
} from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { CheckInResultDto, RegistrationDto } from './meeting.dto';
import { MeetingEntity } from './meeting.entity';
import { mayRunFloor, meetingActors, takesCheckIns, takesRegistrations } from './meeting-rules';
import { cityTime, meetingLink } from './meeting-support';
import type { MeetingRegistrationStatus } from '@walikota/shared-contracts';
import { MeetingsService } from './meetings.service';
import { formatRegistrationCode, newRegistrationCode, normalizeRegistrationCode } from './registration-code';

interface RegistrationRow {
  id: string;
  status: MeetingRegistrationStatus;
  code: string;
  queue_position: string;
  checked_in_at: Date | null;
  created_at: Date;
}

/** Reminders claimed per statement by the job. */
const REMINDER_BATCH = 500;

/**
 * Places at a meeting (docs/product.md, "Town-hall meetings"). Registering and cancelling lock
 * the meeting's row (`SELECT … FOR UPDATE`) and count the confirmed places inside that
 * transaction, so the count never passes the capacity whatever the concurrency, and the waiting
 * list's order is the order the locks were granted in.
 */
@Injectable()
export class MeetingRegistrations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly limiter: PerUserRateLimiter,
  ) {}

  /** A place, or one in the queue when the meeting is full; given before: the same registration. */
  async register(user: AuthUser, code: string): Promise<{ created: boolean; registration: RegistrationDto }> {
    await this.limiter.consume('meeting_register', user.id, this.config.meetings.registrationsPerHour, 3_600_000);
    const created = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.load(code, manager, true);
      if (!takesRegistrations(meeting.status)) throw new ConflictDomainException('meeting_not_taking_registrations');
      const [existing] = await this.row(manager, meeting.id, user.id);
      if (existing && existing.status !== 'cancelled') return false;
      const free = meeting.capacity - (await this.confirmedCount(manager, meeting.id));
      const status: MeetingRegistrationStatus = free > 0 ? 'confirmed' : 'waiting';
      if (existing) {
        // Back after cancelling: at the end of the queue, with the same code.
        await manager.query(
          `UPDATE meeting_registration SET status = $2::varchar, queue_position = nextval('meeting_registration_queue_seq'),
             confirmed_at = CASE WHEN $2::varchar = 'confirmed' THEN now() END, cancelled_at = NULL, reminded_at = NULL WHERE id = $1`,
          [existing.id, status],
        );
        return true;
      }
      for (;;) {
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO meeting_registration (meeting_id, user_id, status, queue_position, code, confirmed_at)
           VALUES ($1, $2, $3::varchar, nextval('meeting_registration_queue_seq'), $4, CASE WHEN $3::varchar = 'confirmed' THEN now() END)
           ON CONFLICT (code) DO NOTHING RETURNING id`,
          [meeting.id, user.id, status, newRegistrationCode()],
        );
        if (inserted.length) return true;
      }
    });
    return { created, registration: await this.mine(user, code) };
  }

  /** The caller's registration with its code and (for a confirmed place) its QR code; 404 when none. */
  async mine(user: AuthUser, code: string): Promise<RegistrationDto> {
    const meeting = await this.meetings.load(code);
    const [row] = await this.row(this.dataSource.manager, meeting.id, user.id);
    if (!row) throw new NotFoundDomainException('meeting_registration_not_found');
    const shown = formatRegistrationCode(row.code);
    return {
      meetingCode: meeting.code,
      status: row.status,
      code: shown,
      waitingPosition:
        row.status === 'waiting' ? await this.waitingPosition(this.dataSource.manager, meeting.id, row.queue_position) : null,
      checkedInAt: row.checked_in_at?.toISOString() ?? null,
      registeredAt: row.created_at.toISOString(),
      qrSvg: row.status === 'confirmed' ? qrSvg(shown, { label: `${meeting.code} ${shown}` }) : null,
    };
  }

  /** Gives up the caller's place (or queue place); a confirmed place goes to the first waiting. */
  async cancel(user: AuthUser, code: string): Promise<void> {
    await this.limiter.consume('meeting_register', user.id, this.config.meetings.registrationsPerHour, 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.load(code, manager, true);
      const [row] = await this.row(manager, meeting.id, user.id);
      if (!row || row.status === 'cancelled') throw new NotFoundDomainException('meeting_registration_not_found');
      if (!takesRegistrations(meeting.status)) throw new ConflictDomainException('meeting_not_taking_registrations');
      await manager.query(`UPDATE meeting_registration SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [row.id]);
      if (row.status === 'confirmed') await this.promote(manager, meeting);
    });
  }

  /**
   * Seats the first waiting registrations in the free places and tells them. The caller holds the
   * meeting's row lock, so the count it reads is the count it writes against.
   */
  promote = async (manager: EntityManager, meeting: MeetingEntity): Promise<void> => {
    const free = meeting.capacity - (await this.confirmedCount(manager, meeting.id));
    if (free <= 0) return;
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE meeting_registration SET status = 'confirmed', confirmed_at = now()
        WHERE id IN (SELECT id FROM meeting_registration WHERE meeting_id = $1 AND status = 'waiting' ORDER BY queue_position LIMIT $2)
        RETURNING user_id`,
      [meeting.id, free],
    );
    if (rows.length)
      await this.notifications.notify(
        rows.map((r) => r.user_id),
        'meeting.promoted',
        {
          code: meeting.code,
          title: meeting.title,
          when: cityTime(meeting.startsAt, this.config.timeZone),
          link: meetingLink(meeting.code),
        },
        manager,
      );
  };

  /**
   * Checks a confirmed registrant in by their code, typed or scanned (case and separators do not
   * matter). Idempotent: a second check-in answers with the first time.
   */
  async checkIn(user: AuthUser, meta: RequestMeta, code: string, typed: string): Promise<CheckInResultDto> {
    const meeting = await this.meetings.load(code);
    if (!mayRunFloor(meetingActors(user, meeting.departmentId))) throw new ForbiddenDomainException();
    if (!takesCheckIns(meeting.status)) throw new ConflictDomainException('meeting_not_taking_check_ins');
    const stored = normalizeRegistrationCode(typed);
    if (!stored) throw new NotFoundDomainException('meeting_registration_not_found');
    const shown = formatRegistrationCode(stored);
    return this.dataSource.transaction(async (manager) => {
      const [row]: RegistrationRow[] = await manager.query(
        `SELECT id, status, code, queue_position, checked_in_at, created_at FROM meeting_registration WHERE meeting_id = $1 AND code = $2 FOR UPDATE`,
        [meeting.id, stored],
      );
      if (!row) throw new NotFoundDomainException('meeting_registration_not_found');
      if (row.status !== 'confirmed')
        throw new ConflictDomainException('meeting_registration_not_confirmed', { code: shown, status: row.status });
      let checkedInAt = row.checked_in_at;
      const already = checkedInAt !== null;
      if (!checkedInAt) {
        checkedInAt = new Date();
        await manager.query(`UPDATE meeting_registration SET checked_in_at = $2, checked_in_by = $3 WHERE id = $1`, [
          row.id,
          checkedInAt,
          user.id,
        ]);
      }
      const attendanceCount = await this.attendance(manager, meeting.id);
      if (!already)
        await this.audit.record(
          user,
          meta,
          {
            action: 'meeting.check_in',
            targetType: 'meeting',
            targetId: meeting.id,
            after: { registration: shown },
          },
          manager,
        );
      return { code: shown, alreadyCheckedIn: already, checkedInAt: checkedInAt.toISOString(), attendanceCount };
    });
  }

  /**
   * The reminder job: confirmed registrants of scheduled meetings starting within 24 hours, not
   * reminded yet. The update that sets `reminded_at` is the claim (rows locked by another
   * instance are skipped), so each registrant is reminded once however many instances run it.
   */
  async remindDue(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const [rows]: [{ user_id: string; code: string; title: string; starts_at: Date }[], number] = await manager.query(
          `WITH due AS (
             SELECT r.id FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
              WHERE m.status = 'scheduled' AND m.starts_at > $1 AND m.starts_at <= $1 + interval '24 hours'
                AND r.status = 'confirmed' AND r.reminded_at IS NULL
              ORDER BY r.id LIMIT $2 FOR UPDATE OF r SKIP LOCKED)
           UPDATE meeting_registration r SET reminded_at = $1 FROM due, meeting m
            WHERE r.id = due.id AND m.id = r.meeting_id
           RETURNING r.user_id, m.code, m.title, m.starts_at`,
          [now, REMINDER_BATCH],
        );
        const byMeeting = new Map<string, typeof rows>();
        for (const row of rows) byMeeting.set(row.code, [...(byMeeting.get(row.code) ?? []), row]);
        for (const [code, group] of byMeeting)
          await this.notifications.notify(
            group.map((r) => r.user_id),
            'meeting.reminder',
            { code, title: group[0].title, when: cityTime(group[0].starts_at, this.config.timeZone), link: meetingLink(code) },
            manager,
          );
        return rows.length;
      });
      total += sent;
      if (sent < REMINDER_BATCH) return total;
    }
  }

  async counts(meetingIds: string[]): Promise<Map<string, { confirmed: number; waiting: number; checkedIn: number }>> {
    if (meetingIds.length === 0) return new Map();
    const rows: { meeting_id: string; confirmed: number; waiting: number; checked_in: number }[] = await this.dataSource.query(
      `SELECT meeting_id, count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
              count(checked_in_at)::int AS checked_in
         FROM meeting_registration WHERE meeting_id = ANY($1::uuid[]) GROUP BY meeting_id`,
      [meetingIds],
    );
    return new Map(rows.map((r) => [r.meeting_id, { confirmed: r.confirmed, waiting: r.waiting, checkedIn: r.checked_in }]));
  }

  /** How the caller stands (for the meeting's page). */
  async state(
    userId: string,
    meetingId: string,
  ): Promise<{ status: MeetingRegistrationStatus; waitingPosition: number | null; checkedInAt: string | null } | null> {
    const [row] = await this.row(this.dataSource.manager, meetingId, userId);
    if (!row) return null;
    return {
      status: row.status,
      waitingPosition: row.status === 'waiting' ? await this.waitingPosition(this.dataSource.manager, meetingId, row.queue_position) : null,
      checkedInAt: row.checked_in_at?.toISOString() ?? null,
    };
  }

  async attendance(manager: EntityManager, meetingId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(checked_in_at)::int AS n FROM meeting_registration WHERE meeting_id = $1`,
      [meetingId],
    );
    return n;
  }

  async confirmedCount(manager: EntityManager, meetingId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM meeting_registration WHERE meeting_id = $1 AND status = 'confirmed'`,
      [meetingId],
    );
    return n;
  }

  private row(manager: EntityManager, meetingId: string, userId: string): Promise<RegistrationRow[]> {
    return manager.query(
      `SELECT id, status, code, queue_position, checked_in_at, created_at FROM meeting_registration WHERE meeting_id = $1 AND user_id = $2`,
      [meetingId, userId],
    );
  }

  private async waitingPosition(manager: EntityManager, meetingId: string, queuePosition: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM meeting_registration WHERE meeting_id = $1 AND status = 'waiting' AND queue_position <= $2`,
      [meetingId, queuePosition],
    );
    return n;
  }
}
