import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type HealthState = 'ok' | 'degraded' | 'error';
export type DatabaseCheck = 'ok' | 'down';
export type RedisCheck = 'ok' | 'down' | 'disabled';

export class HealthChecksDto {
  @ApiPropertyOptional({ enum: ['ok', 'down'], description: 'The database answers (readiness only).' })
  database?: DatabaseCheck;

  @ApiPropertyOptional({
    enum: ['ok', 'down', 'disabled'],
    description:
      'Redis answers; `disabled` without REDIS_URL (one instance, nothing shared). While it is down the instance still serves: ' +
      'rate limits are counted per instance, jobs run from the periodic sweeps once it is back (readiness only).',
  })
  redis?: RedisCheck;
}

export class HealthStatusDto {
  @ApiProperty({
    enum: ['ok', 'degraded', 'error'],
    description:
      '`ok`: everything answers. `degraded` (still 200): Redis is down, the database is up; the instance serves. ' +
      '`error` (503): the database is down; the instance cannot serve.',
  })
  status!: HealthState;

  @ApiProperty({ type: HealthChecksDto, example: { database: 'ok', redis: 'ok' } })
  checks!: HealthChecksDto;
}
