export * from './areas/area.entity';
export * from './categories/category.entity';
export * from './departments/department.entity';
export * from './reference.dto';
export * from './reference.module';
export * from './reference.service';
export * from './seed/reference-seed.service';
export * from './seed/wilayah';
