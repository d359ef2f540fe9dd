import { SHORT_DISCONNECT, closeRedis, failFastRedisOptions, redisReady, watchRedis } from '@walikota/api-platform';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobBackend, JobDefinition, JobLogger } from './job-backend';
import { SchedulerKeeper, scheduleCheckInterval } from './scheduler-keeper';

const QUEUE = 'jobs';
/** How long start waits for Redis, so that the first triggers reach the queue; then it goes on without. */
const START_WAIT_MS = 5_000;
/** How long stop waits for work begun on Redis (it fails fast, so this only bounds a stuck Redis). */
const STOP_WAIT_MS = 5_000;

export interface BullMqJobsOptions {
  redisUrl: string;
  /** The deployment's Redis key prefix; BullMQ's keys go under `<prefix>bull:jobs:…`. */
  keyPrefix: string;
  /** Remove the queue's keys on stop (test apps, each with its own prefix, on a shared Redis). */
  removeOnStop: boolean;
  /** How often the job schedules are checked (default: see scheduleCheckInterval). */
  scheduleCheckEveryMs?: number;
}

/**
 * The multi-instance backend: every API instance runs a BullMQ worker on one queue, so a
 * triggered or scheduled job runs once, on whichever instance is free.
 *
 * Redis going away must not reach the requests that trigger jobs: triggers go through a
 * connection that fails at once while Redis is down (and are skipped: every triggered job is
 * also a periodic sweep of the database, which catches up), the worker has its own connection
 * that waits Redis out, and the schedules are recreated when Redis comes back without them.
 */
export class BullMqJobs implements JobBackend {
  /** Triggers and schedules: fails fast. */
  private producer?: Redis;
  /** The worker's: waits out an outage (BullMQ needs maxRetriesPerRequest null for blocking reads). */
  private consumer?: Redis;
  private queue?: Queue;
  private worker?: Worker;
  private keeper?: SchedulerKeeper;
  /** Work begun on Redis (scheduling, triggers) that stop() waits for before disconnecting. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Jobs running in this process, which stop() waits for whatever state Redis is in. */
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly options: BullMqJobsOptions,
    private readonly logger: JobLogger,
  ) {}

  async start(jobs: JobDefinition[]): Promise<void> {
    const handlers = new Map(jobs.map((job) => [job.name, job]));
    // BullMQ takes no ioredis keyPrefix: its own `prefix` option carries the deployment's.
    const producer = (this.producer = new Redis(this.options.redisUrl, failFastRedisOptions()));
    const consumer = (this.consumer = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null, ...SHORT_DISCONNECT }));
    watchRedis(producer, 'Job queue Redis', this.logger);
    watchRedis(consumer, 'Job worker Redis', this.logger);
    const prefix = `${this.options.keyPrefix}bull`;
    const queue = (this.queue = new Queue(QUEUE, {
      connection: producer,
      prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 100, attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
      streams: { events: { maxLen: 1000 } },
    }));
    // Connection errors are logged once per outage by watchRedis; others here.
    queue.on('error', (error) => producer.status === 'ready' && this.logger.error('Job queue error', error));
    this.worker = new Worker(
      QUEUE,
      async (job) => {
        const definition = handlers.get(job.name);
        if (!definition) return;
        const run = definition.run();
        this.running.add(run);
        try {
          await run;
        } finally {
          this.running.delete(run);
        }
      },
      { connection: consumer, prefix, concurrency: 2 },
    );
    this.worker.on('error', (error) => consumer.status === 'ready' && this.logger.error('Job worker error', error));
    this.worker.on('failed', (job, error) => this.logger.error(`Job ${job?.name ?? '?'} failed`, error));

    const periodic = jobs.filter((job) => job.everyMs);
    const schedulerId = (job: JobDefinition) => `${job.name}-every`;
    this.keeper = new SchedulerKeeper(
      periodic,
      {
        available: () => producer.status === 'ready' && !this.stopped,
        next: async (job) => (await queue.getJobScheduler(schedulerId(job)))?.next,
        upsert: async (job) => {
          const every = job.everyMs ?? 0;
          // The first run is one period away. On an existing schedule the upsert keeps its next run.
          await queue.upsertJobScheduler(schedulerId(job), { every, startDate: Date.now() + every }, { name: job.name });
        },
      },
      this.logger,
      this.options.scheduleCheckEveryMs ?? scheduleCheckInterval(periodic),
    );
    // Every (re)connection, the first one included: a Redis restarted without persistence is empty.
    const keeper = this.keeper;
    producer.on('ready', () => void this.track(keeper.check()));
    keeper.start();
    if (!(await redisReady(producer, START_WAIT_MS))) this.logger.warn('Job queue: Redis not reachable at start; jobs run once it is');
  }

  async trigger(name: string): Promise<void> {
    if (!this.queue || this.stopped) return;
    // Redis away: no waiting, nothing piling up. The job's periodic sweep does the work later.
    if (this.producer?.status !== 'ready') return;
    // One waiting job per name; a trigger during a run queues exactly one more run.
    await this.track(this.queue.add(name, {}, { deduplication: { id: name, keepLastIfActive: true } }));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.keeper?.stop();
    await settled([...this.inFlight], STOP_WAIT_MS);
    // A graceful close waits for Redis (to mark the running jobs done): only while it answers.
    // Without it the close is forced, and the runs themselves are awaited here; a job whose end
    // was not recorded is taken up again later, which the sweeps allow (they only do what is due).
    if (this.worker) await settled([this.worker.close(this.consumer?.status !== 'ready')], STOP_WAIT_MS);
    await Promise.allSettled([...this.running]);
    if (this.options.removeOnStop && this.producer?.status === 'ready')
      await this.queue?.obliterate({ force: true }).catch((error) => this.logger.error('Obliterate', error));
    await this.queue?.close();
    await Promise.all([this.producer, this.consumer].map((connection) => connection && closeRedis(connection)));
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const done = () => this.inFlight.delete(promise);
    promise.then(done, done);
    return promise;
  }
}

/** Waits for `work` to settle, for `ms` at most. */
async function settled(work: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(work), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
