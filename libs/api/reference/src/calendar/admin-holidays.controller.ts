import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { HolidayDateParamsDto, HolidayDto, SetHolidayDto } from './holiday.dto';
import { HolidaysService } from './holidays.service';

/** Admins keep the public holidays; every change is audited. */
@ApiTags('admin')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@ApiTooManyRequestsResponse({ type: ErrorResponseDto })
@Roles('admin')
@Controller('admin/holidays')
export class AdminHolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  /** Creates the holiday on this date, or renames it. */
  @Put(':date')
  @ApiOkResponse({ type: HolidayDto })
  setHoliday(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param() params: HolidayDateParamsDto,
    @Body() dto: SetHolidayDto,
  ): Promise<HolidayDto> {
    return this.holidays.set(actor, meta, params.date, dto.name);
  }

  @Delete(':date')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  deleteHoliday(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param() params: HolidayDateParamsDto,
  ): Promise<void> {
    return this.holidays.remove(actor, meta, params.date);
  }
}
