import { JobDefinition, JobLogger } from './job-backend';

/** Where the schedules live (BullMQ's job schedulers in Redis), as the keeper needs it. */
export interface ScheduleStore {
  /** Whether the store can be asked now (its connection is up). */
  available(): boolean;
  /** When the job's schedule runs next (ms since the epoch), or undefined when there is none. */
  next(job: JobDefinition): Promise<number | undefined>;
  /** Creates the schedule, or rewrites it as it is (idempotent: its next run stays). */
  upsert(job: JobDefinition): Promise<void>;
}

/** How often the schedules are checked: at the pace of the most frequent job, between 1 s and a minute. */
export function scheduleCheckInterval(jobs: JobDefinition[]): number {
  const periods = jobs.map((job) => job.everyMs ?? Infinity);
  return Math.min(60_000, Math.max(1_000, Math.min(...periods)));
}

/**
 * Keeps the periodic jobs scheduled in Redis. Schedules are data in Redis, so a Redis that
 * restarts without persistence (or is flushed) loses them, and nothing would run them again
 * until an API instance restarted. `check` recreates a schedule that is missing, or that is
 * overdue by a whole period (its pending run was lost): run at every (re)connection and
 * periodically, as data can also vanish without a disconnect. One cheap read per job when all
 * is well; writes only to repair. Every instance checks; the upsert is idempotent, so two
 * instances repairing at once leave one schedule.
 */
export class SchedulerKeeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<string[]>;
  /** A check has seen the store once: a schedule created from now on was lost. */
  private checked = false;

  constructor(
    private readonly jobs: JobDefinition[],
    private readonly store: ScheduleStore,
    private readonly logger: JobLogger,
    private readonly everyMs = scheduleCheckInterval(jobs),
  ) {}

  start(): void {
    if (this.jobs.length === 0 || this.timer) return;
    this.timer = setInterval(() => void this.check(), this.everyMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Checks every schedule now (joining a check under way); resolves with the names recreated. */
  check(): Promise<string[]> {
    this.running ??= this.checkAll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async checkAll(): Promise<string[]> {
    const repair = this.checked;
    const recreated: string[] = [];
    for (const job of this.jobs) {
      if (!this.store.available()) break;
      try {
        const next = await this.store.next(job);
        this.checked = true;
        if (next !== undefined && next >= Date.now() - (job.everyMs ?? 0)) continue;
        await this.store.upsert(job);
        recreated.push(job.name);
      } catch (error) {
        this.logger.error(`Schedule of job ${job.name} not checked`, error);
      }
    }
    // Created at the deployment's first start; a creation after a check that reached Redis is a repair.
    if (recreated.length && repair) this.logger.warn(`Job schedules lost by Redis, recreated: ${recreated.join(', ')}`);
    else if (recreated.length) this.logger.log(`Job schedules created: ${recreated.join(', ')}`);
    return recreated;
  }
}
