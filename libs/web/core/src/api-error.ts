import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorResponseDto } from '@walikota/shared-contracts';

/** What went wrong with an API call, ready to show: per-field messages and one general message. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's stable code, or `offline` / `timeout` / `unexpected`. */
  code: string;
  /** Already in the user's language (the API answers in the Accept-Language we send), or null when
   * the caller should use its own i18n text for `code`. */
  message: string | null;
  /** Messages by field name (`email`, `password`…), from the API's `details`. */
  fields: Record<string, string>;
}

export function isErrorResponse(body: unknown): body is ErrorResponseDto {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ErrorResponseDto).code === 'string' &&
    typeof (body as ErrorResponseDto).message === 'string'
  );
}

/** Turns anything an API call can throw into an ApiProblem. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return { status: 0, code: 'offline', message: null, fields: {} };
    if (isErrorResponse(error.error)) {
      const fields: Record<string, string> = {};
      for (const detail of error.error.details ?? []) {
        if (detail.field && !(detail.field in fields)) fields[detail.field] = detail.message;
      }
      return { status: error.status, code: error.error.code, message: error.error.message, fields };
    }
    return { status: error.status, code: 'unexpected', message: null, fields: {} };
  }
  if (error instanceof Error && error.name === 'TimeoutError') return { status: 0, code: 'timeout', message: null, fields: {} };
  return { status: 0, code: 'unexpected', message: null, fields: {} };
}
