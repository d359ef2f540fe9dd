import { JobBackend, JobDefinition, JobLogger } from './job-backend';

interface JobState {
  job: JobDefinition;
  running?: Promise<void>;
  /** Triggered while running: run once more afterwards. */
  again: boolean;
  soon?: NodeJS.Timeout;
}

/**
 * The single-instance backend: a trigger runs the job on a later tick (never inside the
 * caller's request), at most one run of a job at a time, plus a timer per periodic job.
 */
export class InProcessJobs implements JobBackend {
  private readonly jobs = new Map<string, JobState>();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(private readonly logger: JobLogger) {}

  async start(jobs: JobDefinition[]): Promise<void> {
    for (const job of jobs) {
      this.jobs.set(job.name, { job, again: false });
      if (job.everyMs) this.timers.push(setInterval(() => void this.trigger(job.name), job.everyMs).unref());
    }
  }

  async trigger(name: string): Promise<void> {
    const state = this.jobs.get(name);
    if (!state || this.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    state.soon ??= setTimeout(() => {
      state.soon = undefined;
      this.run(state);
    }, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    for (const state of this.jobs.values()) {
      clearTimeout(state.soon);
      state.soon = undefined;
    }
    await Promise.all([...this.jobs.values()].map((state) => state.running));
  }

  private run(state: JobState): void {
    state.running = (async () => {
      do {
        state.again = false;
        try {
          await state.job.run();
        } catch (error) {
          this.logger.error(`Job ${state.job.name} failed`, error);
        }
      } while (state.again && !this.stopped);
      state.running = undefined;
    })();
  }
}
