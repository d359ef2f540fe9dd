import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsCalendarDate } from '@walikota/api-platform';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class HolidayDto {
  @ApiProperty({ format: 'date', example: '2026-08-17' }) date!: string;
  @ApiProperty({ example: 'Hari Kemerdekaan Republik Indonesia' }) name!: string;
}

export class HolidayQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Calendar year (default: the current year in the city)',
    example: 2026,
    minimum: 2000,
    maximum: 2100,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value)))
  @Min(2000)
  @Max(2100)
  @IsInt() // checked first (decorators apply bottom-up): a word is "not a whole number", not "too big"
  year?: number;
}

export class HolidayDateParamsDto {
  @IsCalendarDate({ description: 'The holiday’s date, YYYY-MM-DD' })
  date!: string;
}

export class SetHolidayDto {
  @ApiProperty({ example: 'Hari Raya Idul Fitri 1448 H', maxLength: 120, description: 'Name in Indonesian' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(120)
  @IsString()
  @IsNotEmpty() // checked first: a missing name is "required"
  name!: string;
}
