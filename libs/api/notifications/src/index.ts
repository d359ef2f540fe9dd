export * from './email-outbox.entity';
export * from './email-templates';
export * from './mail.service';
export * from './notifications.module';
