import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { NotFoundDomainException } from '../errors/domain.exception';
import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, Language, resolveLanguage } from '../i18n/i18n';

export const ROLES = ['citizen', 'moderator', 'official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as every service sees it. Set on the request by the identity module's guard. */
export interface AuthUser {
  id: string;
  roles: Role[];
  /** Departments (OPD) the user works for, as official or moderator. */
  departmentIds: string[];
  language: Language;
  /** The kelurahan on the caller's profile (petition signatures record it). */
  homeAreaId?: string | null;
  /** The domain of the caller's e-mail address, lower case (petitions' blocked domains). */
  emailDomain?: string | null;
  /** `session`: cookie from the browser (CSRF-checked); `api_key`: bearer token of an integration. */
  via: 'session' | 'api_key';
  /** The session (refresh-token family) of a cookie-authenticated caller. */
  sessionId?: string;
  /** The personal API key a caller came with (`via: 'api_key'`), and what it may be used for. */
  apiKeyId?: string;
  apiKeyScopes?: ApiKeyScope[];
}

/**
 * What a personal API key may be used for; its owner's roles still apply on top. `read`: safe
 * methods (GET, HEAD) of non-admin routes; `open311`: file Open311 service requests; `reports`:
 * workflow actions on reports; `keys`: manage the owner's keys; `admin`: admin routes (admin owners only).
 */
export const API_KEY_SCOPES = ['read', 'open311', 'reports', 'keys', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}

export const IS_PUBLIC_KEY = 'walikota:public';
export const ROLES_KEY = 'walikota:roles';
export const DEPARTMENT_PARAM_KEY = 'walikota:department-param';
export const API_KEY_SCOPE_KEY = 'walikota:api-key-scope';

/** Anyone may call, signed in or not (a signed-in caller is still identified). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only callers holding one of these roles (admins always pass). Without it, every signed-in user may call. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * The scope an API-key caller needs for this route, whatever its method. Without it, a key may
 * only read (safe methods need `read`, admin routes `admin`); every other write is refused to keys.
 */
export const ApiKeyScope = (scope: ApiKeyScope) => SetMetadata(API_KEY_SCOPE_KEY, scope);

/**
 * "Role X within department Y": the caller must hold one of the roles *and* belong to the
 * department whose id is in route parameter `param` (admins always pass).
 */
export const RolesInDepartment = (param: string, ...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), SetMetadata(DEPARTMENT_PARAM_KEY, param));

/**
 * For services: the caller owns the record (or is an admin). Anything else is answered as if
 * the record did not exist (404), so its existence is not revealed.
 */
export function assertOwnerOrAdmin(user: AuthUser | undefined, ownerId: string | null | undefined): void {
  if (!user || (user.id !== ownerId && !user.roles.includes('admin'))) throw new NotFoundDomainException();
}

/** The signed-in caller (undefined on a public route called by a visitor). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest>().user;
});

export function hasRole(user: AuthUser | undefined, ...roles: Role[]): boolean {
  return !!user && (user.roles.includes('admin') || roles.some((r) => user.roles.includes(r)));
}

/** "Role X within department Y": admins always; others only for departments they belong to. */
export function actsForDepartment(user: AuthUser | undefined, departmentId: string | null | undefined, ...roles: Role[]): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return !!departmentId && roles.some((r) => user.roles.includes(r)) && user.departmentIds.includes(departmentId);
}

/** Where a privileged action came from, for the audit log. */
export interface RequestMeta {
  requestId: string;
  ip: string;
  userAgent?: string;
}

export const RequestMetadata = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestMeta => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  return { requestId: String(request.id), ip: request.ip, userAgent: request.headers['user-agent'] };
});

/** The language of texts in a response: Accept-Language like every message of the API; without it, the profile's language. */
export const TextLanguage = createParamDecorator((_data: unknown, ctx: ExecutionContext): Language => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  const header = request.headers['accept-language'];
  return header ? resolveLanguage(header) : (request.user?.language ?? DEFAULT_LANGUAGE);
});
