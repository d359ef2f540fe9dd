import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { RequestValidationException, ValidationProblem } from './domain.exception';

/**
 * Refuses text that PostgreSQL cannot store as it was sent before any other rule runs, in the
 * body, the query and the route parameters (see `unstorableTextProblems`).
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertStorableText(value, metadata.data ?? '');
    return super.transform(value, metadata);
  }
}

/** At most this many problems are listed: a body of a thousand broken strings needs no thousand lines. */
const MAX_TEXT_PROBLEMS = 20;

/** A UTF-16 surrogate without its partner: a high one not followed by a low one, or a low one alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored faithfully, as a validation code, or null. */
function textProblem(text: string): 'noNulCharacter' | 'noLoneSurrogate' | null {
  if (text.includes('\u0000')) return 'noNulCharacter';
  return LONE_SURROGATE.test(text) ? 'noLoneSurrogate' : null;
}

/**
 * The strings (values, and keys, reported at their object's path) in `value` that PostgreSQL or
 * UTF-8 cannot take as they are. A NUL character (U+0000) is refused in text and as a query
 * parameter. A lone UTF-16 surrogate (JSON allows `"\ud800"`) has no UTF-8 form: Node writes
 * U+FFFD in its place, so the text would be stored altered, PostgreSQL refuses it inside
 * JSON (`invalid input syntax for type json`, e.g. in an audit entry), and validator.js's
 * `isEmail` throws a URIError on it; each of these used to be a 500. No one types these; they
 * come from broken clients and probes. Iterative, so the depth of the value does not matter.
 */
export function unstorableTextProblems(value: unknown, root = ''): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && problems.length < MAX_TEXT_PROBLEMS) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      const code = textProblem(item);
      if (code) problems.push({ field: path || 'value', code, args: [] });
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const children: [unknown, string][] = [];
    for (const [key, child] of Object.entries(item)) {
      const code = textProblem(key);
      if (code) problems.push({ field: path || 'value', code, args: [] });
      else children.push([child, path ? `${path}.${key}` : key]);
    }
    // Reversed onto the stack, so that fields are reported in the order they were sent.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return problems.slice(0, MAX_TEXT_PROBLEMS);
}

/** Throws the usual 400 naming each field whose text cannot be stored (see `unstorableTextProblems`). */
export function assertStorableText(value: unknown, root = ''): void {
  const problems = unstorableTextProblems(value, root);
  if (problems.length > 0) throw new RequestValidationException(problems);
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
