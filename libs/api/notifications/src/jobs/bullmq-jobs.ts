import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobBackend, JobDefinition, JobLogger } from './job-backend';

const QUEUE = 'jobs';

export interface BullMqJobsOptions {
  redisUrl: string;
  /** The deployment's Redis key prefix; BullMQ's keys go under `<prefix>bull:jobs:…`. */
  keyPrefix: string;
  /** Remove the queue's keys on stop (test apps, each with its own prefix, on a shared Redis). */
  removeOnStop: boolean;
}

/**
 * The multi-instance backend: every API instance runs a BullMQ worker on one queue, so a
 * triggered or scheduled job runs once, on whichever instance is free.
 */
export class BullMqJobs implements JobBackend {
  private connection?: Redis;
  private queue?: Queue;
  private worker?: Worker;
  /** Work begun on Redis (scheduling, triggers) that stop() waits for before disconnecting. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly options: BullMqJobsOptions,
    private readonly logger: JobLogger,
  ) {}

  async start(jobs: JobDefinition[]): Promise<void> {
    const handlers = new Map(jobs.map((job) => [job.name, job]));
    // BullMQ needs its own connection: blocking commands, no ioredis keyPrefix, and
    // maxRetriesPerRequest null so a worker waits out a Redis restart instead of failing.
    this.connection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.connection.on('error', (error) => this.logger.error('Job queue Redis connection error', error));
    const prefix = `${this.options.keyPrefix}bull`;
    this.queue = new Queue(QUEUE, {
      connection: this.connection,
      prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 100, attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
      streams: { events: { maxLen: 1000 } },
    });
    this.queue.on('error', (error) => this.logger.error('Job queue error', error));
    this.worker = new Worker(
      QUEUE,
      async (job) => {
        const definition = handlers.get(job.name);
        if (definition) await definition.run();
      },
      { connection: this.connection, prefix, concurrency: 2 },
    );
    this.worker.on('error', (error) => this.logger.error('Job worker error', error));
    this.worker.on('failed', (job, error) => this.logger.error(`Job ${job?.name ?? '?'} failed`, error));
    for (const job of jobs) {
      if (!job.everyMs) continue;
      // Idempotent: every instance upserts the same scheduler; the first run is one period away.
      this.track(
        this.queue.upsertJobScheduler(`${job.name}-every`, { every: job.everyMs, startDate: Date.now() + job.everyMs }, { name: job.name }),
      );
    }
  }

  async trigger(name: string): Promise<void> {
    if (!this.queue || this.stopped) return;
    // One waiting job per name; a trigger during a run queues exactly one more run.
    await this.track(this.queue.add(name, {}, { deduplication: { id: name, keepLastIfActive: true } }));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
    await this.worker?.close();
    if (this.options.removeOnStop) await this.queue?.obliterate({ force: true }).catch((error) => this.logger.error('Obliterate', error));
    await this.queue?.close();
    await this.connection?.quit().catch(() => undefined);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const done = () => this.inFlight.delete(promise);
    promise.then(done, done);
    return promise;
  }
}
