import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, Broadcast } from '@walikota/api-platform';
import { Repository } from 'typeorm';
import { HolidayEntity } from './holiday.entity';
import { CalendarDate, addWorkingDates, endOfLocalDay, isWorkingDate, localDate, workingDatesBetween } from './working-days';

/**
 * How long one replica trusts its copy of the holidays. A change is seen at once by the replica
 * that made it and, through the `calendar.changed` broadcast (Redis pub/sub), by the others;
 * should a broadcast be lost, this bounds how long another replica can be wrong. Holidays are
 * entered weeks ahead, so five minutes of staleness cannot move a deadline that matters.
 */
export const HOLIDAY_CACHE_TTL_MS = 5 * 60_000;

/**
 * The city's working calendar: weekends plus the public holidays in the `holiday` table,
 * dates taken in the city's time zone (`AppConfig.timeZone`). SLAs count working days with it.
 */
/** Published by every change to the holidays; each replica then forgets its copy. */
export const CALENDAR_CHANGED = 'calendar.changed';

@Injectable()
export class WorkingCalendar implements OnModuleInit {
  private cached?: { holidays: ReadonlySet<CalendarDate>; loadedAt: number };
  private loading?: Promise<ReadonlySet<CalendarDate>>;
  /** Bumped by `invalidate`, so a load that started before a change is not kept. */
  private generation = 0;

  constructor(
    @InjectRepository(HolidayEntity) private readonly holidayRows: Repository<HolidayEntity>,
    private readonly config: AppConfig,
    private readonly broadcast: Broadcast,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.broadcast.on(CALENDAR_CHANGED, () => this.invalidate());
  }

  /**
   * The deadline "within `days` working days of `from`": take `from`'s date in the city, step
   * forward `days` working days (the day of `from` itself never counts, so a report filed on
   * Saturday, or on Friday, with 3 days is due on Wednesday), and return the end of that
   * local day, 23:59:59.999 city time. `days = 0` is the end of `from`'s own day.
   */
  async addWorkingDays(from: Date, days: number): Promise<Date> {
    const due = addWorkingDates(localDate(from, this.config.timeZone), days, await this.holidays());
    return endOfLocalDay(due, this.config.timeZone);
  }

  /** Working days elapsed from `a`'s local date (exclusive) to `b`'s (inclusive); 0 if `b` ≤ `a`. */
  async workingDaysBetween(a: Date, b: Date): Promise<number> {
    const zone = this.config.timeZone;
    return workingDatesBetween(localDate(a, zone), localDate(b, zone), await this.holidays());
  }

  /** Whether `date` (`YYYY-MM-DD`) is a working day: Monday–Friday and not a holiday. */
  async isWorkingDay(date: CalendarDate): Promise<boolean> {
    return isWorkingDate(date, await this.holidays());
  }

  /** Today's date in the city. */
  today(now: Date = new Date()): CalendarDate {
    return localDate(now, this.config.timeZone);
  }

  /** Forgets the cached holidays; the next question loads them again. */
  invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
    this.loading = undefined;
  }

  /** Every holiday in one query (a few dozen rows a year), shared by concurrent callers. */
  private holidays(): Promise<ReadonlySet<CalendarDate>> {
    if (this.cached && Date.now() - this.cached.loadedAt < HOLIDAY_CACHE_TTL_MS) return Promise.resolve(this.cached.holidays);
    if (!this.loading) {
      const generation = this.generation;
      const loading = this.holidayRows
        .find({ select: { date: true } })
        .then((rows) => {
          const holidays: ReadonlySet<CalendarDate> = new Set(rows.map((r) => r.date));
          if (generation === this.generation) this.cached = { holidays, loadedAt: Date.now() };
          return holidays;
        })
        .finally(() => {
          if (this.loading === loading) this.loading = undefined;
        });
      this.loading = loading;
    }
    return this.loading;
  }
}
