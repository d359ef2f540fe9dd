import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { AppConfig, StorageModule, registerMessages } from '@walikota/api-platform';
import type { FastifyInstance } from 'fastify';
import { registerMultipart } from './multipart';
import { UploadCleanupService } from './upload-cleanup.service';
import { UploadEntity } from './upload.entity';
import { UploadsController } from './uploads.controller';
import { uploadsMessages } from './uploads.messages';
import { UploadsService } from './uploads.service';
import { UploadsPersonalData } from './uploads-personal-data';

registerMessages(uploadsMessages);

/**
 * Attachments: upload (checked from the bytes, images cleaned), claim by other modules, serve,
 * and the hourly clean-up of abandoned uploads (on the shared job queue).
 */
@Module({
  imports: [TypeOrmModule.forFeature([UploadEntity]), StorageModule, NotificationsModule, IdentityModule],
  controllers: [UploadsController],
  providers: [UploadsService, UploadCleanupService, UploadsPersonalData],
  exports: [UploadsService],
})
export class UploadsModule {
  constructor(adapterHost: HttpAdapterHost, config: AppConfig) {
    // Absent in the CLI's application context, which serves no HTTP.
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) registerMultipart(fastify, config.uploadMaxBytes);
  }
}
