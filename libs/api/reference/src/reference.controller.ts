import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponseDto, Public } from '@walikota/api-platform';
import { AreaTreeDto, CategoryDto, CategoryQueryDto, DepartmentDto, SiteDto } from './reference.dto';
import { ReferenceService } from './reference.service';

/** Public reference data every form needs: departments, areas, categories. */
@ApiTags('reference')
@ApiTooManyRequestsResponse({ type: ErrorResponseDto })
@Public()
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

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

  @Get('categories')
  @ApiOkResponse({ type: [CategoryDto] })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listCategories(@Query() query: CategoryQueryDto): Promise<CategoryDto[]> {
    return this.reference.listCategories(query.module);
  }
}
