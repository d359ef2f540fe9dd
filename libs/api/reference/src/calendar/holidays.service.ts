import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditLabelRegistry, AuditService } from '@walikota/api-audit';
import { AuthUser, Broadcast, NotFoundDomainException, RequestMeta, isCalendarDate } from '@walikota/api-platform';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import { HolidayDto } from './holiday.dto';
import { HolidayEntity } from './holiday.entity';
import { CALENDAR_CHANGED, WorkingCalendar } from './working-calendar.service';
import { CalendarDate } from './working-days';

/**
 * Public holidays as admins keep them: the fixed national ones are seeded, movable ones
 * (Idul Fitri, Nyepi, Waisak, cuti bersama, …) are entered each year from the SKB 3 Menteri.
 * Every change is audited in its transaction and, once committed, clears the calendar's cache on
 * every replica.
 */
@Injectable()
export class HolidaysService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: WorkingCalendar,
    private readonly broadcast: Broadcast,
    private readonly auditLabels: AuditLabelRegistry,
  ) {}

  /** The audit log names a holiday by its date and, while it exists, its name. */
  onModuleInit(): void {
    this.auditLabels.register({
      targetType: 'holiday',
      labels: async (ids) => {
        const dates = ids.filter(isCalendarDate);
        const rows = dates.length ? await this.dataSource.getRepository(HolidayEntity).find({ where: { date: In(dates) } }) : [];
        const names = new Map(rows.map((h) => [h.date, h.name]));
        return new Map(dates.map((date) => [date, names.has(date) ? `${date} · ${names.get(date)}` : date]));
      },
    });
  }

  /** This replica forgets its copy at once; the others when the broadcast reaches them. */
  private async changed(): Promise<void> {
    this.calendar.invalidate();
    await this.broadcast.publish(CALENDAR_CHANGED);
  }

  /** The holidays of one year (default: the current year in the city), by date. */
  async list(year?: number): Promise<HolidayDto[]> {
    const y = year ?? Number(this.calendar.today().slice(0, 4));
    const rows = await this.dataSource.getRepository(HolidayEntity).find({
      where: { date: Between(`${y}-01-01`, `${y}-12-31`) },
      order: { date: 'ASC' },
    });
    return rows.map(toDto);
  }

  /** Creates the holiday on `date` or renames it; audited as `holiday.set` unless nothing changed. */
  async set(actor: AuthUser, meta: RequestMeta, date: CalendarDate, name: string): Promise<HolidayDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockedHoliday(manager, date);
      if (before?.name === name) return;
      await manager.upsert(HolidayEntity, { date, name }, { conflictPaths: ['date'], skipUpdateIfNoValuesChanged: true });
      await this.audit.record(
        actor,
        meta,
        { action: 'holiday.set', targetType: 'holiday', targetId: date, before: before ? toDto(before) : null, after: { date, name } },
        manager,
      );
    });
    await this.changed();
    return { date, name };
  }

  /** Removes the holiday on `date`; 404 when there is none. Audited as `holiday.deleted`. */
  async remove(actor: AuthUser, meta: RequestMeta, date: CalendarDate): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockedHoliday(manager, date);
      if (!before) throw new NotFoundDomainException('holiday_not_found');
      await manager.delete(HolidayEntity, { date });
      await this.audit.record(
        actor,
        meta,
        { action: 'holiday.deleted', targetType: 'holiday', targetId: date, before: toDto(before), after: null },
        manager,
      );
    });
    await this.changed();
  }

  /** The row, locked so two admins editing the same date are serialised (and audited in order). */
  private lockedHoliday(manager: EntityManager, date: CalendarDate): Promise<HolidayEntity | null> {
    return manager.findOne(HolidayEntity, { where: { date }, lock: { mode: 'pessimistic_write' } });
  }
}

/** A plain object (also what the audit log stores as before/after). */
function toDto({ date, name }: HolidayEntity): { date: CalendarDate; name: string } {
  return { date, name };
}
