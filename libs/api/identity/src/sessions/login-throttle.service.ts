import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainException } from '@walikota/api-platform';
import { DataSource } from 'typeorm';
import { sha256 } from '../tokens';
import { LoginAttemptEntity } from './login-attempt.entity';

export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;

/** Per-address lock-out after repeated failures, identical for existing and unknown addresses. */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  async assertNotLocked(email: string): Promise<void> {
    const row = await this.dataSource.manager.findOne(LoginAttemptEntity, { where: { emailHash: sha256(email) } });
    if (row?.lockedUntil && row.lockedUntil > new Date()) {
      throw new DomainException('too_many_attempts', HttpStatus.TOO_MANY_REQUESTS, {
        minutes: Math.ceil((row.lockedUntil.getTime() - Date.now()) / 60_000),
      });
    }
  }

  /** One atomic upsert: concurrent failures are all counted. */
  async recordFailure(email: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempt (email_hash, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), NULL)
       ON CONFLICT (email_hash) DO UPDATE SET
         failures = CASE WHEN login_attempt.window_started_at < now() - $2 * interval '1 millisecond' THEN 1 ELSE login_attempt.failures + 1 END,
         window_started_at = CASE WHEN login_attempt.window_started_at < now() - $2 * interval '1 millisecond' THEN now() ELSE login_attempt.window_started_at END,
         locked_until = CASE WHEN login_attempt.window_started_at >= now() - $2 * interval '1 millisecond' AND login_attempt.failures + 1 >= $3
                             THEN now() + $4 * interval '1 millisecond' ELSE NULL END`,
      [sha256(email), WINDOW_MS, MAX_FAILURES, LOCK_MS],
    );
  }

  async reset(email: string): Promise<void> {
    await this.dataSource.manager.delete(LoginAttemptEntity, { emailHash: sha256(email) });
  }
}
