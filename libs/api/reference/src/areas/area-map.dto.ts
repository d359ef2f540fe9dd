import { ApiProperty } from '@nestjs/swagger';
import { IsLatitudeField, IsLongitudeField } from '@walikota/api-platform';

export class AreaLocationQueryDto {
  @IsLatitudeField({ pairedWith: 'longitude', source: 'query', required: true, description: 'Degrees (WGS 84), e.g. -6.9903' })
  latitude!: number;

  @IsLongitudeField({ pairedWith: 'latitude', source: 'query', required: true, description: 'Degrees (WGS 84), e.g. 110.4229' })
  longitude!: number;
}

/** The kelurahan (and its kecamatan) a point lies in. */
export class AreaLocationDto {
  @ApiProperty({ format: 'uuid' }) kelurahanId!: string;
  @ApiProperty({ example: '33.74.02.1005' }) kelurahanCode!: string;
  @ApiProperty({ example: 'Pleburan' }) kelurahanName!: string;
  @ApiProperty({ format: 'uuid' }) kecamatanId!: string;
  @ApiProperty({ example: '33.74.02' }) kecamatanCode!: string;
  @ApiProperty({ example: 'Semarang Selatan' }) kecamatanName!: string;
}

export const AREA_FEATURE_LEVELS = ['municipality', 'kecamatan', 'kelurahan'] as const;
export type AreaFeatureLevel = (typeof AREA_FEATURE_LEVELS)[number];

export class AreaFeaturePropertiesDto {
  /** The area's id in the portal (what reports and filters use); null for the municipality itself. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) areaId!: string | null;
  @ApiProperty({ example: '33.74.02.1005' }) code!: string;
  @ApiProperty({ example: 'Pleburan' }) name!: string;
  @ApiProperty({ enum: AREA_FEATURE_LEVELS }) level!: AreaFeatureLevel;
  /** The kecamatan of a kelurahan; null otherwise. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: [Number], description: '[longitude, latitude] of a point inside the area, for its label' })
  centroid!: [number, number];
}

export class AreaGeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] }) type!: 'Polygon' | 'MultiPolygon';
  @ApiProperty({
    type: 'array',
    items: {},
    description: 'GeoJSON coordinates, [longitude, latitude]: rings of a Polygon, or polygons of a MultiPolygon',
  })
  coordinates!: unknown[];
}

export class AreaFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type!: 'Feature';
  @ApiProperty({ example: '33.74.02.1005' }) id!: string;
  @ApiProperty({ type: AreaFeaturePropertiesDto }) properties!: AreaFeaturePropertiesDto;
  @ApiProperty({ type: AreaGeometryDto }) geometry!: AreaGeometryDto;
}

/** The municipality, its kecamatan and kelurahan as GeoJSON (WGS 84), for maps drawn without tiles. */
export class AreaBoundariesDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: 'FeatureCollection';
  @ApiProperty({ type: [Number], description: '[west, south, east, north] of the municipality' })
  bbox!: [number, number, number, number];
  @ApiProperty({ example: 'Kemendagri boundaries via Cahya DSN wilayah_boundaries (MIT)' }) attribution!: string;
  /** The municipality first, then the kecamatan, then the kelurahan */
  @ApiProperty({ type: [AreaFeatureDto] }) features!: AreaFeatureDto[];
}
