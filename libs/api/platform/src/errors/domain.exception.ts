import { HttpStatus } from '@nestjs/common';
import { MessageParams } from '../i18n/i18n';

export interface ErrorDetail {
  /** The request field the problem is about, as a dotted path (`address.street`). */
  field?: string;
  /** A stable, machine-readable code (e.g. `isEmail`, `unknown_field`). */
  code: string;
  /** Left empty by services: the filter fills it from `validation.<code>` and `params`. */
  message?: string;
  params?: MessageParams;
}

/**
 * What services throw: a stable code (also the message key, `error.<code>`), an HTTP status
 * and message parameters. The error filter turns it into the response in the caller's language.
 */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly params: MessageParams = {},
    readonly details?: ErrorDetail[],
  ) {
    super(code);
    this.name = 'DomainException';
  }
}

export class NotFoundDomainException extends DomainException {
  constructor(code = 'not_found', params?: MessageParams) {
    super(code, HttpStatus.NOT_FOUND, params);
  }
}

export class ConflictDomainException extends DomainException {
  constructor(code = 'conflict', params?: MessageParams) {
    super(code, HttpStatus.CONFLICT, params);
  }
}

export class ForbiddenDomainException extends DomainException {
  constructor(code = 'forbidden', params?: MessageParams) {
    super(code, HttpStatus.FORBIDDEN, params);
  }
}

/** A field-level problem found by a service rather than by the DTO (e.g. "e-mail already taken"). */
export class FieldDomainException extends DomainException {
  constructor(field: string, code: string, params: MessageParams = {}) {
    super('validation_failed', HttpStatus.BAD_REQUEST, {}, [{ field, code, params }]);
  }
}

/**
 * Too many requests of one kind by one caller, found by a service rather than a route guard
 * (e.g. filing through Open311 counts against the same limit as the portal's own form). The
 * filter answers 429 with `Retry-After` and the wait in words.
 */
export class RateLimitedException extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited');
    this.name = 'RateLimitedException';
  }
}

/** Thrown by the validation pipe; carries untranslated problems, translated by the filter. */
export class RequestValidationException extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super('validation_failed');
    this.name = 'RequestValidationException';
  }
}

export interface ValidationProblem {
  field: string;
  /** class-validator constraint name, or `unknown_field`. */
  code: string;
  args: (string | number)[];
}
