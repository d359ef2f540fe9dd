import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { JobQueue, NotificationsModule } from '@walikota/api-notifications';
import { PerUserRateLimiter, registerMessages } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { UploadsModule } from '@walikota/api-uploads';
import { ReportActionsService } from './report-actions.service';
import { registerReportNotifications } from './report-notifications';
import { ReportOpenData } from './report-open-data';
import { ReportQueriesService } from './report-queries.service';
import { ReportSitemap } from './report-sitemap';
import { ReportEntity, ReportEventEntity, ReportFollowerEntity, ReportSupportEntity } from './report.entity';
import { ReportsController } from './reports.controller';
import { reportsMessages } from './reports.messages';
import { ReportsService } from './reports.service';
import { ReportsAuditLabels } from './reports-audit-labels';
import { ReportsPersonalData } from './reports-personal-data';
import { ReportStatisticsController, ReportStatisticsService } from './statistics';

registerMessages(reportsMessages);
registerReportNotifications();

export const AUTO_CLOSE_JOB = 'reports.auto_close';
const AUTO_CLOSE_EVERY_MS = 60 * 60_000;

/** Aspirations and complaints (docs/product.md, "Reports"). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReportEntity, ReportEventEntity, ReportSupportEntity, ReportFollowerEntity]),
    AuditModule,
    NotificationsModule,
    ReferenceModule,
    UploadsModule,
    IdentityModule,
  ],
  controllers: [ReportsController, ReportStatisticsController],
  providers: [
    ReportsService,
    ReportActionsService,
    ReportQueriesService,
    ReportOpenData,
    ReportSitemap,
    ReportStatisticsService,
    ReportsPersonalData,
    PerUserRateLimiter,
    ReportsAuditLabels,
  ],
  exports: [ReportsService, ReportActionsService, ReportQueriesService, ReportOpenData, ReportSitemap],
})
export class ReportsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly actions: ReportActionsService,
  ) {}

  onModuleInit(): void {
    // Hourly; with Redis the job runs on one instance at a time, and the query is safe anyway.
    this.jobs.define({ name: AUTO_CLOSE_JOB, everyMs: AUTO_CLOSE_EVERY_MS, run: async () => void (await this.actions.autoClose()) });
  }
}
