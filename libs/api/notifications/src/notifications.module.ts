import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailOutboxEntity } from './email-outbox.entity';
import { MailService } from './mail.service';

@Module({
  imports: [TypeOrmModule.forFeature([EmailOutboxEntity])],
  providers: [MailService],
  exports: [MailService],
})
export class NotificationsModule {}
