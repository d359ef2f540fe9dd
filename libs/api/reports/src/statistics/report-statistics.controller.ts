import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto, Public, registerMessages } from '@walikota/api-platform';
import { ReportStatisticsDto, ReportStatisticsQueryDto } from './report-statistics.dto';
import { reportStatisticsMessages } from './report-statistics.messages';
import { ReportStatisticsService } from './report-statistics.service';

registerMessages(reportStatisticsMessages);

@ApiTags('reports')
@Controller('reports/statistics')
export class ReportStatisticsController {
  constructor(private readonly statistics: ReportStatisticsService) {}

  /** Public statistics per department and month: received, resolved, median times, overdue share. */
  @Get()
  @Public()
  @ApiOkResponse({ type: ReportStatisticsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  getReportStatistics(@Query() query: ReportStatisticsQueryDto): Promise<ReportStatisticsDto> {
    return this.statistics.statistics(query);
  }
}
