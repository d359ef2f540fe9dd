import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { NotificationsService } from '@walikota/api-notifications';
import { AppConfig, AuthUser, DomainException, FieldDomainException, NotFoundDomainException, RequestMeta } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { DataSource, EntityManager } from 'typeorm';
import { PetitionCounter } from '../counting/petition-counter';
import {
  AgendaPetitionDto,
  DepartmentResponseStatsDto,
  InvalidateSignaturesDto,
  InvalidationResultDto,
  ModeratePetitionDto,
  ModerationQueueDto,
  PetitionDetailDto,
  PetitionResponseInputDto,
  RejectionReasonDto,
  RejectionReasonInputDto,
  SigningActivityDto,
} from '../petition.dto';
import { PetitionEntity, PetitionRejectionReasonEntity } from '../petition.entity';
import { petitionLink } from '../petition-links';
import { MODERATION_TRANSITIONS, canRespond, moderationDelayed } from '../petition-rules';
import { PetitionsService, SUMMARY_COLUMNS } from '../petitions.service';

/** Signers are told of a response in batches of this many (one transaction each). */
const SIGNER_BATCH = 1000;

/** What moderators and officials do to petitions (docs/product.md, "Petitions"). */
@Injectable()
export class PetitionModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly petitions: PetitionsService,
    private readonly counter: PetitionCounter,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly reference: ReferenceService,
  ) {}

  /** Waiting for moderators, oldest first, with the target and whether it has passed. */
  async queue(user: AuthUser): Promise<ModerationQueueDto> {
    const rows = await this.dataSource
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .select([...SUMMARY_COLUMNS, 'p.submittedAt', 'p.moderationDueAt'])
      .where(`p.state = 'pending_moderation'`)
      .orderBy('p.submitted_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(200)
      .getMany();
    const names = await this.petitions.names(user.language);
    const now = new Date();
    return {
      items: rows.map((p) => ({
        ...this.petitions.summary(p, names, now),
        submittedAt: p.submittedAt?.toISOString() ?? null,
        moderationDueAt: p.moderationDueAt?.toISOString() ?? null,
        moderationDelayed: moderationDelayed(p, now),
      })),
    };
  }

  async moderate(user: AuthUser, meta: RequestMeta, code: string, dto: ModeratePetitionDto): Promise<PetitionDetailDto> {
    const reasons = await this.petitions.reasons();
    if (dto.action !== 'publish') {
      const reason = reasons.get(dto.reasonCode ?? '');
      if (!reason || !reason.active) throw new FieldDomainException('reasonCode', 'petition_reason_unknown');
    }
    if (dto.departmentId && !(await this.reference.departmentExists(dto.departmentId))) throw new FieldDomainException('departmentId', 'petition_department_not_found');
    await this.dataSource.transaction(async (manager) => {
      const { petition, relation } = await this.petitions.load(user, code, manager, true);
      this.petitions.assertTransition(MODERATION_TRANSITIONS[dto.action], petition, user, relation);
      const before = { state: petition.state };
      const now = new Date();
      const params = { code: petition.code, title: petition.title, link: petitionLink(petition.code) };
      if (dto.action === 'publish') {
        petition.state = 'open';
        petition.openedAt = now;
        petition.closesAt = new Date(now.getTime() + this.config.petitions.openDays * 86_400_000);
        if (dto.departmentId) petition.departmentId = dto.departmentId;
      } else if (dto.action === 'reject') {
        petition.state = 'rejected';
        petition.rejectedAt = now;
        petition.rejectionCode = dto.reasonCode ?? null;
        petition.rejectionDetails = dto.details ?? null;
      } else {
        petition.state = 'hidden';
        petition.hiddenAt = now;
        petition.hiddenCode = dto.reasonCode ?? null;
        petition.hiddenDetails = dto.details ?? null;
      }
      await manager.save(petition);
      await this.audit.record(
        user,
        meta,
        {
          action: `petition.${dto.action}`,
          targetType: 'petition',
          targetId: petition.id,
          before,
          after: { state: petition.state, reasonCode: dto.reasonCode ?? null, departmentId: petition.departmentId },
          reason: dto.details ?? null,
        },
        manager,
      );
      // The creator and the sponsors hear of the decision (signers of a hidden one do not: it is gone).
      const sponsors: { user_id: string }[] = await manager.query(`SELECT user_id FROM petition_sponsor WHERE petition_id = $1`, [petition.id]);
      const told = [petition.creatorId, ...sponsors.map((s) => s.user_id)].filter((id) => id !== user.id);
      await this.notifications.notify(told, `petition.${dto.action === 'publish' ? 'published' : dto.action === 'reject' ? 'rejected' : 'hidden'}`, params, manager);
    });
    return this.petitions.detail(user, code);
  }

  /** An official of the petition's department (or an admin) publishes the response; signers are told. */
  async respond(user: AuthUser, meta: RequestMeta, code: string, dto: PetitionResponseInputDto): Promise<PetitionDetailDto> {
    const petition = await this.dataSource.transaction(async (manager) => {
      const { petition } = await this.petitions.load(user, code, manager, true);
      if (!canRespond(user, petition.state, petition.departmentId)) {
        if (['open', 'closed'].includes(petition.state)) throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
        throw new DomainException('petition_not_published', HttpStatus.CONFLICT);
      }
      const first = petition.respondedAt === null;
      petition.respondedAt = new Date();
      petition.responseSummary = dto.summary;
      petition.responseDetails = dto.details;
      petition.responseDepartmentId = petition.departmentId;
      await manager.save(petition);
      await this.audit.record(
        user,
        meta,
        { action: 'petition.responded', targetType: 'petition', targetId: petition.id, after: { summary: dto.summary, first } },
        manager,
      );
      await this.notifications.notify([petition.creatorId].filter((id) => id !== user.id), 'petition.responded', this.params(petition), manager);
      return petition;
    });
    await this.tellSigners(petition, 'petition.responded');
    return this.petitions.detail(user, code);
  }

  /** Petitions on a town-hall agenda (the agenda threshold reached), newest first. */
  async agenda(user: AuthUser): Promise<AgendaPetitionDto[]> {
    const rows = await this.dataSource
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .select([...SUMMARY_COLUMNS, 'p.departmentId'])
      .where(`p.agenda_threshold_at IS NOT NULL AND p.state IN ('open', 'closed')`)
      .orderBy('p.agenda_threshold_at', 'DESC')
      .limit(200)
      .getMany();
    const names = await this.petitions.names(user.language);
    const now = new Date();
    return rows.map((p) => ({
      ...this.petitions.summary(p, names, now),
      department: p.departmentId ? { id: p.departmentId, name: names.departments.get(p.departmentId) ?? '' } : null,
    }));
  }

  /** Responses per department: awaiting, overdue and given (public). */
  async responseStats(language: 'id' | 'en'): Promise<DepartmentResponseStatsDto[]> {
    const rows: { department_id: string; awaiting: number; overdue: number; responded: number }[] = await this.dataSource.query(
      `SELECT department_id,
              count(*) FILTER (WHERE responded_at IS NULL)::int AS awaiting,
              count(*) FILTER (WHERE responded_at IS NULL AND response_due_at < now())::int AS overdue,
              count(*) FILTER (WHERE responded_at IS NOT NULL)::int AS responded
         FROM petition
        WHERE response_threshold_at IS NOT NULL AND department_id IS NOT NULL AND state IN ('open', 'closed')
        GROUP BY department_id ORDER BY department_id`,
    );
    const names = await this.petitions.names(language);
    return rows
      .map((r) => ({ department: { id: r.department_id, name: names.departments.get(r.department_id) ?? '' }, awaiting: r.awaiting, overdue: r.overdue, responded: r.responded }))
      .sort((a, b) => b.overdue - a.overdue || a.department.name.localeCompare(b.department.name));
  }

  /** Signatures per address and per e-mail domain in the last hour, at or above PETITION_UNUSUAL_SIGNING. */
  async activity(user: AuthUser, code: string): Promise<SigningActivityDto> {
    const { petition } = await this.petitions.load(user, code);
    const threshold = this.config.petitions.unusualSigning;
    const rows: { kind: 'ip' | 'email_domain'; value: string; n: number }[] = await this.dataSource.query(
      `SELECT 'ip' AS kind, host(ip) AS value, count(*)::int AS n FROM petition_signature
        WHERE petition_id = $1 AND created_at > now() - interval '1 hour' AND invalidated_at IS NULL AND ip IS NOT NULL
        GROUP BY ip HAVING count(*) >= $2
       UNION ALL
       SELECT 'email_domain', email_domain, count(*)::int FROM petition_signature
        WHERE petition_id = $1 AND created_at > now() - interval '1 hour' AND invalidated_at IS NULL AND email_domain IS NOT NULL
        GROUP BY email_domain HAVING count(*) >= $2
       ORDER BY 3 DESC LIMIT 100`,
      [petition.id, threshold],
    );
    return { threshold, rows: rows.map((r) => ({ kind: r.kind, value: r.value, signatures: r.n })) };
  }

  /**
   * Invalidates the valid signatures matching one criterion (a dry run only counts them), then
   * recounts the petition from its rows. Audited with the criterion and the number.
   */
  async invalidate(user: AuthUser, meta: RequestMeta, code: string, dto: InvalidateSignaturesDto): Promise<InvalidationResultDto> {
    const { petition } = await this.petitions.load(user, code);
    const where: string[] = ['petition_id = $1', 'invalidated_at IS NULL'];
    const params: unknown[] = [petition.id];
    if (dto.criterion === 'ip') {
      params.push(dto.ip);
      where.push(`ip = $${params.length}::inet`);
    } else if (dto.criterion === 'email_domain') {
      params.push(dto.emailDomain);
      where.push(`email_domain = $${params.length}`);
    } else {
      const from = new Date(dto.from ?? '');
      const to = new Date(dto.to ?? '');
      if (!(from.getTime() < to.getTime())) throw new FieldDomainException('to', 'petition_range_invalid');
      params.push(from, to);
      where.push(`created_at >= $${params.length - 1} AND created_at < $${params.length}`);
    }
    if (dto.criterion === 'ip' && !/^[0-9a-fA-F:.]+$/.test(dto.ip ?? '')) throw new FieldDomainException('ip', 'invalid_ip');
    if (dto.dryRun) {
      const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM petition_signature WHERE ${where.join(' AND ')}`, params);
      return { dryRun: true, matched: n, signatureCount: petition.signatureCount };
    }
    return this.dataSource.transaction(async (manager) => {
      const [updated]: [unknown[], number] = await manager.query(`UPDATE petition_signature SET invalidated_at = now() WHERE ${where.join(' AND ')} RETURNING id`, params);
      const count = await this.counter.recount(manager, petition.id);
      await this.audit.record(
        user,
        meta,
        {
          action: 'petition.signatures_invalidated',
          targetType: 'petition',
          targetId: petition.id,
          before: { signatureCount: petition.signatureCount },
          after: { criterion: dto.criterion, ip: dto.ip ?? null, emailDomain: dto.emailDomain ?? null, from: dto.from ?? null, to: dto.to ?? null, invalidated: updated.length, signatureCount: count },
          reason: dto.reason ?? null,
        },
        manager,
      );
      return { dryRun: false, matched: updated.length, signatureCount: count };
    });
  }

  async listReasons(): Promise<RejectionReasonDto[]> {
    const rows = await this.dataSource.getRepository(PetitionRejectionReasonEntity).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(({ code, labelId, labelEn, hidesText, active, sortOrder }) => ({ code, labelId, labelEn, hidesText, active, sortOrder }));
  }

  /** Adds or changes a rejection reason (admins). */
  async saveReason(user: AuthUser, meta: RequestMeta, dto: RejectionReasonInputDto): Promise<RejectionReasonDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(PetitionRejectionReasonEntity, { where: { code: dto.code } });
      const row = { ...dto, sortOrder: dto.sortOrder ?? before?.sortOrder ?? 100 };
      await manager.save(PetitionRejectionReasonEntity, row);
      await this.audit.record(user, meta, { action: 'petition.reason_saved', targetType: 'petition_reason', targetId: dto.code, before: before ? { ...before } : null, after: row }, manager);
    });
    const saved = (await this.listReasons()).find((r) => r.code === dto.code);
    if (!saved) throw new NotFoundDomainException();
    return saved;
  }

  private params(p: PetitionEntity): Record<string, string> {
    return { code: p.code, title: p.title, link: petitionLink(p.code) };
  }

  /** Tells every valid signer of `petition`, a batch at a time (a popular petition has many). */
  private async tellSigners(petition: PetitionEntity, type: string): Promise<void> {
    let after = '0';
    for (;;) {
      const rows: { id: string; user_id: string }[] = await this.dataSource.query(
        `SELECT id, user_id FROM petition_signature WHERE petition_id = $1 AND invalidated_at IS NULL AND id > $2 ORDER BY id LIMIT $3`,
        [petition.id, after, SIGNER_BATCH],
      );
      if (rows.length === 0) return;
      await this.dataSource.transaction((manager: EntityManager) =>
        this.notifications.notify(rows.map((r) => r.user_id).filter((id) => id !== petition.creatorId), type, this.params(petition), manager),
      );
      after = rows[rows.length - 1]?.id ?? after;
      if (rows.length < SIGNER_BATCH) return;
    }
  }
}
