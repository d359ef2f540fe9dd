import { HttpStatus, Injectable, OnModuleInit } from '@nestjs/common';
import { DomainException } from '@walikota/api-platform';
import { JobQueue } from '@walikota/api-notifications';
import { DataSource } from 'typeorm';
import { sha256 } from '../tokens';

/** Failures of one address from one client that cost no wait. */
export const FREE_FAILURES = 4;
/** The wait after the first failure past the free ones; it doubles with each further failure… */
export const FIRST_DELAY_SECONDS = 30;
/** …up to this. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** A pair's failures are forgotten this long after its last one. */
const FORGET_AFTER_MS = 60 * 60_000;
const SWEEP_JOB = 'identity.login-attempts-sweep';
const SWEEP_EVERY_MS = 60 * 60_000;

/** 429 with the wait in words ("in 45 seconds", "in 4 minutes"); LoginGuard adds Retry-After. */
export class SignInDelayedException extends DomainException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too_many_attempts',
      HttpStatus.TOO_MANY_REQUESTS,
      retryAfterSeconds < 120
        ? { wait: retryAfterSeconds, unit: '@identity.unit.seconds' }
        : { wait: Math.ceil(retryAfterSeconds / 60), unit: '@identity.unit.minutes' },
    );
  }
}

/**
 * Progressive delays on repeated wrong passwords, per e-mail address and client address (both
 * hashed). Per pair, so that a stranger's guesses slow down only the stranger: the owner signing
 * in from elsewhere is not affected. The same for existing and unknown addresses, so the answer
 * reveals no account. (The per-client limit on the sign-in route caps the guesses one client
 * makes across addresses.)
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: SWEEP_JOB, everyMs: SWEEP_EVERY_MS, run: () => this.sweep() });
  }

  /** Throws SignInDelayedException (429, Retry-After) while the pair must wait. */
  async assertMayTry(email: string, client: string): Promise<void> {
    const [row]: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS wait
         FROM login_attempt WHERE email_hash = $1 AND client_hash = $2 AND locked_until > now()`,
      [sha256(email), sha256(client)],
    );
    if (row) throw new SignInDelayedException(Math.max(1, row.wait));
  }

  /**
   * One atomic upsert, so concurrent failures are all counted: past FREE_FAILURES, each failure
   * sets a wait of FIRST_DELAY_SECONDS doubled per further failure, capped at MAX_DELAY_SECONDS.
   */
  async recordFailure(email: string, client: string): Promise<void> {
    const failures = `CASE WHEN a.last_failure_at < now() - $3 * interval '1 millisecond' THEN 1 ELSE a.failures + 1 END`;
    await this.dataSource.query(
      `INSERT INTO login_attempt AS a (email_hash, client_hash, failures, last_failure_at, locked_until)
         VALUES ($1, $2, 1, now(), NULL)
       ON CONFLICT (email_hash, client_hash) DO UPDATE SET
         failures = ${failures},
         last_failure_at = now(),
         locked_until = CASE WHEN ${failures} > $4
                             THEN now() + least($5::float8 * power(2, ${failures} - $4 - 1), $6::float8) * interval '1 second'
                             ELSE NULL END`,
      [sha256(email), sha256(client), FORGET_AFTER_MS, FREE_FAILURES, FIRST_DELAY_SECONDS, MAX_DELAY_SECONDS],
    );
  }

  /** A successful sign-in forgets this pair's failures only. */
  async reset(email: string, client: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempt WHERE email_hash = $1 AND client_hash = $2`, [sha256(email), sha256(client)]);
  }

  /** Rows of pairs that have been quiet long enough are of no use. */
  async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_attempt WHERE last_failure_at < now() - $1 * interval '1 millisecond' AND (locked_until IS NULL OR locked_until < now())`,
      [FORGET_AFTER_MS],
    );
  }
}
