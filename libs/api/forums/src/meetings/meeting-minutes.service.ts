import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, NotFoundDomainException, RequestMeta, renderMarkdown } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { DataSource } from 'typeorm';
import { ConcludeMeetingDto } from './meeting.dto';
import { MeetingAgendaItemEntity, MeetingCommitmentEntity, MeetingEntity } from './meeting.entity';
import { COMMITMENT_SELECT, CommitmentRow, MeetingCommitments } from './meeting-commitments.service';
import { MeetingRegistrations } from './meeting-registrations.service';
import { meetingLink } from './meeting-support';
import { MeetingsService } from './meetings.service';
import { renderBeritaAcara } from './minutes-pdf/berita-acara';
import type { BeritaAcaraInput } from './minutes-pdf/berita-acara.types';

/**
 * Concluding a meeting and its Berita Acara (docs/product.md, "Town-hall meetings"): the minutes,
 * the attendance counted from check-ins at that moment, and the commitments, in one transaction;
 * the PDF is drawn from what is stored, for anyone, once the meeting is concluded.
 */
@Injectable()
export class MeetingMinutes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    private readonly meetings: MeetingsService,
    private readonly registrations: MeetingRegistrations,
    private readonly commitments: MeetingCommitments,
  ) {}

  /** live → concluded (organisers, admins). */
  async conclude(user: AuthUser, meta: RequestMeta, code: string, dto: ConcludeMeetingDto): Promise<void> {
    const items = dto.commitments ?? [];
    // Checked before the transaction: other modules read on their own connections.
    this.meetings.assertTransition('conclude', await this.meetings.load(code), user);
    await this.commitments.check(items);
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.load(code, manager, true);
      this.meetings.assertTransition('conclude', meeting, user);
      Object.assign(meeting, {
        status: 'concluded',
        concludedAt: new Date(),
        minutes: dto.minutesMarkdown,
        minutesHtml: renderMarkdown(dto.minutesMarkdown),
        attendanceCount: await this.registrations.attendance(manager, meeting.id),
        registeredCount: await this.registrations.confirmedCount(manager, meeting.id),
        chairName: dto.chairName || null,
        secretaryName: dto.secretaryName || null,
        sequence: meeting.sequence + 1,
      });
      await manager.save(meeting);
      if (items.length)
        await manager.insert(
          MeetingCommitmentEntity,
          items.map((c, position) => ({
            meetingId: meeting.id,
            position,
            departmentId: c.departmentId,
            description: c.description,
            dueDate: c.dueDate,
            status: 'open' as const,
            petitionCodes: [...new Set(c.petitionCodes ?? [])],
            reportCodes: [...new Set(c.reportCodes ?? [])],
          })),
        );
      await this.meetings.recordTransition(user, meta, meeting, 'live', manager, 'meeting.conclude');
    });
  }

  /** The Berita Acara PDF of a concluded meeting in `language`; 404 before. */
  async beritaAcara(code: string, language: 'id' | 'en'): Promise<{ code: string; pdf: Buffer }> {
    const meeting = await this.meetings.load(code);
    if (meeting.status !== 'concluded' || !meeting.concludedAt) throw new NotFoundDomainException('meeting_minutes_unavailable');
    return { code: meeting.code, pdf: await renderBeritaAcara(await this.input(meeting, language)) };
  }

  private async input(meeting: MeetingEntity, lang: 'id' | 'en'): Promise<BeritaAcaraInput> {
    const [site, names, agenda, commitments, kelurahan] = await Promise.all([
      this.reference.site(),
      this.commitments.names(lang),
      this.dataSource.getRepository(MeetingAgendaItemEntity).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } }),
      this.dataSource.query(`${COMMITMENT_SELECT} WHERE c.meeting_id = $1 ORDER BY c.position`, [meeting.id]) as Promise<CommitmentRow[]>,
      meeting.areaId ? this.reference.kelurahan(meeting.areaId) : null,
    ]);
    const venue = [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ');
    return {
      lang,
      cityName: site.cityName,
      timeZone: this.config.timeZone,
      meetingCode: meeting.code,
      title: meeting.title,
      type: meeting.type,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      venue: venue || null,
      areaName: kelurahan ? `Kelurahan ${kelurahan.name}, Kecamatan ${names.areas.get(kelurahan.kecamatanId) ?? ''}` : null,
      onlineUrl: meeting.onlineUrl,
      organiser: names.departments.get(meeting.departmentId) ?? null,
      agenda: agenda.map((a) => ({ title: a.title, durationMinutes: a.durationMinutes, presenter: a.presenterName })),
      attendanceCount: meeting.attendanceCount ?? 0,
      registeredCount: meeting.registeredCount ?? 0,
      minutesMarkdown: meeting.minutes ?? '',
      commitments: commitments.map((c) => ({
        description: c.description,
        department: names.departments.get(c.department_id) ?? '',
        dueDate: c.due_date,
        status: c.status,
        links: [...c.petition_codes, ...c.report_codes],
      })),
      chairName: meeting.chairName,
      secretaryName: meeting.secretaryName,
      publishedAt: meeting.concludedAt ?? new Date(),
      publicUrl: `${this.config.publicUrl}${meetingLink(meeting.code)}`,
    };
  }
}
