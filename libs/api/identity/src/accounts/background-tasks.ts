import { BeforeApplicationShutdown, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

/**
 * Work started by a request that its answer must not wait for (nor reveal by its duration),
 * e.g. the account-specific part of a password-reset request. A failure is logged; shutdown
 * waits for whatever is still running, before the database closes.
 *
 * Not the JobQueue: its jobs carry no payload, so this work would first have to be written to a
 * table of its own (the e-mail address asked about, for accounts that may not exist) on the
 * request path, which is the very work and timing the answer must not depend on. A task lost to a
 * crash costs the user one more click on "send the link again".
 */
@Injectable()
export class BackgroundTasks implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('BackgroundTasks');
  private readonly running = new Set<Promise<void>>();

  /** Starts `task` on a later tick; never throws, never waits. */
  run(name: string, task: () => Promise<void>): void {
    const promise = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => this.logger.error({ err: error }, `Background task ${name} failed`))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Resolves once nothing is running (tasks started meanwhile included). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  onModuleDestroy(): Promise<void> {
    return this.idle();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.idle();
  }
}
