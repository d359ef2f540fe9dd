import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaEntity } from './areas/area.entity';
import { CategoryEntity } from './categories/category.entity';
import { DepartmentEntity } from './departments/department.entity';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';
import { ReferenceSeedService } from './seed/reference-seed.service';

@Module({
  imports: [TypeOrmModule.forFeature([DepartmentEntity, AreaEntity, CategoryEntity])],
  controllers: [ReferenceController],
  providers: [ReferenceService, ReferenceSeedService],
  exports: [ReferenceService, ReferenceSeedService, TypeOrmModule],
})
export class ReferenceModule {}
