import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  ForbiddenDomainException,
  NotFoundDomainException,
  PerUserRateLimiter,
  RequestMeta,
} from '@walikota/api-platform';
import type { ForumFlagReason } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ForumFlags } from '../moderation/forum-flags.service';
import { ForumSanctions } from '../moderation/forum-sanctions.service';
import { ForumWatchedWords } from '../moderation/forum-watched-words.service';
import { QuestionDto, QuestionListDto, VoteResultDto } from './meeting.dto';
import { MeetingEntity } from './meeting.entity';
import { mayRunFloor, meetingActors, takesQuestions } from './meeting-rules';
import { MeetingQuestionStream } from './meeting-question-stream';
import { MeetingsService } from './meetings.service';

interface QuestionRow {
  id: string;
  author_id: string;
  text: string;
  vote_count: number;
  answered_at: Date | null;
  merged_into_id: string | null;
  hidden_at: Date | null;
  hidden_reason: ForumFlagReason | null;
  hidden_details: string | null;
  hidden_by_flags: boolean;
  created_at: Date;
}

/**
 * Questions for a meeting (docs/product.md, "Town-hall meetings"): asked as plain text, voted on
 * once per person, answered, merged and hidden by the meeting's staff. A vote is one statement:
 * the question's row is locked, the vote inserted with `ON CONFLICT (question_id, user_id) DO
 * NOTHING`, and the count and version raised only when a row went in — one vote per person
 * whatever the concurrency, and a count that always equals the rows.
 */
