import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsOptional, ValidateBy, ValidationArguments } from 'class-validator';
import { isCalendarDate, parseCalendarDate, parseDateTimeWithOffset } from './instant';

/*
 * Request fields whose rules are easy to get subtly wrong, as one decorator each: the OpenAPI
 * description, the transformation and the validation agree, and the codes have messages in
 * platform.messages.ts. Each exists because a looser rule let a value through that PostgreSQL
 * or the service then refused with a 500.
 */

export interface CalendarDateOptions {
  /** Absent is allowed (default: required). */
  optional?: boolean;
  description?: string;
  example?: string;
}

/**
 * A day written `YYYY-MM-DD` that exists (years 1000–9999); code `isCalendarDate`. class-validator's
 * `IsISO8601({ strict: true })` also takes week dates (`2026-W01`) and year-months (`2026-12`),
 * which `CAST(… AS date)` refuses.
 */
export function IsCalendarDate(options: CalendarDateOptions = {}): PropertyDecorator {
  const { optional = false, description, example = '2026-08-17' } = options;
  const api = { type: String, format: 'date', example, ...(description ? { description } : {}) };
  return applyDecorators(
    optional ? ApiPropertyOptional(api) : ApiProperty(api),
    ...(optional ? [IsOptional()] : []),
    ValidateBy({ name: 'isCalendarDate', validator: { validate: (value: unknown) => isCalendarDate(value) } }),
  );
}

/**
 * A calendar date (`YYYY-MM-DD`) or a date and time with its offset (`2026-03-01T10:00:00+07:00`,
 * `…Z`); code `isDateOrDateTime`. For interfaces whose standard allows both (Open311); only the
 * validation, no OpenAPI description.
 */
export function IsDateOrDateTime(): PropertyDecorator {
  return ValidateBy({
    name: 'isDateOrDateTime',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && (parseCalendarDate(value) !== null || parseDateTimeWithOffset(value) !== null),
    },
  });
}

export interface CoordinateOptions {
  /** The other coordinate of the point (`longitude` for a latitude): both are given, or neither. */
  pairedWith: string;
  /** `query`: the value comes as text and a decimal number is read from it; `body` (default): a JSON number. */
  source?: 'body' | 'query';
  description?: string;
  /** The point is the request's subject (e.g. "which kelurahan is this"): both coordinates are required. */
  required?: boolean;
}

/** A latitude in degrees (WGS 84), -90..90; see `coordinate` for null and the pairing. */
export function IsLatitudeField(options: CoordinateOptions): PropertyDecorator {
  return coordinate('isLatitude', 90, options);
}

/** A longitude in degrees (WGS 84), -180..180; see `coordinate` for null and the pairing. */
export function IsLongitudeField(options: CoordinateOptions): PropertyDecorator {
  return coordinate('isLongitude', 180, options);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * One coordinate of an optional point. `null` means absent (as an omitted field), so that a form
 * sending `null` for an empty map pin is not refused; a point is both coordinates or neither
 * (code `point_incomplete` on the one given). In a JSON body the value must be a number: a
 * string such as "-6.99" is refused (class-validator's `IsLatitude` took it, and the service then
 * failed on it). In a query, text that is a decimal number is read as one; empty text is absent.
 */
function coordinate(code: 'isLatitude' | 'isLongitude', limit: number, options: CoordinateOptions): PropertyDecorator {
  const fromQuery = options.source === 'query';
  const documented = options.required
    ? ApiProperty({ type: Number, minimum: -limit, maximum: limit, description: options.description ?? 'Degrees (WGS 84)' })
    : ApiPropertyOptional({
        type: Number,
        minimum: -limit,
        maximum: limit,
        ...(fromQuery ? {} : { nullable: true }),
        description: options.description ?? `Degrees (WGS 84); give it with \`${options.pairedWith}\`, or neither (null = not given)`,
      });
  return applyDecorators(
    documented,
    Transform(({ value }: { value: unknown }) => {
      if (value === null || (fromQuery && value === '')) return undefined;
      return fromQuery && typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
    }),
    options.required ? IsDefined() : IsOptional(),
    ValidateBy({
      name: code,
      validator: { validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit },
    }),
    ValidateBy({
      name: 'point_incomplete',
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[options.pairedWith];
          return other !== undefined && other !== null;
        },
      },
    }),
  );
}
