import { REPORT_DEADLINES } from '@walikota/shared-contracts';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { DepartmentMembersService } from '@walikota/api-identity';
import { NotificationsService } from '@walikota/api-notifications';
import {
  AuthUser,
  ConflictDomainException,
  DomainException,
  FieldDomainException,
  RequestMeta,
  hasRole,
  translate,
} from '@walikota/api-platform';
import { ReferenceService, WorkingCalendar } from '@walikota/api-reference';
import { UploadsService } from '@walikota/api-uploads';
import { DataSource, EntityManager } from 'typeorm';
import { actorKinds, actorRole, canView, contentIsPublic, isListed } from './report-access';
import { BulkReportActionDto, BulkResultDto, ReportActionDto, ReportDetailDto } from './report.dto';
import { ReportEntity, ReportEventEntity } from './report.entity';
import { ACTION_EFFECTS } from './report-effects';
import { ReportStatus, nextStatus, requiredFields } from './report-workflow';
import { addMember, copyMembers } from './report-members';
import { RESOLUTION_ATTACHMENTS, ReportsService, trackingLink } from './reports.service';

/** Working days a department has to follow a dispatched report up, and before a resolved one closes. */
export const FOLLOW_UP_WITHIN_WORKING_DAYS = REPORT_DEADLINES.followUp;
export const AUTO_CLOSE_AFTER_WORKING_DAYS = REPORT_DEADLINES.autoClose;

/** What an action needs from outside the report's own tables, read before its transaction. */
interface Deadlines {
  now: Date;
  followUp: Date;
  autoClose: Date;
  /** The department a dispatch names (`dto.departmentId`) exists; true when it names none. */
  departmentKnown: boolean;
}

/** Status changes and notes: the workflow applied, the timeline written, the audit log kept, people told. */
@Injectable()
export class ReportActionsService {
  private readonly logger = new Logger(ReportActionsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: WorkingCalendar,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly members: DepartmentMembersService,
    private readonly uploads: UploadsService,
    private readonly reference: ReferenceService,
  ) {}

  async act(user: AuthUser, meta: RequestMeta, code: string, dto: ReportActionDto): Promise<ReportDetailDto> {
    const deadlines = await this.deadlines(new Date(), dto.departmentId);
    const id = await this.dataSource.transaction(async (manager) => {
      const report = await this.reports.visible(user, code, manager, { lock: true });
      await this.apply(manager, user, meta, report, dto, deadlines);
      return report.id;
    });
    return this.reports.detailById(user, id);
  }

  /** Verify or dispatch many reports at once (moderators); each succeeds or fails on its own. */
  async bulk(user: AuthUser, meta: RequestMeta, dto: BulkReportActionDto, language: 'id' | 'en'): Promise<BulkResultDto[]> {
    const results: BulkResultDto[] = [];
    const deadlines = await this.deadlines(new Date(), dto.departmentId);
    for (const code of [...new Set(dto.codes)]) {
      try {
        await this.dataSource.transaction(async (manager) => {
          const report = await this.reports.visible(user, code, manager, { lock: true });
          await this.apply(manager, user, meta, report, { action: dto.action, departmentId: dto.departmentId }, deadlines);
        });
        results.push({ code, outcome: 'ok', message: null });
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        results.push({ code, outcome: 'error', message: translate(language, `error.${error.code}`, error.params) });
      }
    }
    return results;
  }

