import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundDomainException } from '@walikota/api-platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text can be a record's id. */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * Path parameters of the forums' addresses. An address that cannot name a record names one that
 * does not exist: 404, like an unknown record, never a 400 or a database error.
 */
@Injectable()
export class ThreadNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) throw new NotFoundDomainException('forum_thread_not_found');
    return Number(value);
  }
}

/** A record's id (404 with `code` when it cannot be one). */
export function idPipe(code = 'not_found'): new () => PipeTransform<string, string> {
  @Injectable()
  class IdPipe implements PipeTransform<string, string> {
    transform(value: string): string {
      if (!UUID.test(value)) throw new NotFoundDomainException(code);
      return value.toLowerCase();
    }
  }
  return IdPipe;
}

/** One of a fixed list of words (a reaction's kind, a content type). */
export function oneOfPipe<T extends string>(values: readonly T[]): new () => PipeTransform<string, T> {
  @Injectable()
  class OneOfPipe implements PipeTransform<string, T> {
    transform(value: string): T {
      if (!(values as readonly string[]).includes(value)) throw new NotFoundDomainException();
      return value as T;
    }
  }
  return OneOfPipe;
}
