import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { BullMqJobs } from './bullmq-jobs';
import { JobBackend, JobDefinition } from './job-backend';
import { InProcessJobs } from './in-process-jobs';

const PENDING_TRIGGERS = 'walikota.pendingJobTriggers';
type RunnerData = { [PENDING_TRIGGERS]?: Set<string> };

/**
 * Background jobs, off the request path: in this process by default, on BullMQ (shared by
 * every instance) when REDIS_URL is set. Modules define their jobs in onModuleInit; the queue
 * starts at bootstrap and stops before the database closes.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly backend: JobBackend;
  /** Where jobs run: this process only, or BullMQ on Redis (shared by every instance). */
  readonly kind: 'in-process' | 'bullmq';
  private readonly jobs = new Map<string, JobDefinition>();
  private started = false;
  private stopping?: Promise<void>;

  constructor(config: AppConfig, dataSource: DataSource) {
    const log = {
      error: (message: string, error: unknown) => this.logger.error({ err: error }, message),
      warn: (message: string) => this.logger.warn(message),
      log: (message: string) => this.logger.log(message),
    };
    this.kind = config.redisUrl ? 'bullmq' : 'in-process';
    this.backend = config.redisUrl
      ? new BullMqJobs({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix, removeOnStop: config.nodeEnv === 'test' }, log)
      : new InProcessJobs(log);
    dataSource.subscribers.push({
      afterTransactionCommit: (event) => this.flushAfterCommit(event.queryRunner),
      afterTransactionRollback: (event) => {
        if (!event.queryRunner.isTransactionActive) delete (event.queryRunner.data as RunnerData)[PENDING_TRIGGERS];
      },
    });
  }

  define(job: JobDefinition): void {
    if (this.started) throw new Error(`Job ${job.name} defined after the queue started`);
    this.jobs.set(job.name, job);
  }

  /** Asks for a run of `name` soon; never waits for it, never throws. Undefined jobs are ignored. */
  trigger(name: string): void {
    if (!this.jobs.has(name)) return;
    this.backend.trigger(name).catch((error: unknown) => this.logger.warn({ err: error }, `Could not trigger job ${name}`));
  }

  /**
   * Triggers `name` once the caller's transaction has committed, so the job sees its rows
   * (at once when `manager` is not inside a transaction).
   */
  triggerAfterCommit(name: string, manager?: EntityManager): void {
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) return this.trigger(name);
    const data = runner.data as RunnerData;
    (data[PENDING_TRIGGERS] ??= new Set()).add(name);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    await this.backend.start([...this.jobs.values()]);
    this.logger.log(`Background jobs (${this.kind}): ${[...this.jobs.keys()].join(', ') || 'none'}`);
  }

  /** Runs before the data source closes (in onApplicationShutdown): running jobs finish first. */
  beforeApplicationShutdown(): Promise<void> {
    this.stopping ??= this.backend.stop();
    return this.stopping;
  }

  onApplicationShutdown(): Promise<void> {
    return this.beforeApplicationShutdown();
  }

  private flushAfterCommit(runner: QueryRunner): void {
    if (runner.isTransactionActive) return; // a savepoint was released; the transaction goes on
    const data = runner.data as RunnerData;
    const names = data[PENDING_TRIGGERS];
    delete data[PENDING_TRIGGERS];
    for (const name of names ?? []) this.trigger(name);
  }
}
