import '@fastify/cookie';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  API_KEY_SCOPE_KEY,
  ApiKeyScope,
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
import { PrincipalService } from './principal.service';
import { ACCESS_COOKIE, CSRF_HEADER } from './cookies';
import { SessionsService } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
type ExecutionTargets = ReturnType<ExecutionContext['getHandler']>[];
const ADMIN_PATH = '/api/admin/';

/**
 * The global guard: identifies the caller (session cookie or `Authorization: Bearer <api key>`),
 * rejects anonymous calls unless the route is @Public(), requires the session's CSRF token on
 * state-changing requests authenticated by cookie, limits API keys to their scopes, and checks
 * @Roles().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
    private readonly sessions: SessionsService,
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
    if (user?.via === 'session' && !SAFE_METHODS.has(request.method)) this.checkCsrf(request, user);
    if (user?.via === 'api_key') this.checkApiKeyScope(request, user, targets, roles);
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

  /**
   * The header must carry the token derived from the caller's own session: a cookie/header pair
   * chosen by an attacker (a planted cookie) or another session's token does not pass.
   */
  private checkCsrf(request: FastifyRequest, user: AuthUser): void {
    const header = request.headers[CSRF_HEADER];
    const ok = !!user.sessionId && typeof header === 'string' && this.sessions.isCsrfToken(user.sessionId, header);
    if (!ok) throw new DomainException('csrf_failed', HttpStatus.FORBIDDEN);
  }

  /**
   * What a route needs of an API key: the scope it declares (@ApiKeyScope), else `admin` on admin
   * routes and `read` on safe methods; any other write is not open to keys at all.
   */
  private checkApiKeyScope(request: FastifyRequest, user: AuthUser, targets: ExecutionTargets, roles: Role[] | undefined): void {
    const declared = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE_KEY, targets);
    const adminRoute =
      (!!roles?.length && roles.every((role) => role === 'admin')) || (request.routeOptions.url ?? '').startsWith(ADMIN_PATH);
    const needed: ApiKeyScope | undefined = declared ?? (adminRoute ? 'admin' : SAFE_METHODS.has(request.method) ? 'read' : undefined);
    if (!needed) throw new DomainException('api_key_not_allowed', HttpStatus.FORBIDDEN);
    if (!user.apiKeyScopes?.includes(needed)) throw new DomainException('api_key_scope', HttpStatus.FORBIDDEN, { scope: needed });
  }
}
