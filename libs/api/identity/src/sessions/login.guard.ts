import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { RequestValidationException, toProblems } from '@walikota/api-platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { LoginDto } from '../accounts/account.dto';
import { IssuedSession } from './sessions.service';

const LOGIN_SESSION = 'loginSession';

/**
 * Runs passport-local on the sign-in route. Guards run before pipes, so the body is validated
 * here first: a malformed request gets the usual 400 naming the field, not a bare 401.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const errors = await validate(plainToInstance(LoginDto, request.body ?? {}), {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    if (errors.length > 0) throw new RequestValidationException(toProblems(errors));
    return (await super.canActivate(context)) as boolean;
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
