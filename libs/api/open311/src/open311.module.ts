import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig, registerMessages } from '@walikota/api-platform';
import { IdentityModule } from '@walikota/api-identity';
import { ReferenceModule } from '@walikota/api-reference';
import { ReportsModule } from '@walikota/api-reports';
import type { FastifyInstance } from 'fastify';
import { registerOpen311FormParser } from './form-body';
import { OPEN311_PATH, Open311Controller } from './open311.controller';
import { Open311IntakeService } from './open311-intake.service';
import { open311Messages } from './open311.messages';
import { Open311Service } from './open311.service';

registerMessages(open311Messages);

/** Open311 GeoReport v2 at /open311/v2 (docs/product.md, "Open311"), outside the /api prefix. */
@Module({
  imports: [IdentityModule, ReferenceModule, ReportsModule],
  controllers: [Open311Controller],
  providers: [Open311Service, Open311IntakeService],
})
export class Open311Module implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (adapter?.getType() !== 'fastify') return;
    registerOpen311FormParser(adapter.getInstance<FastifyInstance>(), `/${OPEN311_PATH}/`, this.config.bodyLimitBytes);
  }
}
