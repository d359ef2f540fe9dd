import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule, MigrationClass } from './database/database.module';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { createValidationPipe } from './errors/validation';
import { HealthModule } from './health/health.module';
import { registerMessages } from './i18n/i18n';
import { platformMessages } from './i18n/platform.messages';
import { loggingModule } from './logging/logging.module';
import type { DestinationStream } from 'pino';
import { RedisModule } from './redis/redis.module';
import { RateLimitModule } from './security/rate-limit.module';

registerMessages(platformMessages);

export interface PlatformOptions {
  config: AppConfig;
  migrations: MigrationClass[];
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
}

/** Configuration, logging, database, rate limits, validation, errors and health in one import. */
@Module({})
export class PlatformModule {
  static forRoot({ config, migrations, logDestination }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(logDestination),
        DatabaseModule.forRoot({ migrations }),
        RedisModule,
        RateLimitModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
