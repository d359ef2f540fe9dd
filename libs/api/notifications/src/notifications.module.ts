import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages } from '@walikota/api-platform';
import { DailyDigestService } from './daily-digest.service';
import { EmailOutboxEntity } from './email-outbox.entity';
import { JobQueue } from './jobs/job-queue';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailService } from './mail.service';
import { NotificationDigestEntity, NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { notificationsMessages } from './notifications.messages';
import { NotificationsService } from './notifications.service';
import { OutboxController } from './outbox.controller';
import { RECIPIENT_DIRECTORY, RecipientDirectoryRef } from './recipient-directory';

registerMessages(notificationsMessages);

/** In-app notifications, e-mail (outbox, SMTP delivery, daily digest) and the background jobs behind them. */
@Module({
  imports: [TypeOrmModule.forFeature([EmailOutboxEntity, NotificationEntity, NotificationDigestEntity])],
  controllers: [NotificationsController, OutboxController],
  providers: [
    JobQueue,
    MailService,
    MailDeliveryWorker,
    NotificationsService,
    DailyDigestService,
    RecipientDirectoryRef,
    { provide: RECIPIENT_DIRECTORY, useExisting: RecipientDirectoryRef },
  ],
  exports: [MailService, NotificationsService, JobQueue, RecipientDirectoryRef],
})
export class NotificationsModule {}
