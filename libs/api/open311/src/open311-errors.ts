import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import {
  DomainException,
  ErrorDetail,
  Language,
  MessageParams,
  RateLimitedException,
  RequestValidationException,
  hasMessage,
  resolveLanguage,
  translate,
} from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONTENT_TYPES, Open311Format, isOpen311Format, serialize } from './open311-format';

/** An error as the spec shows it: `{ code, description }`, `code` being the HTTP status. */
export interface Open311Error {
  code: number;
  description: string;
}

/** What the Open311 service throws: an HTTP status and a message key of `open311.messages.ts`. */
export class Open311Exception extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'Open311Exception';
  }
}

/** The portal's field names, where a service of another module names one, as Open311 parameters. */
const PARAMETER_NAMES: Record<string, string> = {
  categoryId: 'service_code',
  areaId: 'address_id',
  latitude: 'lat',
  longitude: 'long',
  address: 'address_string',
  title: 'description',
};

const STATUS_KEYS: Record<number, string> = {
  401: 'open311.unauthorized',
  403: 'open311.forbidden',
  404: 'open311.not_found',
  413: 'open311.payload_too_large',
  415: 'open311.unsupported_media_type',
};

/**
 * Answers every error of the Open311 routes in the spec's format (a list of `{code, description}`,
 * JSON or XML as the route's extension asks), in Indonesian or English. A bad API key is a 403,
 * as the spec has it, also when the portal's guard rejected an `Authorization: Bearer` header.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const lang = open311Language(request);
    const errors = this.describe(exception, reply, lang);
    if (errors[0].code >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    const format = requestFormat(request);
    void reply
      .status(errors[0].code)
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Language', lang)
      .send(
        serialize(
          format,
          'errors',
          errors.map((e) => ({ code: e.code, description: e.description })),
        ),
      );
  }

  private describe(exception: unknown, reply: FastifyReply, lang: Language): Open311Error[] {
    if (exception instanceof Open311Exception) {
      return [{ code: exception.status, description: translate(lang, exception.key, exception.params) }];
    }
    if (exception instanceof RequestValidationException) {
      return exception.problems.map(({ field, code, args }) =>
        validationError(lang, { field, code, params: Object.fromEntries(args.map((a, i) => [String(i), a])) }),
      );
    }
    if (exception instanceof DomainException) {
      if (exception.details?.length) return exception.details.map((detail) => validationError(lang, detail));
      if (exception.status === 401) return [{ code: 403, description: translate(lang, 'open311.unauthorized') }];
      const key = hasMessage(`error.${exception.code}`) ? `error.${exception.code}` : statusKey(exception.status);
      return [{ code: exception.status, description: translate(lang, key, exception.params) }];
    }
    // A service's limit (filing: REPORTS_PER_HOUR per account, shared with the portal) or a guard's.
    if (exception instanceof RateLimitedException)
      void reply.header('Retry-After', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    if (exception instanceof ThrottlerException || exception instanceof RateLimitedException) {
      const seconds = Number(reply.getHeader('retry-after') ?? 0) || 1;
      if (seconds > 90)
        return [{ code: 429, description: translate(lang, 'open311.rate_limited_minutes', { minutes: Math.ceil(seconds / 60) }) }];
      return [{ code: 429, description: translate(lang, 'open311.rate_limited', { seconds }) }];
    }
    const status = exception instanceof HttpException ? exception.getStatus() : ((exception as { statusCode?: unknown }).statusCode ?? 500);
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = status === 401 ? 403 : status;
      return [{ code, description: translate(lang, statusKey(code)) }];
    }
    return [{ code: 500, description: translate(lang, 'open311.internal_error') }];
  }
}

function validationError(lang: Language, detail: ErrorDetail): Open311Error {
  const field = detail.field ? (PARAMETER_NAMES[detail.field] ?? detail.field) : '';
  const key = hasMessage(`validation.${detail.code}`) ? `validation.${detail.code}` : 'validation.invalid';
  return { code: 400, description: translate(lang, key, { ...detail.params, field }) };
}

function statusKey(status: number): string {
  return STATUS_KEYS[status] ?? 'open311.bad_request';
}

/** `?locale=en` first (several Open311 clients send it), then Accept-Language. */
export function open311Language(request: FastifyRequest): Language {
  const locale = (request.query as Record<string, unknown> | undefined)?.['locale'];
  if (typeof locale === 'string' && locale.trim()) return resolveLanguage(locale);
  return resolveLanguage(request.headers['accept-language']);
}

/** The format the route's extension asks for; JSON when there is none or it is unknown. */
function requestFormat(request: FastifyRequest): Open311Format {
  const format = (request.params as Record<string, unknown> | undefined)?.['format'];
  if (isOpen311Format(format)) return format;
  return /\.xml(\?|$)/i.test(request.url) ? 'xml' : 'json';
}
