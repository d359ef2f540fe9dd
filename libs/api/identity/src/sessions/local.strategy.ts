import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { AccountsService } from '../accounts/accounts.service';
import { IssuedSession } from './sessions.service';

/** passport-local: e-mail and password in, a new session out (or the domain error). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly accounts: AccountsService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<IssuedSession> {
    return this.accounts.login(email.trim().toLowerCase(), password, {
      requestId: String(request.id),
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
  }
}
