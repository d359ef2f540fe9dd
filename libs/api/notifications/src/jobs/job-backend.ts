/** A unit of background work. Jobs carry no payload: the database says what is due. */
export interface JobDefinition {
  name: string;
  run(): Promise<void>;
  /** Also run every this many milliseconds (a sweep that catches anything a trigger missed). */
  everyMs?: number;
}

/** Where jobs run: in this process, or shared by every API instance through Redis. */
export interface JobBackend {
  start(jobs: JobDefinition[]): Promise<void>;
  /** Asks for a run soon; triggers that arrive while one is pending or running are coalesced. */
  trigger(name: string): Promise<void>;
  /** Stops timers and workers, waiting for running jobs to finish. */
  stop(): Promise<void>;
}

export interface JobLogger {
  error(message: string, error: unknown): void;
  warn(message: string): void;
  log(message: string): void;
}
