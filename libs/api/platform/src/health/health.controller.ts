import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth';
import { HealthService } from './health.service';
import { HealthStatusDto } from './health.dto';

@ApiTags('health')
@SkipThrottle()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up (for a container's liveness probe). */
  @Get('live')
  @ApiOkResponse({ type: HealthStatusDto })
  live(): HealthStatusDto {
    return { status: 'ok', checks: {} };
  }

  /**
   * The instance can serve requests: the database answers (503 otherwise). Redis being down is
   * `degraded` with 200: the instance still serves without it.
   */
  @Get('ready')
  @ApiOkResponse({ type: HealthStatusDto, description: '`ok`, or `degraded` when Redis is down' })
  @ApiServiceUnavailableResponse({ type: HealthStatusDto, description: 'The database is down' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatusDto> {
    const status = await this.health.readiness();
    if (status.status === 'error') reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return status;
  }
}
