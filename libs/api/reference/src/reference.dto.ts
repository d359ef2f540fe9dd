import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AREA_LEVELS, AreaLevel } from './areas/area.entity';
import { CATEGORY_MODULES, CategoryModule } from './categories/category.entity';

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DPU' }) code!: string;
  @ApiProperty({ example: 'Dinas Pekerjaan Umum' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Public Works Agency' }) nameEn!: string | null;
  @ApiProperty({ example: 'DPU' }) shortName!: string;
}

export class KelurahanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '33.74.01.1001' }) code!: string;
  @ApiProperty({ example: 'Miroto' }) name!: string;
  @ApiProperty({ enum: AREA_LEVELS }) level!: AreaLevel;
}

export class KecamatanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '33.74.01' }) code!: string;
  @ApiProperty({ example: 'Semarang Tengah' }) name!: string;
  @ApiProperty({ type: [KelurahanDto] }) kelurahan!: KelurahanDto[];
}

export class AreaTreeDto {
  @ApiProperty({ example: '33.74' }) municipalityCode!: string;
  @ApiProperty({ example: 'Kota Semarang' }) municipalityName!: string;
  @ApiProperty({ type: [KecamatanDto] }) kecamatan!: KecamatanDto[];
}

export class CategoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CATEGORY_MODULES }) module!: CategoryModule;
  @ApiProperty({ example: 'jalan-jembatan' }) code!: string;
  @ApiProperty({ example: 'Jalan dan jembatan rusak' }) nameId!: string;
  @ApiProperty({ example: 'Damaged roads and bridges' }) nameEn!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
}

export class CategoryQueryDto {
  @ApiPropertyOptional({ enum: CATEGORY_MODULES })
  @IsOptional()
  @IsIn(CATEGORY_MODULES)
  module?: CategoryModule;
}

/** What the web app needs to present the deployment: the city, its logo and its time zone. */
export class SiteDto {
  @ApiProperty({ example: 'Kota Semarang' }) cityName!: string;
  @ApiProperty({ example: '33.74' }) municipalityCode!: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) timeZone!: string;
  @ApiProperty({ example: '/logo.png', description: 'Path of the city logo on this site' }) logoPath!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    description: 'Map tiles; null: no map, coordinates only',
  })
  mapTileUrl!: string | null;
}
