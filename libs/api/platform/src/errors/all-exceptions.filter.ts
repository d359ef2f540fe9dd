import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { Language, MessageParams, hasMessage, resolveLanguage, translate } from '../i18n/i18n';
import { databaseErrorForLog, databaseProblem } from './database-errors';
import { DomainException, ErrorDetail, RateLimitedException, RequestValidationException } from './domain.exception';
import { ErrorDetailDto, ErrorResponseDto } from './error-response.dto';

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

interface Problem {
  status: number;
  code: string;
  params?: MessageParams;
  details?: ErrorDetail[];
  /** When the message is not `error.<code>`. */
  messageKey?: string;
}

/** Maps every error to `{ statusCode, code, message, details? }` in the caller's language. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const lang = resolveLanguage(request.headers['accept-language']);
    const problem = this.classify(exception, reply);

    // A query error is logged without its parameters (what users sent: e-mails, names, hashes).
    const err = exception instanceof QueryFailedError ? databaseErrorForLog(exception) : exception;
    if (problem.status >= 500) {
      this.logger.error({ err, requestId: request.id }, 'Unhandled error');
    } else if (exception instanceof QueryFailedError) {
      this.logger.warn({ err, requestId: request.id }, 'The database refused a request');
    }
    const body: ErrorResponseDto = {
      statusCode: problem.status,
      code: problem.code,
      message: translate(lang, problem.messageKey ?? `error.${problem.code}`, problem.params),
      ...(problem.details ? { details: problem.details.map((d) => this.translateDetail(lang, d)) } : {}),
    };
    void reply.status(problem.status).header('Content-Language', lang).send(body);
  }

  private classify(exception: unknown, reply: FastifyReply): Problem {
    if (exception instanceof DomainException) {
      return { status: exception.status, code: exception.code, params: exception.params, details: exception.details };
    }
    if (exception instanceof RequestValidationException) {
      const details = exception.problems.map(({ field, code, args }) => ({
        field,
        code,
        params: Object.fromEntries(args.map((a, i) => [String(i), a])),
      }));
      return { status: 400, code: 'validation_failed', details };
    }
    if (exception instanceof RateLimitedException)
      void reply.header('Retry-After', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    if (exception instanceof ThrottlerException || exception instanceof RateLimitedException) {
      return rateLimited(Number(reply.getHeader('retry-after') ?? 0) || 1);
    }
    if (exception instanceof HttpException) return this.byStatus(exception.getStatus());
    const database = databaseProblem(exception);
    if (database) return database;
    // Errors raised by Fastify itself (body parsing, size limits) carry a 4xx statusCode.
    const fastifyError = exception as { statusCode?: number; code?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || exception instanceof SyntaxError) {
        return { status: 400, code: 'invalid_json' };
      }
      return this.byStatus(fastifyError.statusCode);
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal_error' };
  }

  private byStatus(status: number): Problem {
    return status >= 500
      ? { status, code: status === 503 ? 'service_unavailable' : 'internal_error' }
      : { status, code: STATUS_CODES[status] ?? 'bad_request' };
  }

  private translateDetail(lang: Language, detail: ErrorDetail): ErrorDetailDto {
    if (detail.message) return { field: detail.field, code: detail.code, message: detail.message };
    const field =
      detail.field && hasMessage(`field.${detail.field}`, lang) ? translate(lang, `field.${detail.field}`) : (detail.field ?? '');
    const key = hasMessage(`validation.${detail.code}`) ? `validation.${detail.code}` : 'validation.invalid';
    return { field: detail.field, code: detail.code, message: translate(lang, key, { ...detail.params, field }) };
  }
}

/** A per-hour limit says "in 59 minutes", not "in 3,540 seconds". */
function rateLimited(retryAfter: number): Problem {
  if (retryAfter > 90)
    return { status: 429, code: 'rate_limited', messageKey: 'error.rate_limited_minutes', params: { minutes: Math.ceil(retryAfter / 60) } };
  return { status: 429, code: 'rate_limited', params: { seconds: retryAfter } };
}
