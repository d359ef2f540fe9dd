import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { registerMessages } from '@walikota/api-platform';
import { AreaEntity } from './areas/area.entity';
import { AreaMap } from './areas/area-map.service';
import { areaMapMessages } from './areas/area-map.messages';
import { AdminHolidaysController } from './calendar/admin-holidays.controller';
import { calendarMessages } from './calendar/calendar.messages';
import { HolidayEntity, HolidaySeedYearEntity } from './calendar/holiday.entity';
import { HolidaysController } from './calendar/holidays.controller';
import { HolidaysService } from './calendar/holidays.service';
import { WorkingCalendar } from './calendar/working-calendar.service';
import { CategoryEntity } from './categories/category.entity';
import { DepartmentEntity } from './departments/department.entity';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';
import { ReferenceSeedService } from './seed/reference-seed.service';

registerMessages(calendarMessages);
registerMessages(areaMapMessages);

@Module({
  imports: [TypeOrmModule.forFeature([DepartmentEntity, AreaEntity, CategoryEntity, HolidayEntity, HolidaySeedYearEntity]), AuditModule],
  controllers: [ReferenceController, HolidaysController, AdminHolidaysController],
  providers: [ReferenceService, ReferenceSeedService, WorkingCalendar, HolidaysService, AreaMap],
  exports: [ReferenceService, ReferenceSeedService, WorkingCalendar, AreaMap, TypeOrmModule],
})
export class ReferenceModule {}