@Injectable()
export class MeetingQuestions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly limiter: PerUserRateLimiter,
    private readonly sanctions: ForumSanctions,
    private readonly watched: ForumWatchedWords,
    private readonly flags: ForumFlags,
    private readonly stream: MeetingQuestionStream,
  ) {}

  /** The list by votes, then oldest first; with `since`, empty when nothing changed since that version. */
  async list(user: AuthUser | undefined, code: string, since?: number): Promise<QuestionListDto> {
    const meeting = await this.meetings.load(code);
    const version = await this.version(meeting.id);
    if (since !== undefined && version <= since) return { version, changed: false, items: [] };
    const rows: QuestionRow[] = await this.dataSource.query(
      `SELECT id, author_id, text, vote_count, answered_at, merged_into_id, hidden_at, hidden_reason, hidden_details, hidden_by_flags, created_at
         FROM meeting_question WHERE meeting_id = $1 ORDER BY vote_count DESC, created_at ASC, id ASC`,
      [meeting.id],
    );
    const voted = new Set<string>(
      user && rows.length
        ? (
            (await this.dataSource.query(
              `SELECT question_id FROM meeting_question_vote WHERE user_id = $1 AND question_id = ANY($2::uuid[])`,
              [user.id, rows.map((r) => r.id)],
            )) as { question_id: string }[]
          ).map((r) => r.question_id)
        : [],
    );
    const staff = mayRunFloor(meetingActors(user, meeting.departmentId));
    return { version, changed: true, items: rows.map((r) => this.toDto(r, user, voted.has(r.id), staff)) };
  }

  /** The meeting of `code` and its list's version, for a stream to start from. */
  async current(code: string): Promise<{ meetingId: string; version: number }> {
    const meeting = await this.meetings.load(code);
    return { meetingId: meeting.id, version: await this.version(meeting.id) };
  }

  /** The current version of a meeting's list (0 before the first question). */
  async version(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ v }]: { v: string }[] = await manager.query(
      `SELECT coalesce(max(version), 0) AS v FROM meeting_question WHERE meeting_id = $1`,
      [meetingId],
    );
    return Number(v);
  }

  async ask(user: AuthUser, code: string, text: string): Promise<QuestionDto> {
    await this.sanctions.assertMayWrite(user.id);
    await this.limiter.consume('meeting_question', user.id, this.config.meetings.questionsPerHour, 3_600_000);
    const meeting = await this.open(code);
    const verdict = await this.watched.check(text);
    if (verdict?.action === 'block')
      throw new FieldDomainException('text', 'forum_watched_word_blocked', { list: verdict.list, found: verdict.found });
    const row = await this.dataSource.transaction(async (manager) => {
      const [inserted]: QuestionRow[] = await manager.query(
        `INSERT INTO meeting_question (meeting_id, author_id, text, version) VALUES ($1, $2, $3, nextval('meeting_question_version_seq'))
         RETURNING id, author_id, text, vote_count, answered_at, merged_into_id, hidden_at, hidden_reason, hidden_details, hidden_by_flags, created_at, version`,
        [meeting.id, user.id, text],
      );
      // Questions are not held for approval: a watched word's hold or flag puts them in the queue, shown.
      if (verdict) await this.flags.flagForWatchedWord(manager, 'question', inserted.id, `${verdict.list}: ${verdict.found}`);
      return inserted as QuestionRow & { version: string };
    });
    await this.stream.changed(meeting.id, Number(row.version));
    return this.toDto(row, user, false, false);
  }

  async vote(user: AuthUser, code: string, id: string): Promise<VoteResultDto> {
    const meeting = await this.open(code);
    const [rows]: [{ vote_count: number; version: string }[], number] = await this.dataSource.query(
      `WITH q AS (SELECT id FROM meeting_question WHERE id = $1 AND meeting_id = $3 AND merged_into_id IS NULL AND hidden_at IS NULL FOR UPDATE),
            ins AS (INSERT INTO meeting_question_vote (question_id, user_id) SELECT id, $2 FROM q ON CONFLICT (question_id, user_id) DO NOTHING RETURNING question_id)
       UPDATE meeting_question m SET vote_count = m.vote_count + 1, version = nextval('meeting_question_version_seq')
         FROM ins WHERE m.id = ins.question_id RETURNING m.vote_count, m.version`,
      [id, user.id, meeting.id],
    );
    if (rows.length) {
      await this.stream.changed(meeting.id, Number(rows[0].version));
      return { votes: rows[0].vote_count, votedByMe: true, version: Number(rows[0].version) };
    }
    return this.standing(meeting, id, user);
  }

  async unvote(user: AuthUser, code: string, id: string): Promise<VoteResultDto> {
    const meeting = await this.open(code);
    const [rows]: [{ vote_count: number; version: string }[], number] = await this.dataSource.query(
      `WITH q AS (SELECT id FROM meeting_question WHERE id = $1 AND meeting_id = $3 AND merged_into_id IS NULL FOR UPDATE),
            del AS (DELETE FROM meeting_question_vote v USING q WHERE v.question_id = q.id AND v.user_id = $2 RETURNING v.question_id)
       UPDATE meeting_question m SET vote_count = m.vote_count - 1, version = nextval('meeting_question_version_seq')
         FROM del WHERE m.id = del.question_id RETURNING m.vote_count, m.version`,
      [id, user.id, meeting.id],
    );
    if (rows.length) {
      await this.stream.changed(meeting.id, Number(rows[0].version));
      return { votes: rows[0].vote_count, votedByMe: false, version: Number(rows[0].version) };
    }
    return this.standing(meeting, id, user);
  }

  /** Marks a question answered (the meeting's staff); answering twice keeps the first time. */
  async answer(user: AuthUser, meta: RequestMeta, code: string, id: string): Promise<void> {
    const meeting = await this.staffOnly(user, code);
    const version = await this.dataSource.transaction(async (manager) => {
      await this.lockIn(manager, meeting.id, [id]);
      const [[row]]: [{ version: string }[], number] = await manager.query(
        `UPDATE meeting_question SET answered_at = coalesce(answered_at, now()), version = nextval('meeting_question_version_seq') WHERE id = $1 RETURNING version`,
        [id],
      );
      await this.audit.record(
        user,
        meta,
        { action: 'meeting.question_answered', targetType: 'meeting', targetId: meeting.id, after: { question: id } },
        manager,
      );
      return Number(row.version);
    });
    await this.stream.changed(meeting.id, version);
  }

  /**
   * Merges a duplicate into another question of the same meeting: its votes move over (a person
   * who voted on both counts once), questions merged into it follow, and it shows "merged into …".
   * Both rows are locked, in id order, before anything moves: a vote on either waits.
   */
  async merge(user: AuthUser, meta: RequestMeta, code: string, id: string, intoId: string): Promise<void> {
    const meeting = await this.staffOnly(user, code);
    if (id === intoId) throw new FieldDomainException('intoId', 'meeting_merge_same');
    const version = await this.dataSource.transaction(async (manager) => {
      const rows = await this.lockIn(manager, meeting.id, [id, intoId], 'intoId');
      if (rows.some((r) => r.merged_into_id)) throw new ConflictDomainException('meeting_question_merged');
      await manager.query(
        `INSERT INTO meeting_question_vote (question_id, user_id, created_at)
         SELECT $2, user_id, created_at FROM meeting_question_vote WHERE question_id = $1
         ON CONFLICT (question_id, user_id) DO NOTHING`,
        [id, intoId],
      );
      await manager.query(`DELETE FROM meeting_question_vote WHERE question_id = $1`, [id]);
      await manager.query(`UPDATE meeting_question SET merged_into_id = $2 WHERE merged_into_id = $1`, [id, intoId]);
      await manager.query(
        `UPDATE meeting_question SET vote_count = 0, merged_into_id = $2, version = nextval('meeting_question_version_seq') WHERE id = $1`,
        [id, intoId],
      );
      const [[row]]: [{ version: string }[], number] = await manager.query(
        `UPDATE meeting_question SET vote_count = (SELECT count(*) FROM meeting_question_vote WHERE question_id = $1),
           version = nextval('meeting_question_version_seq') WHERE id = $1 RETURNING version`,
        [intoId],
      );
      await this.audit.record(
        user,
        meta,
        {
          action: 'meeting.question_merged',
          targetType: 'meeting',
          targetId: meeting.id,
          after: { question: id, mergedInto: intoId },
        },
        manager,
      );
      return Number(row.version);
    });
    await this.stream.changed(meeting.id, version);
  }

  /** The meeting of `code` when the caller runs its floor (organisers, moderators, admins); 403 otherwise. */
  async staffOnly(user: AuthUser, code: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.load(code);
    if (!mayRunFloor(meetingActors(user, meeting.departmentId))) throw new ForbiddenDomainException();
    return meeting;
  }

  /** The question `id` of this meeting (404 otherwise), for the staff's question routes. */
  async assertInMeeting(meetingId: string, id: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM meeting_question WHERE id = $1 AND meeting_id = $2`, [
      id,
      meetingId,
    ]);
    if (rows.length === 0) throw new NotFoundDomainException('meeting_question_not_found');
  }

  private async open(code: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.load(code);
    if (!takesQuestions(meeting.status)) throw new ConflictDomainException('meeting_not_taking_questions');
    return meeting;
  }

  /** Nothing changed: the question as it stands for the caller, or why it cannot be voted on. */
  private async standing(meeting: MeetingEntity, id: string, user: AuthUser): Promise<VoteResultDto> {
    const [row]: { vote_count: number; merged_into_id: string | null; hidden_at: Date | null; voted: boolean }[] =
      await this.dataSource.query(
        `SELECT q.vote_count, q.merged_into_id, q.hidden_at, EXISTS (SELECT 1 FROM meeting_question_vote v WHERE v.question_id = q.id AND v.user_id = $3) AS voted
         FROM meeting_question q WHERE q.id = $1 AND q.meeting_id = $2`,
        [id, meeting.id, user.id],
      );
    if (!row || row.hidden_at) throw new NotFoundDomainException('meeting_question_not_found');
    if (row.merged_into_id) throw new ConflictDomainException('meeting_question_merged');
    return { votes: row.vote_count, votedByMe: row.voted, version: await this.version(meeting.id) };
  }

  private async lockIn(
    manager: EntityManager,
    meetingId: string,
    ids: string[],
    field?: string,
  ): Promise<{ id: string; merged_into_id: string | null }[]> {
    const rows: { id: string; merged_into_id: string | null }[] = await manager.query(
      `SELECT id, merged_into_id FROM meeting_question WHERE id = ANY($1::uuid[]) AND meeting_id = $2 ORDER BY id FOR UPDATE`,
      [ids, meetingId],
    );
    if (rows.length !== new Set(ids).size) {
      if (field && rows.some((r) => r.id === ids[0])) throw new FieldDomainException(field, 'meeting_merge_same');
      throw new NotFoundDomainException('meeting_question_not_found');
    }
    return rows;
  }

  private toDto(r: QuestionRow, user: AuthUser | undefined, votedByMe: boolean, staff: boolean): QuestionDto {
    const mine = !!user && r.author_id === user.id;
    return {
      id: r.id,
      text: r.hidden_at && !mine && !staff ? null : r.text,
      votes: r.vote_count,
      votedByMe,
      mine,
      answeredAt: r.answered_at?.toISOString() ?? null,
      mergedIntoId: r.merged_into_id,
      hidden: r.hidden_at && r.hidden_reason ? { reason: r.hidden_reason, details: r.hidden_details, byFlags: r.hidden_by_flags } : null,
      createdAt: r.created_at.toISOString(),
    };
  }
}
