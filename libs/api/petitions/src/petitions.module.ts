import { Logger, Module, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { JobQueue, NotificationsModule } from '@walikota/api-notifications';
import { AppConfig, PerUserRateLimiter, registerMessages } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { ReportsModule } from '@walikota/api-reports';
import { PetitionCounter } from './counting/petition-counter';
import { PetitionModerationService } from './moderation/petition-moderation.service';
import { registerPetitionNotifications } from './petition-notifications';
import { PetitionQueriesService } from './petition-queries.service';
import { PetitionSitemap } from './petition-sitemap';
import {
  PetitionBlockedDomainEntity,
  PetitionCountDeltaEntity,
  PetitionEntity,
  PetitionRejectionReasonEntity,
  PetitionReportLinkEntity,
  PetitionSignatureEntity,
  PetitionSponsorEntity,
} from './petition.entity';
import { PetitionBlockedDomainsController, PetitionsController } from './petitions.controller';
import { petitionsMessages } from './petitions.messages';
import { PetitionsPersonalData } from './petitions-personal-data';
import { PetitionsService } from './petitions.service';
import { BlockedDomains } from './signing/blocked-domains';
import { SigningService } from './signing/signing.service';

registerMessages(petitionsMessages);
registerPetitionNotifications();

export const CLOSE_JOB = 'petitions.close';
const CLOSE_EVERY_MS = 5 * 60_000;

/** Petitions (docs/product.md, "Petitions"). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PetitionEntity,
      PetitionReportLinkEntity,
      PetitionSponsorEntity,
      PetitionSignatureEntity,
      PetitionCountDeltaEntity,
      PetitionRejectionReasonEntity,
      PetitionBlockedDomainEntity,
    ]),
    AuditModule,
    NotificationsModule,
    ReferenceModule,
    IdentityModule,
    ReportsModule,
  ],
  controllers: [PetitionsController, PetitionBlockedDomainsController],
  providers: [PetitionsService, PetitionQueriesService, PetitionSitemap, SigningService, PetitionCounter, PetitionModerationService, BlockedDomains, PerUserRateLimiter, PetitionsPersonalData],
  exports: [PetitionsService, PetitionQueriesService, PetitionCounter, PetitionSitemap],
})
export class PetitionsModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Petitions');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly jobs: JobQueue,
    private readonly counter: PetitionCounter,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Every few minutes; idempotent, and with Redis on one instance at a time.
    this.jobs.define({ name: CLOSE_JOB, everyMs: CLOSE_EVERY_MS, run: async () => void (await this.counter.closeDue()) });
  }

  /**
   * The counting round on every instance (the advisory lock lets one through at a time): the
   * public counts are exact within PETITION_COUNT_INTERVAL_MS plus a round's own time.
   */
  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.count(), this.config.petitions.countIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async count(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.counter.run();
    } catch (error) {
      this.logger.warn(`counting signatures failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
