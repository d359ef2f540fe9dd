import '@fastify/cookie';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AuthUser,
  DEPARTMENT_PARAM_KEY,
  DomainException,
  IS_PUBLIC_KEY,
  ROLES_KEY,
  Role,
  actsForDepartment,
  hasRole,
} from '@walikota/api-platform';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { PrincipalService } from './principal.service';
import { ACCESS_COOKIE, CSRF_COOKIE, CSRF_HEADER } from './cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: identifies the caller (session cookie or `Authorization: Bearer <api key>`),
 * rejects anonymous calls unless the route is @Public(), checks @Roles(), and requires the
 * double-submit CSRF token on state-changing requests authenticated by cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const user = await this.identify(request);
    if (user) request.user = user;
    if (!user && !isPublic) throw new DomainException('unauthorized', HttpStatus.UNAUTHORIZED);
    if (user?.via === 'session' && !SAFE_METHODS.has(request.method)) this.checkCsrf(request);
    if (roles?.length && !hasRole(user, ...roles)) throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    const departmentParam = this.reflector.getAllAndOverride<string | undefined>(DEPARTMENT_PARAM_KEY, targets);
    if (departmentParam) {
      const departmentId = (request.params as Record<string, string | undefined>)[departmentParam];
      if (!actsForDepartment(user, departmentId, ...(roles ?? []))) throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    }
    return true;
  }

  private async identify(request: FastifyRequest): Promise<AuthUser | undefined> {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const user = await this.principals.fromApiKey(authorization.slice(7).trim());
      if (!user) throw new DomainException('unauthorized', HttpStatus.UNAUTHORIZED);
      return user;
    }
    const token = request.cookies?.[ACCESS_COOKIE];
    return token ? this.principals.fromAccessToken(token) : undefined;
  }

  private checkCsrf(request: FastifyRequest): void {
    const cookie = request.cookies?.[CSRF_COOKIE];
    const header = request.headers[CSRF_HEADER];
    const ok =
      !!cookie &&
      typeof header === 'string' &&
      header.length === cookie.length &&
      timingSafeEqual(Buffer.from(header), Buffer.from(cookie));
    if (!ok) throw new DomainException('csrf_failed', HttpStatus.FORBIDDEN);
  }
}
