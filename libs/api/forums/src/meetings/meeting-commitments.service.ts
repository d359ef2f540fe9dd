import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  ForbiddenDomainException,
  MicroCache,
  NotFoundDomainException,
  RequestMeta,
} from '@walikota/api-platform';
import { ReferenceNames, ReferenceService } from '@walikota/api-reference';
import { ReportOpenData } from '@walikota/api-reports';
import { DataSource } from 'typeorm';
import { CommitmentDto, CommitmentInputDto, CommitmentListQueryDto, CommitmentPageDto, CommitmentStatusInputDto } from './meeting.dto';
import { COMMITMENT_OVERDUE_SQL, cityDate, commitmentMayMove, commitmentOverdue, mayChangeCommitment } from './meeting-rules';
import { iso } from './meeting-support';
import type { MeetingCommitmentStatus } from '@walikota/shared-contracts';
import { MeetingsService } from './meetings.service';

export interface CommitmentRow {
  id: string;
  meeting_code: string;
  department_id: string;
  description: string;
  due_date: string;
  status: MeetingCommitmentStatus;
  dropped_reason: string | null;
  petition_codes: string[];
  report_codes: string[];
  status_changed_at: Date | null;
}

export const COMMITMENT_SELECT = `SELECT c.id, m.code AS meeting_code, c.department_id, c.description, to_char(c.due_date, 'YYYY-MM-DD') AS due_date,
    c.status, c.dropped_reason, c.petition_codes, c.report_codes, c.status_changed_at
  FROM meeting_commitment c JOIN meeting m ON m.id = c.meeting_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Commitments made at concluded meetings (docs/product.md, "Town-hall meetings"): checked when
 * written (departments exist, petitions published, reports public), listed with filters (overdue
 * is `commitmentOverdue`, in SQL the same rule), their status moved by the department's officials.
 */
@Injectable()
export class MeetingCommitments {
  private readonly namesCache = new MicroCache<ReferenceNames>(60_000, 4);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    private readonly reports: ReportOpenData,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  /** Refuses (400, naming the field) a commitment whose department is unknown or whose links are not public. */
  async check(items: CommitmentInputDto[]): Promise<void> {
    const departments = await this.reference.existingDepartments(items.map((c) => c.departmentId));
    for (const [i, c] of items.entries()) {
      if (!departments.has(c.departmentId)) throw new FieldDomainException(`commitments.${i}.departmentId`, 'meeting_department_not_found');
      for (const code of new Set(c.petitionCodes ?? [])) await this.meetings.publishedPetition(code, `commitments.${i}.petitionCodes`);
      const reportCodes = [...new Set(c.reportCodes ?? [])];
      if (reportCodes.length) {
        const found = await this.reports.find({ codes: reportCodes, limit: reportCodes.length });
        const shown = new Set(found.filter((r) => r.visibility === 'content').map((r) => r.code));
        const missing = reportCodes.find((code) => !shown.has(code));
        if (missing) throw new FieldDomainException(`commitments.${i}.reportCodes`, 'meeting_report_not_public', { code: missing });
      }
    }
  }

  /** Commitments of concluded meetings by due date, filtered by department, status and overdue. */
  async page(query: CommitmentListQueryDto, language: 'id' | 'en'): Promise<CommitmentPageDto> {
    const limit = query.limit ?? 50;
    const today = cityDate(new Date(), this.config.timeZone);
    const where = [`m.status = 'concluded'`];
    const params: unknown[] = [];
    if (query.departmentId) where.push(`c.department_id = $${params.push(query.departmentId)}`);
    if (query.status) where.push(`c.status = $${params.push(query.status)}`);
    if (query.overdue !== undefined)
      where.push(`${query.overdue ? '' : 'NOT '}${COMMITMENT_OVERDUE_SQL('c', `$${params.push(today)}::date`)}`);
    const after = decodeCursor(query.after);
    if (after) where.push(`(c.due_date, c.id) > ($${params.push(after.date)}::date, $${params.push(after.id)}::uuid)`);
    const rows: CommitmentRow[] = await this.dataSource.query(
      `${COMMITMENT_SELECT} WHERE ${where.join(' AND ')} ORDER BY c.due_date, c.id LIMIT ${limit + 1}`,
      params,
    );
    const items = await this.toDtos(rows.slice(0, limit), language);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return { items, nextCursor: last ? Buffer.from(`${last.due_date}|${last.id}`).toString('base64url') : null };
  }

  async forMeeting(meetingId: string, language: 'id' | 'en'): Promise<CommitmentDto[]> {
    const rows: CommitmentRow[] = await this.dataSource.query(`${COMMITMENT_SELECT} WHERE c.meeting_id = $1 ORDER BY c.position`, [
      meetingId,
    ]);
    return this.toDtos(rows, language);
  }

  /** Moves a commitment along COMMITMENT_TRANSITIONS (officials of its department, admins); audited. */
  async changeStatus(user: AuthUser, meta: RequestMeta, id: string, dto: CommitmentStatusInputDto): Promise<CommitmentDto> {
    if (!UUID.test(id)) throw new NotFoundDomainException();
    await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string; meeting_id: string; department_id: string; status: MeetingCommitmentStatus }[] = await manager.query(
        `SELECT c.id, c.meeting_id, c.department_id, c.status FROM meeting_commitment c JOIN meeting m ON m.id = c.meeting_id
          WHERE c.id = $1 AND m.status = 'concluded' FOR UPDATE OF c`,
        [id],
      );
      if (!row) throw new NotFoundDomainException();
      if (!mayChangeCommitment(user, row.department_id)) throw new ForbiddenDomainException();
      if (!commitmentMayMove(row.status, dto.status))
        throw new ConflictDomainException('meeting_commitment_illegal_status', { from: row.status, to: dto.status });
      await manager.query(
        `UPDATE meeting_commitment SET status = $2, dropped_reason = $3, status_changed_at = now(), updated_at = now() WHERE id = $1`,
        [id, dto.status, dto.status === 'dropped' ? (dto.reason ?? null) : null],
      );
      await this.audit.record(
        user,
        meta,
        {
          action: 'meeting.commitment_status_changed',
          targetType: 'meeting',
          targetId: row.meeting_id,
          before: { commitment: id, status: row.status },
          after: { commitment: id, status: dto.status },
          ...(dto.reason ? { reason: dto.reason } : {}),
        },
        manager,
      );
    });
    const [row]: CommitmentRow[] = await this.dataSource.query(`${COMMITMENT_SELECT} WHERE c.id = $1`, [id]);
    return (await this.toDtos([row], user.language))[0];
  }

  names(language: 'id' | 'en'): Promise<ReferenceNames> {
    return this.namesCache.get(language, () => this.reference.names(language));
  }

  private async toDtos(rows: CommitmentRow[], language: 'id' | 'en'): Promise<CommitmentDto[]> {
    if (rows.length === 0) return [];
    const names = await this.names(language);
    const today = cityDate(new Date(), this.config.timeZone);
    return rows.map((r) => ({
      id: r.id,
      meetingCode: r.meeting_code,
      department: { id: r.department_id, name: names.departments.get(r.department_id) ?? '' },
      description: r.description,
      dueDate: r.due_date,
      status: r.status,
      droppedReason: r.dropped_reason,
      overdue: commitmentOverdue({ status: r.status, dueDate: r.due_date }, today),
      petitionCodes: r.petition_codes,
      reportCodes: r.report_codes,
      statusChangedAt: iso(r.status_changed_at),
    }));
  }
}

function decodeCursor(token: string | undefined): { date: string; id: string } | undefined {
  if (!token) return undefined;
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const [date = '', id = '', ...rest] = text.split('|');
  if (rest.length || !/^\d{4}-\d\d-\d\d$/.test(date) || !UUID.test(id)) throw new FieldDomainException('after', 'invalid_cursor');
  return { date, id };
}
