import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponseDto, Public } from '@walikota/api-platform';
import { HolidayDto, HolidayQueryDto } from './holiday.dto';
import { HolidaysService } from './holidays.service';

/** The public holidays of the working calendar, for anyone. */
@ApiTags('reference')
@ApiTooManyRequestsResponse({ type: ErrorResponseDto })
@Public()
@Controller('holidays')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get()
  @ApiOkResponse({ type: [HolidayDto] })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listHolidays(@Query() query: HolidayQueryDto): Promise<HolidayDto[]> {
    return this.holidays.list(query.year);
  }
}
