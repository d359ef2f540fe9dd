import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import { NotificationsService } from '@walikota/api-notifications';
import { PetitionsService } from '@walikota/api-petitions';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  ForbiddenDomainException,
  NotFoundDomainException,
  RequestMeta,
  parseDateTimeWithOffset,
  renderMarkdown,
} from '@walikota/api-platform';
import { AreaMap, ReferenceService } from '@walikota/api-reference';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaItemInputDto, AgendaPetitionInputDto, CancelMeetingDto, MeetingInputDto } from './meeting.dto';
import { MeetingAgendaItemEntity, MeetingEntity } from './meeting.entity';
import { MEETING_CODE_PATTERN } from '@walikota/shared-contracts';
import type { MeetingRegistrationStatus } from '@walikota/shared-contracts';
import { MeetingTransition, checkMeetingTransition, isEditable, mayManage, meetingActors } from './meeting-rules';
import { cityTime, meetingLink } from './meeting-support';

/**
 * Creating, editing and moving meetings through their statuses (docs/product.md, "Town-hall
 * meetings"). `load` is the one way to get a meeting: an unknown code is a 404. Every change is
 * audited as the last statement of its transaction; registrants are told in the same transaction.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    private readonly areaMap: AreaMap,
    private readonly petitions: PetitionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async load(code: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<MeetingEntity> {
    if (!MEETING_CODE_PATTERN.test(code)) throw new NotFoundDomainException();
    const meeting = await manager
      .getRepository(MeetingEntity)
      .findOne({ where: { code }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!meeting) throw new NotFoundDomainException();
    return meeting;
  }

  async create(user: AuthUser, meta: RequestMeta, dto: MeetingInputDto): Promise<string> {
    const checked = await this.check(user, dto, null);
    return this.dataSource.transaction(async (manager) => {
      const [{ n }]: { n: string }[] = await manager.query(`SELECT nextval('meeting_code_seq') AS n`);
      const year = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone, year: 'numeric' }).format(new Date());
      const meeting = manager.create(MeetingEntity, {
        code: `MTG-${year}-${String(n).padStart(6, '0')}`,
        status: 'scheduled',
        ...checked.fields,
        createdBy: user.id,
      });
      await manager.save(meeting);
      await this.saveAgenda(manager, meeting.id, checked.agenda);
      await this.audit.record(
        user,
        meta,
        {
          action: 'meeting.created',
          targetType: 'meeting',
          targetId: meeting.id,
          after: { code: meeting.code },
        },
        manager,
      );
      return meeting.code;
    });
  }

  /** Edits a scheduled meeting; registrants hear of a new time or venue; a larger capacity seats the waiting list. */
  async update(user: AuthUser, meta: RequestMeta, code: string, dto: MeetingInputDto, promote: PromoteWaiting): Promise<void> {
    const current = await this.load(code);
    this.assertManage(user, current);
    const checked = await this.check(user, dto, current);
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.load(code, manager, true);
      if (!isEditable(meeting.status)) throw new ConflictDomainException('meeting_not_editable');
      const [{ n }]: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM meeting_registration WHERE meeting_id = $1 AND status = 'confirmed'`,
        [meeting.id],
      );
      if (dto.capacity < n) throw new FieldDomainException('capacity', 'meeting_capacity_below_confirmed', { count: n });
      const before = snapshot(meeting);
      const moved =
        before.startsAt !== checked.fields.startsAt.toISOString() ||
        before.endsAt !== checked.fields.endsAt.toISOString() ||
        before.venueName !== checked.fields.venueName ||
        before.venueAddress !== checked.fields.venueAddress ||
        before.type !== checked.fields.type ||
        before.onlineUrl !== checked.fields.onlineUrl;
      Object.assign(meeting, checked.fields, { sequence: meeting.sequence + 1 });
      await manager.save(meeting);
      await manager.delete(MeetingAgendaItemEntity, { meetingId: meeting.id });
      await this.saveAgenda(manager, meeting.id, checked.agenda);
      if (moved)
        await this.tell(manager, meeting, ['confirmed', 'waiting'], 'meeting.changed', { place: meeting.venueName ?? 'daring / online' });
      await promote(manager, meeting);
      await this.audit.record(
        user,
        meta,
        {
          action: 'meeting.updated',
          targetType: 'meeting',
          targetId: meeting.id,
          before,
          after: snapshot(meeting),
        },
        manager,
      );
    });
  }

  /** Puts a petition that reached the agenda threshold at the end of the agenda, linked. */
  async addAgendaPetition(user: AuthUser, meta: RequestMeta, code: string, dto: AgendaPetitionInputDto): Promise<void> {
    this.assertManage(user, await this.load(code));
    const petition = await this.publishedPetition(dto.petitionCode, 'petitionCode');
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.load(code, manager, true);
      if (!isEditable(meeting.status)) throw new ConflictDomainException('meeting_not_editable');
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(position), 0)::int + 1 AS next FROM meeting_agenda_item WHERE meeting_id = $1`,
        [meeting.id],
      );
      await manager.insert(MeetingAgendaItemEntity, {
        meetingId: meeting.id,
        position: next,
        title: petition.title.slice(0, 200),
        durationMinutes: dto.durationMinutes ?? 15,
        presenterName: dto.presenterName || null,
        petitionId: petition.id,
        petitionCode: petition.code,
      });
      await manager.update(MeetingEntity, { id: meeting.id }, { sequence: meeting.sequence + 1 });
      await this.audit.record(
        user,
        meta,
        {
          action: 'meeting.agenda_petition_added',
          targetType: 'meeting',
          targetId: meeting.id,
          after: { petition: petition.code },
        },
        manager,
      );
    });
  }

  /** scheduled → live: confirmed registrants are told. */
  async start(user: AuthUser, meta: RequestMeta, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.load(code, manager, true);
      this.assertTransition('start', meeting, user);
      Object.assign(meeting, { status: 'live', liveAt: new Date(), sequence: meeting.sequence + 1 });
      await manager.save(meeting);
      await this.tell(manager, meeting, ['confirmed'], 'meeting.live', {});
      await this.recordTransition(user, meta, meeting, 'scheduled', manager, 'meeting.start');
    });
  }

  /** scheduled → cancelled, with a reason every registrant reads. */
  async cancel(user: AuthUser, meta: RequestMeta, code: string, dto: CancelMeetingDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.load(code, manager, true);
      this.assertTransition('cancel', meeting, user);
      Object.assign(meeting, { status: 'cancelled', cancelledAt: new Date(), cancelReason: dto.reason, sequence: meeting.sequence + 1 });
      await manager.save(meeting);
      await this.tell(manager, meeting, ['confirmed', 'waiting'], 'meeting.cancelled', { reason: dto.reason });
      await this.recordTransition(user, meta, meeting, 'scheduled', manager, 'meeting.cancel', dto.reason);
    });
  }

  /** The transition's rule for this caller: 403 for who may not, 409 from a status it does not start from. */
  assertTransition(transition: MeetingTransition, meeting: MeetingEntity, user: AuthUser): void {
    const check = checkMeetingTransition(transition, meeting.status, meetingActors(user, meeting.departmentId));
    if (check.ok) return;
    if (check.kind === 'forbidden') throw new ForbiddenDomainException();
    throw new ConflictDomainException('meeting_illegal_transition', { status: `@meeting.status.${meeting.status}` });
  }

  assertManage(user: AuthUser, meeting: MeetingEntity): void {
    if (!mayManage(meetingActors(user, meeting.departmentId))) throw new ForbiddenDomainException();
  }

  async recordTransition(
    user: AuthUser,
    meta: RequestMeta,
    meeting: MeetingEntity,
    from: string,
    manager: EntityManager,
    action: 'meeting.start' | 'meeting.cancel' | 'meeting.conclude',
    reason?: string,
  ): Promise<void> {
    await this.audit.record(
      user,
      meta,
      {
        action: action,
        targetType: 'meeting',
        targetId: meeting.id,
        before: { status: from },
        after: { status: meeting.status },
        ...(reason ? { reason } : {}),
      },
      manager,
    );
  }

  /** Notifies the meeting's registrants in `statuses` (in-app; e-mail by their preference). */
  async tell(
    manager: EntityManager,
    meeting: MeetingEntity,
    statuses: MeetingRegistrationStatus[],
    type: string,
    params: Record<string, string>,
  ): Promise<void> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM meeting_registration WHERE meeting_id = $1 AND status = ANY($2)`,
      [meeting.id, statuses],
    );
    if (rows.length === 0) return;
    await this.notifications.notify(
      rows.map((r) => r.user_id),
      type,
      {
        code: meeting.code,
        title: meeting.title,
        when: cityTime(meeting.startsAt, this.config.timeZone),
        link: meetingLink(meeting.code),
        ...params,
      },
      manager,
    );
  }

  /** A published (open or closed) petition by code; a field problem otherwise. */
  async publishedPetition(code: string, field: string): Promise<{ id: string; code: string; title: string }> {
    try {
      const { petition } = await this.petitions.load(undefined, code);
      if (petition.state === 'open' || petition.state === 'closed') return { id: petition.id, code: petition.code, title: petition.title };
    } catch (error) {
      if (!(error instanceof NotFoundDomainException)) throw error;
    }
    throw new FieldDomainException(field, 'meeting_petition_not_public', { code });
  }

  // ------------------------------------------------------------ checks

  private async check(user: AuthUser, dto: MeetingInputDto, current: MeetingEntity | null) {
    if (!(await this.reference.departmentExists(dto.departmentId)))
      throw new FieldDomainException('departmentId', 'meeting_department_not_found');
    if (!mayManage(meetingActors(user, dto.departmentId))) throw new FieldDomainException('departmentId', 'meeting_department_not_yours');
    const startsAt = parseDateTimeWithOffset(dto.startsAt) as Date;
    const endsAt = parseDateTimeWithOffset(dto.endsAt) as Date;
    if (endsAt.getTime() <= startsAt.getTime()) throw new FieldDomainException('endsAt', 'meeting_ends_before_start');
    const timeChanged = !current || current.startsAt.getTime() !== startsAt.getTime();
    if (timeChanged && startsAt.getTime() <= Date.now()) throw new FieldDomainException('startsAt', 'meeting_starts_in_past');
    const venue = dto.type !== 'online';
    let areaId: string | null = null;
    if (venue) {
      if (dto.latitude === undefined || dto.longitude === undefined) throw new FieldDomainException('latitude', 'isDefined');
      areaId = (await this.areaMap.locate(dto.latitude, dto.longitude)).kelurahanId;
    }
    const agenda: (AgendaItemInputDto & { petitionId: string | null })[] = [];
    for (const [i, item] of (dto.agenda ?? []).entries()) {
      const petition = item.petitionCode ? await this.publishedPetition(item.petitionCode, `agenda.${i}.petitionCode`) : null;
      agenda.push({ ...item, petitionId: petition?.id ?? null, petitionCode: petition?.code ?? null });
    }
    const description = dto.description ?? '';
    return {
      agenda,
      fields: {
        title: dto.title,
        description,
        descriptionHtml: renderMarkdown(description),
        type: dto.type,
        venueName: venue ? (dto.venueName ?? null) : null,
        venueAddress: venue ? (dto.venueAddress ?? null) : null,
        latitude: venue && dto.latitude !== undefined ? dto.latitude.toFixed(6) : null,
        longitude: venue && dto.longitude !== undefined ? dto.longitude.toFixed(6) : null,
        areaId,
        onlineUrl: dto.type !== 'in_person' ? (dto.onlineUrl ?? null) : null,
        startsAt,
        endsAt,
        capacity: dto.capacity,
        departmentId: dto.departmentId,
      },
    };
  }

  private async saveAgenda(
    manager: EntityManager,
    meetingId: string,
    items: (AgendaItemInputDto & { petitionId: string | null })[],
  ): Promise<void> {
    if (items.length === 0) return;
    await manager.insert(
      MeetingAgendaItemEntity,
      items.map((item, i) => ({
        meetingId,
        position: i + 1,
        title: item.title,
        durationMinutes: item.durationMinutes,
        presenterName: item.presenterName || null,
        petitionId: item.petitionId,
        petitionCode: item.petitionCode ?? null,
      })),
    );
  }
}

/** Seats the waiting list in the free places of a meeting whose row the caller holds locked. */
export type PromoteWaiting = (manager: EntityManager, meeting: MeetingEntity) => Promise<void>;

function snapshot(m: MeetingEntity) {
  return {
    title: m.title,
    type: m.type,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    venueName: m.venueName,
    venueAddress: m.venueAddress,
    onlineUrl: m.onlineUrl,
    capacity: m.capacity,
    departmentId: m.departmentId,
  };
}
