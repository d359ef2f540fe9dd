import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { migrations } from '@walikota/migrations';
import { DemoSeeder } from './seed/demo-seeder';

/** The whole API: shared plumbing plus one module per domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ config, migrations }), ReferenceModule],
      providers: [DemoSeeder],
    };
  }
}
