import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponseDto, Public } from '@walikota/api-platform';
import { AreaTreeDto, CategoryDto, CategoryQueryDto, DepartmentDto, SiteDto } from './reference.dto';
import { AreaBoundariesDto, AreaLocationDto, AreaLocationQueryDto } from './areas/area-map.dto';
import { AreaMap } from './areas/area-map.service';
import { ReferenceService } from './reference.service';

/** Public reference data every form needs: departments, areas, categories. */
@ApiTags('reference')
@ApiTooManyRequestsResponse({ type: ErrorResponseDto })
@Public()
@Controller()
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly map: AreaMap,
  ) {}

  @Get('site')
  @ApiOkResponse({ type: SiteDto })
  getSite(): Promise<SiteDto> {
    return this.reference.site();
  }

  @Get('departments')
  @ApiOkResponse({ type: [DepartmentDto] })
  listDepartments(): Promise<DepartmentDto[]> {
    return this.reference.listDepartments();
  }

  @Get('areas')
  @ApiOkResponse({ type: AreaTreeDto })
  getAreaTree(): Promise<AreaTreeDto> {
    return this.reference.areaTree();
  }

  /** The municipality's kecamatan and kelurahan as GeoJSON, for the portal's own map (no tile server). */
  @Get('areas/boundaries')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOkResponse({ type: AreaBoundariesDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'This municipality has no polygons' })
  getAreaBoundaries(): Promise<AreaBoundariesDto> {
    return this.map.featureCollection();
  }

  /** Which kelurahan and kecamatan a point lies in; 400 for a point outside the municipality. */
  @Get('areas/locate')
  @ApiOkResponse({ type: AreaLocationDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  locateArea(@Query() query: AreaLocationQueryDto): Promise<AreaLocationDto> {
    return this.map.locate(query.latitude, query.longitude);
  }

  @Get('categories')
  @ApiOkResponse({ type: [CategoryDto] })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listCategories(@Query() query: CategoryQueryDto): Promise<CategoryDto[]> {
    return this.reference.listCategories(query.module);
  }
}