  /**
   * Closes resolved reports whose reporter did not answer within 10 working days. Idempotent and
   * safe with several API instances: rows are claimed with SKIP LOCKED and re-checked.
   */
  async autoClose(now = new Date(), batch = 200): Promise<number> {
    let closed = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const rows: ReportEntity[] = await manager
          .getRepository(ReportEntity)
          .createQueryBuilder('r')
          .where(`r.status = 'resolved' AND r.autoclose_at <= :now`, { now })
          .orderBy('r.autoclose_at')
          .limit(batch)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const report of rows) {
          await this.transition(manager, null, report, 'closed', {
            kind: 'auto_close',
            actorRole: 'system',
            departmentId: null,
            note: null,
            public: true,
            data: {},
          });
          await this.audit.record(
            null,
            null,
            {
              action: 'report.auto_close',
              targetType: 'report',
              targetId: report.id,
              before: { status: 'resolved' },
              after: { status: 'closed' },
            },
            manager,
          );
        }
        return rows.length;
      });
      closed += done;
      if (done < batch) break;
    }
    if (closed) this.logger.log(`closed ${closed} resolved report(s) after ${AUTO_CLOSE_AFTER_WORKING_DAYS} working days`);
    return closed;
  }

  /**
   * The SLA deadlines an action at `now` may set, computed before the transaction: the calendar
   * reads holidays on its own connection (one connection only on the embedded database).
   */
  private async deadlines(now: Date, departmentId?: string): Promise<Deadlines> {
    return {
      now,
      followUp: await this.calendar.addWorkingDays(now, FOLLOW_UP_WITHIN_WORKING_DAYS),
      autoClose: await this.calendar.addWorkingDays(now, AUTO_CLOSE_AFTER_WORKING_DAYS),
      departmentKnown: departmentId ? await this.reference.departmentExists(departmentId) : true,
    };
  }

  private async apply(
    manager: EntityManager,
    user: AuthUser,
    meta: RequestMeta,
    report: ReportEntity,
    dto: ReportActionDto,
    deadlines: Deadlines,
  ): Promise<void> {
    const kinds = actorKinds(user, report);
    const result = nextStatus(report, dto.action, kinds);
    if (typeof result !== 'string') {
      if (result.kind === 'forbidden') throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
      if (result.kind === 'illegal') throw new ConflictDomainException('illegal_transition', { status: `@report.status.${result.from}` });
      throw new ConflictDomainException(result.kind);
    }
    for (const field of requiredFields(dto.action)) {
      if (dto[field] === undefined || dto[field] === '') throw new FieldDomainException(field, 'required_for_action');
    }
    if (dto.attachmentIds?.length && dto.action !== 'resolve') throw new FieldDomainException('attachmentIds', 'not_for_action');
    if (dto.rating !== undefined && !['rate', 'confirm'].includes(dto.action)) throw new FieldDomainException('rating', 'not_for_action');
    const now = deadlines.now;
    const staff = kinds.includes('moderator') || kinds.includes('handler');
    const before = { status: report.status, departmentId: report.departmentId };
    const data: Record<string, string | number | null> = {};
    let isPublic = dto.action === 'note' ? (dto.public ?? true) : true;

    const role = actorRole(user, kinds);
    // The department an official speaks for; a dispatch names the one it goes to (below).
    let departmentId = role === 'official' ? report.departmentId : null;

    await ACTION_EFFECTS[dto.action]({
      report,
      dto,
      now,
      followUpDue: deadlines.followUp,
      autoCloseDue: deadlines.autoClose,
      departmentKnown: deadlines.departmentKnown,
      data,
      speaksFor: (id) => (departmentId = id),
      merge: (code) => this.merge(manager, user, report, code),
      claimResolutionPhotos: async (ids) => {
        await this.uploads.claim(manager, user.id, ids, { type: RESOLUTION_ATTACHMENTS, id: report.id });
      },
    });
    if (staff && report.firstResponseAt === null) report.firstResponseAt = now;
    if (kinds.includes('handler') && report.dispatchedAt && report.followedUpAt === null && dto.action !== 'dispatch')
      report.followedUpAt = now;
    if (dto.action === 'rate') isPublic = true;

    await this.transition(manager, user, report, result, {
      kind: dto.action,
      actorRole: role,
      departmentId,
      note: dto.note ?? null,
      public: isPublic,
      data,
    });
    // The department has work again: its officials hear of it (not the one who did it).
    if ((dto.action === 'dispatch' || dto.action === 'reopen') && report.departmentId) {
      const officials = (await this.members.officials(report.departmentId, manager)).filter((id) => id !== user.id);
      await this.notifications.notify(
        officials,
        dto.action === 'dispatch' ? 'report.assigned' : 'report.reopened',
        { code: report.code, title: report.title, link: staffLink(report.code) },
        manager,
      );
    }
    // Every change is audited, the reporter's own (confirm, rate, reopen) included.
    await this.audit.record(
      user,
      meta,
      {
        action: `report.${dto.action}`,
        targetType: 'report',
        targetId: report.id,
        before,
        after: { status: report.status, departmentId: report.departmentId, ...data },
        reason: dto.note ?? null,
      },
      manager,
    );
  }

  /**
   * Writes the new state, the timeline event and the notifications of one change. A resolution
   * asks the reporter "Sudah selesai?" with the department's note; other followers hear of the
   * status change.
   */
  private async transition(
    manager: EntityManager,
    user: AuthUser | null,
    report: ReportEntity,
    to: ReportStatus,
    event: Pick<ReportEventEntity, 'kind' | 'actorRole' | 'departmentId' | 'note' | 'public' | 'data'>,
  ): Promise<void> {
    const from = report.status;
    report.status = to;
    report.listed = isListed(report);
    if (to === 'closed' && from !== 'closed') {
      report.closedAt = new Date();
      report.autocloseAt = null;
    }
    await manager.save(ReportEntity, report);
    await manager.insert(ReportEventEntity, {
      reportId: report.id,
      actorId: user?.id ?? null,
      fromStatus: from === to ? null : from,
      toStatus: from === to ? null : to,
      ...event,
    });
    if (!event.public) return;
    const followers: { user_id: string }[] = await manager.query(`SELECT user_id FROM report_follower WHERE report_id = $1`, [report.id]);
    let recipients = followers.map((f) => f.user_id).filter((id) => id !== user?.id);
    // Withdrawn from the public (rejected after verification, e.g. for someone's personal data):
    // its title goes to its reporter only, not to the public who followed it.
    if (contentIsPublic({ ...report, status: from }) && !contentIsPublic(report))
      recipients = recipients.filter((id) => id === report.reporterId);
    const params = { code: report.code, title: report.title, status: to, link: trackingLink(report.code) };
    if (to === 'resolved' && from !== to && recipients.includes(report.reporterId)) {
      await this.notifications.notify([report.reporterId], 'report.resolved', { ...params, note: event.note ?? '' }, manager);
      recipients = recipients.filter((id) => id !== report.reporterId);
    }
    await this.notifications.notify(recipients, from === to ? 'report.updated' : 'report.status_changed', params, manager);
  }

  /**
   * Merges `report` into the report `code`. When the original's content is public, the merged
   * report's supporters, followers and reporter carry over to it; when it is not (confidential,
   * or not verified yet) nobody does: they could not see it, and its notifications would name it.
   */
  private async merge(manager: EntityManager, user: AuthUser, report: ReportEntity, code: string): Promise<string> {
    const target = await manager.findOne(ReportEntity, { where: { code } });
    if (!target || target.id === report.id || ['duplicate', 'rejected'].includes(target.status) || !canView(user, target))
      throw new FieldDomainException('duplicateOf', 'duplicate_target_invalid');
    report.duplicateOfId = target.id;
    if (contentIsPublic(target)) {
      for (const table of ['report_support', 'report_follower'] as const) {
        await copyMembers(manager, table, report.id, target.id, target.reporterId);
        // The reporter of the merged report now backs the original one.
        if (report.reporterId !== target.reporterId) await addMember(manager, table, target.id, report.reporterId);
      }
    }
    await manager.insert(ReportEventEntity, {
      reportId: target.id,
      actorId: user.id,
      actorRole: hasRole(user, 'admin') ? 'admin' : 'moderator',
      kind: 'merged',
      public: true,
      data: { from: report.code },
    });
    return target.code;
  }
}

/** Where staff handle a report (the web app's staff area). */
function staffLink(code: string): string {
  return `/admin/laporan/${code}`;
}
