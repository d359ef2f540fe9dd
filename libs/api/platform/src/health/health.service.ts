import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../redis/redis.token';
import { DatabaseCheck, HealthStatusDto, RedisCheck } from './health.dto';

const DATABASE_TIMEOUT_MS = 2000;
const REDIS_TIMEOUT_MS = 1000;

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  /**
   * `error` when the database is down: nothing can be served. `degraded` when only Redis is: the
   * instance still serves (counters in memory, jobs caught up by the sweeps), so a load balancer
   * should keep it: with one Redis shared by every replica, failing readiness would take all of
   * them out at once.
   */
  async readiness(): Promise<HealthStatusDto> {
    const [database, redis] = await Promise.all([this.database(), this.redisCheck()]);
    const status = database === 'down' ? 'error' : redis === 'down' ? 'degraded' : 'ok';
    return { status, checks: { database, redis } };
  }

  private async database(): Promise<DatabaseCheck> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS, 'database check timed out');
      return 'ok';
    } catch (error) {
      this.logger.warn({ err: error }, 'Readiness check failed: database');
      return 'down';
    }
  }

  private async redisCheck(): Promise<RedisCheck> {
    if (!this.redis) return 'disabled';
    // A connection that is not ready is down (reconnecting, or never reached); no PING is queued.
    if (this.redis.status !== 'ready') return 'down';
    try {
      await withTimeout(this.redis.ping(), REDIS_TIMEOUT_MS, 'Redis check timed out');
      return 'ok';
    } catch (error) {
      this.logger.warn({ err: error }, 'Readiness check failed: Redis');
      return 'down';
    }
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    });
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
