import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { AuthUser, ConflictDomainException, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import type { ForumFlagReason } from '@walikota/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { ContentSummary, ContentTarget, LockedContent } from '../moderation/content-targets';
import { meetingLink } from './meeting-support';
import { MeetingQuestionStream } from './meeting-question-stream';

interface QuestionRow {
  id: string;
  meeting_id: string;
  author_id: string;
  text: string;
  hidden_at: Date | null;
  hidden_by_flags: boolean;
  merged_into_id: string | null;
  created_at: Date;
  code: string;
  title: string;
}

const SELECT = `SELECT q.id, q.meeting_id, q.author_id, q.text, q.hidden_at, q.hidden_by_flags, q.merged_into_id, q.created_at, m.code, m.title
  FROM meeting_question q JOIN meeting m ON m.id = q.meeting_id`;

/**
 * Hiding and showing meeting questions: the one writer of `meeting_question.hidden_*`. The
 * meeting's staff call `hideQuestion`/`unhideQuestion`; the forums' moderation (flags, the queue)
 * reaches the same rows through `QuestionTarget`. Each change raises the list's version and tells
 * the live board.
 */
@Injectable()
export class MeetingQuestionModeration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly stream: MeetingQuestionStream,
  ) {}

  /** Hides a shown question with a reason (the public sees a placeholder naming it); audited. */
  async hideQuestion(
    id: string,
    reason: ForumFlagReason,
    actor: AuthUser,
    meta: RequestMeta | null = null,
    details: string | null = null,
  ): Promise<void> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const row = await lockQuestion(manager, id);
      if (row.hidden_at && !row.hidden_by_flags) throw new ConflictDomainException('meeting_question_already_hidden');
      const { version } = await setHidden(manager, id, { reason, details, byFlags: false });
      await this.audit.record(
        actor,
        meta,
        { action: 'forum_question.hide', targetType: 'forum_question', targetId: id, after: { reason }, reason: details },
        manager,
      );
      return { meetingId: row.meeting_id, version };
    });
    await this.stream.changed(changed.meetingId, changed.version);
  }

  async unhideQuestion(id: string, actor: AuthUser, meta: RequestMeta | null = null): Promise<void> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const row = await lockQuestion(manager, id);
      if (!row.hidden_at) throw new ConflictDomainException('meeting_question_not_hidden');
      const { version } = await setShown(manager, id);
      await this.audit.record(actor, meta, { action: 'forum_question.unhide', targetType: 'forum_question', targetId: id }, manager);
      return { meetingId: row.meeting_id, version };
    });
    await this.stream.changed(changed.meetingId, changed.version);
  }
}

/**
 * Meeting questions as the forums' moderation sees them (registered in `ContentTargets`). The
 * forums' moderation runs the transaction, so the live board hears of a change before it commits:
 * a board that reads the list too early sees an older version than announced and reads it again
 * (libs/web/meetings/src/lib/meeting/question-board.ts).
 */
@Injectable()
export class QuestionTarget implements ContentTarget {
  readonly type = 'question' as const;

  constructor(private readonly stream: MeetingQuestionStream) {}

  async lock(id: string, manager: EntityManager): Promise<LockedContent | null> {
    const [row]: QuestionRow[] = await manager.query(`${SELECT} WHERE q.id = $1 FOR UPDATE OF q`, [id]);
    if (!row) return null;
    return {
      authorId: row.author_id,
      shown: !row.hidden_at && !row.merged_into_id,
      hiddenAt: row.hidden_at,
      hiddenByFlags: row.hidden_by_flags,
      pending: false,
      link: `${meetingLink(row.code)}#q-${row.id}`,
      context: row.title,
    };
  }

  async hide(id: string, reason: ForumFlagReason, details: string | null, byFlags: boolean, manager: EntityManager): Promise<void> {
    const changed = await setHidden(manager, id, { reason, details, byFlags });
    void this.stream.changed(changed.meetingId, changed.version);
  }

  async unhide(id: string, manager: EntityManager): Promise<void> {
    const changed = await setShown(manager, id);
    void this.stream.changed(changed.meetingId, changed.version);
  }

  async describe(ids: string[], manager: EntityManager): Promise<ContentSummary[]> {
    if (ids.length === 0) return [];
    const rows: QuestionRow[] = await manager.query(`${SELECT} WHERE q.id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => ({
      type: 'question' as const,
      id: row.id,
      authorId: row.author_id,
      context: row.title,
      excerpt: row.text.slice(0, 300),
      link: `${meetingLink(row.code)}#q-${row.id}`,
      state: row.hidden_at ? 'hidden' : 'visible',
      hiddenByFlags: row.hidden_by_flags,
      createdAt: row.created_at,
    }));
  }
}

async function lockQuestion(manager: EntityManager, id: string): Promise<QuestionRow> {
  const [row]: QuestionRow[] = await manager.query(`${SELECT} WHERE q.id = $1 FOR UPDATE OF q`, [id]);
  if (!row) throw new NotFoundDomainException('meeting_question_not_found');
  return row;
}

async function setHidden(
  manager: EntityManager,
  id: string,
  h: { reason: ForumFlagReason; details: string | null; byFlags: boolean },
): Promise<QuestionVersion> {
  const [[row]]: [{ version: string; meeting_id: string }[], number] = await manager.query(
    `UPDATE meeting_question SET hidden_at = coalesce(hidden_at, now()), hidden_reason = $2, hidden_details = $3, hidden_by_flags = $4,
       version = nextval('meeting_question_version_seq') WHERE id = $1 RETURNING version, meeting_id`,
    [id, h.reason, h.details, h.byFlags],
  );
  return { meetingId: row.meeting_id, version: Number(row.version) };
}

async function setShown(manager: EntityManager, id: string): Promise<QuestionVersion> {
  const [[row]]: [{ version: string; meeting_id: string }[], number] = await manager.query(
    `UPDATE meeting_question SET hidden_at = NULL, hidden_reason = NULL, hidden_details = NULL, hidden_by_flags = false,
       version = nextval('meeting_question_version_seq') WHERE id = $1 RETURNING version, meeting_id`,
    [id],
  );
  return { meetingId: row.meeting_id, version: Number(row.version) };
}

/** A question's meeting and the list's version its change took. */
interface QuestionVersion {
  meetingId: string;
  version: number;
}
