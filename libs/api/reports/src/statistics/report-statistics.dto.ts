import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';

export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest range one request may ask for, in months (both ends included). */
export const MAX_STATISTICS_MONTHS = 36;
/** The range when the caller gives none: the current month and the 11 before it. */
export const DEFAULT_STATISTICS_MONTHS = 12;

/** `YYYY-MM`; its own rule code so that the message can say which format is expected. */
function IsYearMonth(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isYearMonth', validator: { validate: (value) => typeof value === 'string' && YEAR_MONTH.test(value) } },
    options,
  );
}

export class ReportStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2025-07', description: 'First month (YYYY-MM, city time zone); default: 11 months before `to`' })
  @IsOptional()
  @IsYearMonth()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-06',
    description: `Last month, included (YYYY-MM); default: the current month. At most ${MAX_STATISTICS_MONTHS} months from \`from\``,
  })
  @IsOptional()
  @IsYearMonth()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this department' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

/** The figures of one month, for one department or for all of them together. */
export class ReportMonthFiguresDto {
  @ApiProperty({ example: '2026-02', description: 'YYYY-MM in the city time zone' }) month!: string;
  @ApiProperty({ description: 'Reports filed in the month (every status and privacy, confidential included)' }) received!: number;
  @ApiProperty({ description: 'Reports resolved in the month that are still resolved or closed' }) resolved!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median hours from filing to the first staff action, over the reports filed in the month that have one',
  })
  medianHoursToFirstResponse!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median hours from filing to resolution, over the reports resolved in the month',
  })
  medianHoursToResolution!: number | null;
  @ApiProperty({ description: 'Reports filed in the month that missed (or are missing) the verification or follow-up deadline' })
  overdue!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'overdue ÷ received, in percent (0–100); null when nothing was received' })
  overdueShare!: number | null;
}

export class ReportDepartmentMonthDto extends ReportMonthFiguresDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null: reports without a department' })
  departmentId!: string | null;
}

export class ReportKecamatanFiguresDto {
  @ApiProperty({ format: 'uuid' }) kecamatanId!: string;
  @ApiProperty({ description: 'Reports filed in the range in this kecamatan' }) received!: number;
  @ApiProperty({ description: 'Reports resolved in the range in this kecamatan that are still resolved or closed' }) resolved!: number;
}

export class ReportStatisticsDto {
  @ApiProperty({ format: 'date-time', description: 'When the figures were computed (they are cached for up to 5 minutes)' })
  generatedAt!: string;
  @ApiProperty({ example: '2025-07' }) from!: string;
  @ApiProperty({ example: '2026-06' }) to!: string;
  @ApiProperty({ example: 'Asia/Jakarta', description: 'The time zone months are counted in' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId!: string | null;
  @ApiProperty({ type: [ReportMonthFiguresDto], description: 'Every month of the range, oldest first, zeros included' })
  totals!: ReportMonthFiguresDto[];
  @ApiProperty({
    type: [ReportDepartmentMonthDto],
    description: 'Per department and month, for the pairs with any report received or resolved; by month, then department',
  })
  rows!: ReportDepartmentMonthDto[];
  @ApiProperty({
    type: [ReportKecamatanFiguresDto],
    description: 'Over the whole range, per kecamatan with any report received or resolved (for the map)',
  })
  byKecamatan!: ReportKecamatanFiguresDto[];
}
