import { Transform } from 'class-transformer';
import { IsDateOrDateTime } from '@walikota/api-platform';
import { IsDefined, IsEmail, IsLatitude, IsLongitude, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateBy } from 'class-validator';

/*
 * Parameters keep the spec's snake_case names: they are the API. Form clients send empty
 * fields for what they leave out, so a blank value counts as absent. The Open311 routes are
 * left out of the portal's OpenAPI document (they follow their own specification).
 */

const blank = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};
const toNumber = ({ value }: { value: unknown }) => {
  const text = blank({ value });
  return typeof text === 'string' ? Number(text) : text;
};

const ATTRIBUTE_CODE = /^[A-Za-z0-9_.-]{1,60}$/;
const MAX_ATTRIBUTES = 20;
const MAX_ATTRIBUTE_VALUE = 500;

/**
 * `attribute[code]=value` (repeated for several values): answers to a service definition's
 * questions. This city's services ask none, but clients send them; at most 20 codes of letters,
 * digits, `_.-`, each with text of at most 500 characters (or a list of such).
 */
function IsOpen311Attributes(): PropertyDecorator {
  const text = (value: unknown) => typeof value === 'string' && value.length <= MAX_ATTRIBUTE_VALUE;
  return ValidateBy({
    name: 'open311Attributes',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const entries = Object.entries(value);
        return (
          entries.length <= MAX_ATTRIBUTES &&
          entries.every(
            ([code, v]) => ATTRIBUTE_CODE.test(code) && (text(v) || (Array.isArray(v) && v.length <= MAX_ATTRIBUTES && v.every(text))),
          )
        );
      },
      defaultMessage: () =>
        `attribute[code]: at most ${MAX_ATTRIBUTES} codes (letters, digits, _ . -), each with text of at most ${MAX_ATTRIBUTE_VALUE} characters`,
    },
  });
}

/** Accepted on every call: `jurisdiction_id` (one city, ignored), `locale` and `api_key` (only POST needs it). */
export class Open311QueryDto {
  @IsOptional() @Transform(blank) @IsString() @MaxLength(100) jurisdiction_id?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(35) locale?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(200) api_key?: string;
}

const CODE_LIST = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;
const STATUS_LIST = /^(open|closed)(\s*,\s*(open|closed))*$/i;

export class ServiceRequestsQueryDto extends Open311QueryDto {
  /** Comma-separated codes; when given, the other filters are ignored (as the spec says). */
  @IsOptional() @Transform(blank) @IsString() @MaxLength(25_000) @Matches(CODE_LIST) service_request_id?: string;
  /** One service code, or several separated by commas. */
  @IsOptional() @Transform(blank) @IsString() @MaxLength(2000) @Matches(CODE_LIST) service_code?: string;
  /** A date (`2026-03-01`, the city's day) or a date and time with its offset (`2026-03-01T10:00:00+07:00`), as W3C-DTF has it. */
  @IsOptional() @Transform(blank) @IsDateOrDateTime() start_date?: string;
  @IsOptional() @Transform(blank) @IsDateOrDateTime() end_date?: string;
  @IsOptional() @Transform(blank) @IsString() @Matches(STATUS_LIST) status?: string;
}

export class CreateServiceRequestDto extends Open311QueryDto {
  @Transform(blank) @IsString() @MaxLength(60) @IsDefined() service_code!: string;
  @IsOptional() @Transform(toNumber) @IsLatitude() lat?: number;
  @IsOptional() @Transform(toNumber) @IsLongitude() long?: number;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(300) address_string?: string;
  /** The kelurahan/desa: its Kemendagri code (`33.74.01.1001`) or its id. */
  @IsOptional() @Transform(blank) @IsString() @MaxLength(64) address_id?: string;
  @IsOptional() @Transform(blank) @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(100) device_id?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(100) account_id?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(100) first_name?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(100) last_name?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(40) phone?: string;
  @IsOptional() @Transform(blank) @IsString() @MaxLength(5000) description?: string;
  @IsOptional()
  @Transform(blank)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  media_url?: string;
  /** `attribute[code]=value` in a form (folded into an object by the form parser), or an object in JSON. */
  @IsOptional() @IsOpen311Attributes() attribute?: Record<string, string | string[]>;
}

/** A service (a report category), as GET services lists it. */
export type Open311ServiceDto = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string | null;
};

export type Open311ServiceDefinitionDto = {
  service_code: string;
  attributes: never[];
};

/**
 * A service request (a report), as GET requests answers it. A report not published yet (or
 * rejected) has only its id, status, request date, expected date and a notice; the rest is null.
 */
export type Open311RequestDto = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string | null;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: null;
};

export type Open311CreatedRequestDto = {
  service_request_id: string;
  service_notice: string;
  account_id: null;
};

export type Open311TokenDto = {
  service_request_id: string;
  token: string;
};
