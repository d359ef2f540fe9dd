import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@walikota/api-platform';
import { AuditModule } from '@walikota/api-audit';
import { DiscoveryModule } from '@walikota/api-discovery';
import { ForumsModule, MeetingsModule } from '@walikota/api-forums';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { Open311Module } from '@walikota/api-open311';
import { ReferenceModule } from '@walikota/api-reference';
import { PetitionsModule } from '@walikota/api-petitions';
import { ReportsModule } from '@walikota/api-reports';
import { UploadsModule } from '@walikota/api-uploads';
import { migrations } from '@walikota/migrations';
import { DemoSeeder } from './seed/demo-seeder';

/** The whole API: shared plumbing plus one module per domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, migrations }),
        ReferenceModule,
        AuditModule,
        NotificationsModule,
        IdentityModule,
        UploadsModule,
        ReportsModule,
        PetitionsModule,
        ForumsModule,
        MeetingsModule,
        Open311Module,
        DiscoveryModule,
      ],
      providers: [DemoSeeder],
    };
  }
}
