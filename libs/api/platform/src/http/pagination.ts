import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The page size of a keyset-paginated list: an optional integer query parameter, 1..max. */
export function PageLimit(defaultLimit: number, max: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: defaultLimit, minimum: 1, maximum: max }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value))),
    IsInt(),
    Min(1),
    Max(max),
  );
}
