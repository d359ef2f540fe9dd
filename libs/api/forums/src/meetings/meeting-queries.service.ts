import { Injectable } from '@nestjs/common';
import { PetitionQueriesService } from '@walikota/api-petitions';
import type { PetitionSummaryDto } from '@walikota/api-petitions';
import { AppConfig, AuthUser, decodeKeysetCursor, encodeKeysetCursor, icsCalendar, markdownToText } from '@walikota/api-platform';
import type { CalendarEvent } from '@walikota/api-platform';
import { ReferenceNames } from '@walikota/api-reference';
import { DataSource } from 'typeorm';
import { AgendaPetitionOptionDto, MeetingDetailDto, MeetingListQueryDto, MeetingPageDto, MeetingSummaryDto } from './meeting.dto';
import { MeetingAgendaItemEntity, MeetingEntity } from './meeting.entity';
import { MeetingCommitments } from './meeting-commitments.service';
import { MeetingRegistrations } from './meeting-registrations.service';
import { mayManage, mayRunFloor, meetingActors } from './meeting-rules';
import { iso, meetingLink } from './meeting-support';
import { MeetingsService } from './meetings.service';

/** Still to come or happening (a cancelled one until its time has passed); everything else is past. */
const UPCOMING = `(m.status IN ('scheduled', 'live') OR (m.status = 'cancelled' AND m.ends_at > now()))`;
/** Pages of petitions read when looking for those on the agenda (sorted by signatures, so they come first). */
const AGENDA_PAGES = 10;

/**
 * Public reading of meetings (docs/product.md, "Town-hall meetings"): the lists (keyset on
 * (starts_at, id)), one meeting with its agenda, counts, the caller's own place and, once
 * concluded, minutes and commitments; calendar files. No registrant's or asker's identity.
 */
