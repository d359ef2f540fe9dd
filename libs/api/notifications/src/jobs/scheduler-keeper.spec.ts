import { JobDefinition } from './job-backend';
import { ScheduleStore, SchedulerKeeper, scheduleCheckInterval } from './scheduler-keeper';

/** Schedules as Redis holds them: job name → next run; `clear()` is Redis losing its data. */
class FakeStore implements ScheduleStore {
  readonly schedules = new Map<string, number>();
  up = true;
  reads = 0;
  writes: string[] = [];

  available(): boolean {
    return this.up;
  }
  async next(job: JobDefinition): Promise<number | undefined> {
    this.reads++;
    return this.schedules.get(job.name);
  }
  async upsert(job: JobDefinition): Promise<void> {
    this.writes.push(job.name);
    // As BullMQ does: an existing schedule keeps its next run; a new one starts a period away.
    if (!this.schedules.has(job.name) || (this.schedules.get(job.name) ?? 0) < Date.now() - (job.everyMs ?? 0))
      this.schedules.set(job.name, Date.now() + (job.everyMs ?? 0));
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

const job = (name: string, everyMs: number): JobDefinition => ({ name, everyMs, run: async () => undefined });

describe(SchedulerKeeper.name, () => {
  const jobs = [job('mail.deliver', 5_000), job('uploads.cleanup', 3_600_000)];
  const logger = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };
  let store: FakeStore;
  let keeper: SchedulerKeeper;

  beforeEach(() => {
    store = new FakeStore();
    for (const fn of Object.values(logger)) fn.mockClear();
  });
  afterEach(() => keeper.stop());

  it('creates the missing schedules, reads the healthy ones only, and repairs one whose run was lost', async () => {
    keeper = new SchedulerKeeper(jobs, store, logger);
    expect(await keeper.check()).toEqual(['mail.deliver', 'uploads.cleanup']);
    expect(logger.log).toHaveBeenCalledWith('Job schedules created: mail.deliver, uploads.cleanup');
    const planned = new Map(store.schedules);

    // All is well: reads only, the next runs stay where they were.
    expect(await keeper.check()).toEqual([]);
    expect(store.writes).toHaveLength(2);
    expect(store.schedules).toEqual(planned);

    // Redis lost everything; and, separately, a schedule whose pending run is a whole period overdue.
    store.schedules.clear();
    expect(await keeper.check()).toEqual(['mail.deliver', 'uploads.cleanup']);
    store.schedules.set('mail.deliver', Date.now() - 60_000);
    expect(await keeper.check()).toEqual(['mail.deliver']);
    expect(logger.warn).toHaveBeenLastCalledWith('Job schedules lost by Redis, recreated: mail.deliver');
  });

  it('checks on its own, periodically, so data lost without a disconnect comes back', async () => {
    keeper = new SchedulerKeeper(jobs, store, logger, 10);
    keeper.start();
    await until(() => store.schedules.size === 2);
    store.schedules.clear();
    await until(() => store.schedules.size === 2);
    expect(logger.warn).toHaveBeenCalledWith('Job schedules lost by Redis, recreated: mail.deliver, uploads.cleanup');
  });

  it('waits while the store is unavailable, runs one check at a time, and reports errors without stopping', async () => {
    keeper = new SchedulerKeeper(jobs, store, logger);
    store.up = false;
    expect(await keeper.check()).toEqual([]);
    expect(store.reads).toBe(0);
    store.up = true;
    const [a, b] = [keeper.check(), keeper.check()];
    expect(a).toBe(b);
    await a;
    expect(store.reads).toBe(2);

    store.schedules.clear();
    jest.spyOn(store, 'upsert').mockRejectedValueOnce(new Error('Command timed out'));
    expect(await keeper.check()).toEqual(['uploads.cleanup']);
    expect(logger.error).toHaveBeenCalledWith('Schedule of job mail.deliver not checked', expect.any(Error));
  });

  it('checks at the pace of the most frequent job, between a second and a minute', () => {
    expect(scheduleCheckInterval(jobs)).toBe(5_000);
    expect(scheduleCheckInterval([job('a', 3_600_000)])).toBe(60_000);
    expect(scheduleCheckInterval([job('a', 5)])).toBe(1_000);
  });
});
