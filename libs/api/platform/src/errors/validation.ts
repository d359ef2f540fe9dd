import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { RequestValidationException, ValidationProblem } from './domain.exception';

/**
 * Refuses text holding a NUL character (U+0000) before any other rule: PostgreSQL cannot store
 * it in a text column or take it as a query parameter, so it would otherwise surface as a 500.
 * No one types it; it comes from broken clients and probes.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fields = nulFields(value, metadata.data ?? '');
      if (fields.length > 0) throw new RequestValidationException(fields.map((field) => ({ field, code: 'noNulCharacter', args: [] })));
    }
    return super.transform(value, metadata);
  }
}

/** The dotted paths of the strings (values or keys) in `value` that contain U+0000. */
export function nulFields(value: unknown, path = '', depth = 0): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'value'] : [];
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const field = path ? `${path}.${key}` : key;
    return key.includes('\u0000') ? [path || 'value'] : nulFields(item, field, depth + 1);
  });
}

/** The one validation pipe: unknown fields rejected, payloads transformed to DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    // The target lets the filter recover rule arguments; values are never echoed back.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationException(toProblems(errors)),
  });
}

export function toProblems(errors: ValidationError[], parent = ''): ValidationProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) =>
      code === 'whitelistValidation' ? { field, code: 'unknown_field', args: [] } : { field, code, args: constraintArgs(error, code) },
    );
    return [...own, ...toProblems(error.children ?? [], field)];
  });
}

/** Recovers a rule's arguments (e.g. the 10 of `@MinLength(10)`) from class-validator's metadata. */
function constraintArgs(error: ValidationError, code: string): (string | number)[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === code || m.constraintCls?.name === code));
  return (metadata?.constraints ?? []).map(formatArg);
}

function formatArg(arg: unknown): string | number {
  if (typeof arg === 'number' || typeof arg === 'string') return arg;
  if (Array.isArray(arg)) return arg.map(String).join(', ');
  if (arg && typeof arg === 'object') {
    return Object.values(arg as Record<string, unknown>)
      .filter((v) => typeof v === 'string')
      .join(', ');
  }
  return String(arg);
}