@Injectable()
export class MeetingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly registrations: MeetingRegistrations,
    private readonly commitments: MeetingCommitments,
    private readonly petitions: PetitionQueriesService,
  ) {}

  async page(user: AuthUser | undefined, query: MeetingListQueryDto): Promise<MeetingPageDto> {
    const upcoming = (query.when ?? 'upcoming') === 'upcoming';
    const limit = query.limit ?? 20;
    const qb = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(upcoming ? UPCOMING : `NOT ${UPCOMING}`);
    if (query.departmentId) qb.andWhere('m.department_id = :departmentId', { departmentId: query.departmentId });
    const after = decodeKeysetCursor(query.after, 'after');
    if (after) qb.andWhere(`(m.starts_at, m.id) ${upcoming ? '>' : '<'} (:at, :id)`, { at: after.at, id: after.id });
    const direction = upcoming ? 'ASC' : 'DESC';
    const rows = await qb
      .orderBy('m.starts_at', direction)
      .addOrderBy('m.id', direction)
      .limit(limit + 1)
      .getMany();
    const items = await this.summaries(rows.slice(0, limit), user?.language ?? 'id');
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return { items, nextCursor: last ? encodeKeysetCursor({ at: last.startsAt, id: last.id }) : null };
  }

  async detail(user: AuthUser | undefined, code: string): Promise<MeetingDetailDto> {
    const meeting = await this.meetings.load(code);
    const language = user?.language ?? 'id';
    const actors = meetingActors(user, meeting.departmentId);
    const [[summary], agenda, mine, commitments] = await Promise.all([
      this.summaries([meeting], language),
      this.dataSource.getRepository(MeetingAgendaItemEntity).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } }),
      user ? this.registrations.state(user.id, meeting.id) : null,
      meeting.status === 'concluded' ? this.commitments.forMeeting(meeting.id, language) : [],
    ]);
    const manage = mayManage(actors);
    const floor = mayRunFloor(actors);
    return {
      ...summary,
      descriptionHtml: meeting.descriptionHtml,
      description: manage ? meeting.description : null,
      venueAddress: meeting.venueAddress,
      latitude: meeting.latitude === null ? null : Number(meeting.latitude),
      longitude: meeting.longitude === null ? null : Number(meeting.longitude),
      hasOnlineLink: meeting.onlineUrl !== null,
      // The link is for those with a place (and the staff): a public link would make the capacity meaningless.
      onlineUrl: floor || mine?.status === 'confirmed' ? meeting.onlineUrl : null,
      agenda: agenda.map((a) => ({
        position: a.position,
        title: a.title,
        durationMinutes: a.durationMinutes,
        presenterName: a.presenterName,
        petitionCode: a.petitionCode,
      })),
      cancelledAt: iso(meeting.cancelledAt),
      cancelReason: meeting.cancelReason,
      liveAt: iso(meeting.liveAt),
      myRegistration: mine,
      canManage: manage,
      canRunFloor: floor,
      conclusion:
        meeting.status === 'concluded' && meeting.concludedAt
          ? {
              concludedAt: meeting.concludedAt.toISOString(),
              minutesHtml: meeting.minutesHtml ?? '',
              attendanceCount: meeting.attendanceCount ?? 0,
              commitments,
            }
          : null,
    };
  }

  /**
   * Petitions that reached the agenda threshold (open or closed), from the petitions module's
   * public list sorted by signatures, each saying whether a meeting not yet held already has it.
   */
  async agendaPetitions(user: AuthUser): Promise<AgendaPetitionOptionDto[]> {
    const found: PetitionSummaryDto[] = [];
    for (const state of ['open', 'closed'] as const) {
      let after: string | undefined;
      for (let page = 0; page < AGENDA_PAGES; page++) {
        const result = await this.petitions.page(user, { state, sort: 'signatures', limit: 100, after });
        found.push(...result.items.filter((p) => p.agendaThresholdAt));
        // Below the threshold's count no later petition has reached it (bar signatures invalidated since).
        const lowest = result.items[result.items.length - 1];
        if (!result.nextCursor || !lowest || !lowest.agendaThresholdAt) break;
        after = result.nextCursor;
      }
    }
    const codes = found.map((p) => p.code);
    const scheduled: { petition_code: string }[] = codes.length
      ? await this.dataSource.query(
          `SELECT DISTINCT a.petition_code FROM meeting_agenda_item a JOIN meeting m ON m.id = a.meeting_id
            WHERE a.petition_code = ANY($1) AND m.status IN ('scheduled', 'live')`,
          [codes],
        )
      : [];
    const taken = new Set(scheduled.map((r) => r.petition_code));
    return found
      .map((p) => ({
        code: p.code,
        title: p.title,
        signatureCount: p.signatureCount,
        agendaThresholdAt: p.agendaThresholdAt as string,
        scheduled: taken.has(p.code),
      }))
      .sort((a, b) => b.agendaThresholdAt.localeCompare(a.agendaThresholdAt));
  }

  /** One meeting as an iCalendar file. */
  async calendar(code: string): Promise<{ code: string; ics: string }> {
    const meeting = await this.meetings.load(code);
    const names = await this.commitments.names('id');
    return { code: meeting.code, ics: icsCalendar([this.event(meeting, names)], { name: meeting.title }) };
  }

  /** Every meeting from 30 days ago on (at most 500), cancelled ones marked so. */
  async feed(): Promise<string> {
    const rows = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(`m.ends_at > now() - interval '30 days'`)
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(500)
      .getMany();
    const names = await this.commitments.names('id');
    return icsCalendar(
      rows.map((m) => this.event(m, names)),
      { name: 'Pertemuan Balai Kota' },
    );
  }

  private event(m: MeetingEntity, names: ReferenceNames): CalendarEvent {
    const host = new URL(this.config.publicUrl).host;
    const place = m.type === 'online' ? 'Daring / online' : [m.venueName, m.venueAddress].filter(Boolean).join(', ');
    const organiser = names.departments.get(m.departmentId);
    return {
      uid: `meeting-${m.id}@${host}`,
      start: m.startsAt,
      end: m.endsAt,
      title: m.title,
      description: [markdownToText(m.description), organiser ? `Penyelenggara: ${organiser}` : ''].filter(Boolean).join('\n\n'),
      location: place,
      ...(m.latitude !== null && m.longitude !== null ? { geo: { latitude: Number(m.latitude), longitude: Number(m.longitude) } } : {}),
      url: `${this.config.publicUrl}${meetingLink(m.code)}`,
      status: m.status === 'cancelled' ? 'cancelled' : 'confirmed',
      sequence: m.sequence,
      updatedAt: m.updatedAt,
    };
  }

  private async summaries(rows: MeetingEntity[], language: 'id' | 'en'): Promise<MeetingSummaryDto[]> {
    if (rows.length === 0) return [];
    const [names, counts] = await Promise.all([this.commitments.names(language), this.registrations.counts(rows.map((r) => r.id))]);
    return rows.map((m) => {
      const count = counts.get(m.id);
      return {
        code: m.code,
        title: m.title,
        status: m.status,
        type: m.type,
        startsAt: m.startsAt.toISOString(),
        endsAt: m.endsAt.toISOString(),
        venueName: m.venueName,
        kelurahan: m.areaId ? { id: m.areaId, name: names.areas.get(m.areaId) ?? '' } : null,
        department: { id: m.departmentId, name: names.departments.get(m.departmentId) ?? '' },
        capacity: m.capacity,
        confirmedCount: count?.confirmed ?? 0,
        waitingCount: count?.waiting ?? 0,
      };
    });
  }
}
