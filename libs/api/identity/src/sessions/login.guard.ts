import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { RequestValidationException, assertStorableText, toProblems } from '@walikota/api-platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginDto } from '../accounts/account.dto';
import { SignInDelayedException } from './login-throttle.service';
import { IssuedSession } from './sessions.service';

const LOGIN_SESSION = 'loginSession';

/**
 * Runs passport-local on the sign-in route. Guards run before pipes, so the body is validated
 * here first, as the validation pipe would: a malformed request gets the usual 400 naming the
 * field, not a bare 401 (or a 500).
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // The pipe's first check too: a lone surrogate made isEmail throw (a 500), NUL is never stored.
    assertStorableText(request.body ?? {});
    const errors = await validate(plainToInstance(LoginDto, request.body ?? {}), {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    if (errors.length > 0) throw new RequestValidationException(toProblems(errors));
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      // The wait before the next sign-in attempt, as the platform's rate limits say it.
      if (error instanceof SignInDelayedException)
        void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  override getAuthenticateOptions() {
    return { session: false, property: LOGIN_SESSION };
  }

  /** Domain errors from the strategy (wrong password, lock-out, suspension) pass through as they are. */
  override handleRequest<T>(error: unknown, session: T): T {
    if (error) throw error;
    return session;
  }
}

export function loginSession(request: FastifyRequest): IssuedSession {
  return (request as unknown as Record<string, IssuedSession>)[LOGIN_SESSION];
}
