import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions, MigrationInterface } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type MigrationClass = new () => MigrationInterface;

export interface DatabaseModuleOptions {
  migrations: MigrationClass[];
}

export function dataSourceOptions(config: AppConfig, migrations: MigrationClass[]): DataSourceOptions {
  if (!config.databaseUrl) throw new Error('databaseUrl must be resolved (see resolveDatabase) before the data source is built');
  return {
    type: 'postgres',
    url: config.databaseUrl,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions come from migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // PGlite is one session: one connection keeps statements from interleaving.
    extra: {
      max: config.embeddedDatabase ? 1 : config.databasePoolSize,
      application_name: 'walikota-api',
      ...(config.databaseSchema ? { options: `-c search_path=${config.databaseSchema},public` } : {}),
    },
    ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
    // Failed queries surface as exceptions, logged with their request by the error filter.
    logging: ['warn', 'migration'],
  };
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config, options.migrations), autoLoadEntities: true }),
        }),
      ],
    };
  }
}
