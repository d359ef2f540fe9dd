import { HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** How an error PostgreSQL raised is answered, when a client can have caused it. */
export interface DatabaseProblem {
  status: HttpStatus.BAD_REQUEST | HttpStatus.CONFLICT;
  /** The error code of the response (`error.<code>` is its message). */
  code: 'already_exists' | 'try_again' | 'conflict' | 'invalid_value';
}

/**
 * The safety net under the services for errors of PostgreSQL (SQLSTATE) that a request can
 * cause, so that no endpoint answers them with a 500. Services still check what they can name a
 * field for (an e-mail already taken); these answers are generic.
 *
 * - 23505 unique_violation: two requests created the same thing (e.g. at the same moment) → 409.
 * - 40P01 deadlock, 40001 serialization failure: the transaction lost a race; the same request
 *   will likely succeed → 409 "try again".
 * - 23503 foreign_key_violation: the record named is gone, or is still used → 409.
 * - class 22 (data exception: 22P02 invalid text representation, 22001 string too long,
 *   22003 numeric out of range, 22007/22008 bad date/time, 22021/22P05 bad characters…) and
 *   23514 check_violation: a value the validation let through → 400.
 *
 * Anything else (a missing table, a syntax error, a NOT NULL the service forgot) is a bug and
 * stays a 500. The 4xx answers are logged at `warn` (see `databaseErrorForLog`): a value the
 * validation should have caught is a bug too, only not the client's to suffer.
 */
export function databaseProblem(exception: unknown): DatabaseProblem | null {
  const code = sqlState(exception);
  if (!code) return null;
  if (code === '23505') return { status: HttpStatus.CONFLICT, code: 'already_exists' };
  if (code === '40P01' || code === '40001') return { status: HttpStatus.CONFLICT, code: 'try_again' };
  if (code === '23503') return { status: HttpStatus.CONFLICT, code: 'conflict' };
  if (code.startsWith('22') || code === '23514') return { status: HttpStatus.BAD_REQUEST, code: 'invalid_value' };
  return null;
}

/** The SQLSTATE of a query error (TypeORM's QueryFailedError wrapping the driver's error). */
export function sqlState(exception: unknown): string | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A query error for the log without the query's parameters, which hold what users sent
 * (e-mail addresses, names, password hashes): the SQLSTATE, PostgreSQL's message, where it
 * happened, the SQL text and the stack. Still a QueryFailedError, so that pino names its type.
 */
export function databaseErrorForLog(exception: QueryFailedError): QueryFailedError {
  const driver: Record<string, unknown> = { ...exception.driverError };
  const pick = (key: string) => (typeof driver[key] === 'string' ? { [key]: driver[key] } : {});
  const logged: QueryFailedError = Object.create(QueryFailedError.prototype);
  return Object.assign(logged, {
    message: exception.message,
    ...pick('code'),
    ...pick('table'),
    ...pick('column'),
    ...pick('constraint'),
    ...pick('routine'),
    query: exception.query,
    stack: exception.stack,
  });
}
