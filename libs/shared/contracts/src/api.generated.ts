// Generated from apps/api/openapi.json by libs/shared/contracts/tools/generate-client.mjs.
// Do not edit: run `npm run client` after `npm run openapi`.

export interface AcceptedDto {
  message: string;
}

export interface AdminUserDto {
  id: string;
  email: string | null;
  name: string;
  status: "active" | "suspended" | "deleted";
  emailVerified: boolean;
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  departmentIds: string[];
  createdAt: string;
}

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AreaTreeDto {
  municipalityCode: string;
  municipalityName: string;
  kecamatan: KecamatanDto[];
}

export interface AuditEntryDto {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

export interface CategoryDto {
  id: string;
  module: "report" | "petition" | "forum" | "proposal";
  code: string;
  nameId: string;
  nameEn: string;
  departmentId?: string | null;
}

export interface ChangePasswordDto {
  currentPassword: string;
  newPassword: string;
}

export interface CreateApiKeyDto {
  name: string;
}

export interface CreatedApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** The key itself. Shown only this once: store it safely. */
  key: string;
}

export interface DeleteAccountDto {
  /** The current password, to confirm */
  password: string;
}

export interface DepartmentDto {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  shortName: string;
}

export interface ErrorDetailDto {
  field?: string;
  code: string;
  message: string;
}

export interface ErrorResponseDto {
  statusCode: number;
  /** Stable machine-readable code */
  code: string;
  /** In the language of Accept-Language (id by default) */
  message: string;
  details?: ErrorDetailDto[];
}

export interface ForgotPasswordDto {
  email: string;
}

export interface HealthStatusDto {
  status: "ok" | "error";
  checks: { [key: string]: "ok" | "down"; };
}

export interface KecamatanDto {
  id: string;
  code: string;
  name: string;
  kelurahan: KelurahanDto[];
}

export interface KelurahanDto {
  id: string;
  code: string;
  name: string;
  level: "kecamatan" | "kelurahan" | "desa";
}

export interface LoginDto {
  email: string;
  password: string;
}

export interface NotificationDto {
  id: string;
  /** What happened; the web app may render it itself from `params` */
  type: string;
  /** In the language of Accept-Language */
  title: string;
  body: string;
  /** A portal path or a URL */
  link: string | null;
  params: { [key: string]: string; };
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPageDto {
  /** Newest first */
  items: NotificationDto[];
  /** Pass as `before` for the next page; null on the last page */
  nextCursor: string | null;
}

export interface OutboxEmailDto {
  id: string;
  toAddress: string;
  toUserId: string | null;
  template: string;
  language: "id" | "en";
  subject: string;
  /** The text, only while e-mail stays in the outbox (no SMTP_URL): it may hold sign-in and reset links */
  textBody: string | null;
  status: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPageDto {
  /** Newest first */
  items: OutboxEmailDto[];
  /** Pass as `before` for the next page; null on the last page */
  nextCursor: string | null;
}

export interface ProfileDto {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  homeAreaId: string | null;
  language: "id" | "en";
  emailFrequency: "immediate" | "daily" | "never";
  emailVerified: boolean;
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  departmentIds: string[];
}

export interface ReasonDto {
  reason: string;
}

export interface RegisterDto {
  name: string;
  email: string;
  password: string;
  phone?: string;
  /** Home kelurahan */
  homeAreaId?: string;
  language?: "id" | "en";
}

export interface ResetPasswordDto {
  token: string;
  password: string;
}

export interface SetDepartmentsDto {
  departmentIds: string[];
  reason?: string;
}

export interface SetRolesDto {
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  reason?: string;
}

export interface SiteDto {
  cityName: string;
  municipalityCode: string;
  timeZone: string;
}

export interface TokenDto {
  token: string;
}

export interface UnreadCountDto {
  count: number;
}

export interface UpdateProfileDto {
  name?: string;
  phone?: string | null;
  homeAreaId?: string | null;
  language?: "id" | "en";
  emailFrequency?: "immediate" | "daily" | "never";
}

export interface UserPageDto {
  items: AdminUserDto[];
  /** Pass as `after` for the next page */
  nextCursor: string | null;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
}

/** Sends a request and resolves with the parsed JSON body (the web app wraps Angular's HttpClient). */
export type ApiTransport = <T>(request: ApiRequest) => Promise<T>;

/** One function per API operation, named by its operationId. */
export function createApiClient(send: ApiTransport) {
  return {
    changePassword: (body: ChangePasswordDto) => send<void>({ method: 'POST', url: `/api/me/password`, body }),
    createApiKey: (body: CreateApiKeyDto) => send<CreatedApiKeyDto>({ method: 'POST', url: `/api/me/api-keys`, body }),
    deleteMyAccount: (body: DeleteAccountDto) => send<void>({ method: 'DELETE', url: `/api/me`, body }),
    exportMyData: () => send<Record<string, unknown>>({ method: 'GET', url: `/api/me/export` }),
    forgotPassword: (body: ForgotPasswordDto) => send<AcceptedDto>({ method: 'POST', url: `/api/auth/password/forgot`, body }),
    getAreaTree: () => send<AreaTreeDto>({ method: 'GET', url: `/api/areas` }),
    getProfile: () => send<ProfileDto>({ method: 'GET', url: `/api/me` }),
    getSite: () => send<SiteDto>({ method: 'GET', url: `/api/site` }),
    getUnreadNotificationCount: () => send<UnreadCountDto>({ method: 'GET', url: `/api/notifications/unread-count` }),
    getUser: (id: string) => send<AdminUserDto>({ method: 'GET', url: `/api/admin/users/${encodeURIComponent(String(id))}` }),
    listApiKeys: () => send<ApiKeyDto[]>({ method: 'GET', url: `/api/me/api-keys` }),
    listAuditLog: (query?: { action?: string; targetType?: string; targetId?: string; actorId?: string; before?: string; limit?: number; }) => send<AuditPageDto>({ method: 'GET', url: `/api/admin/audit-log`, query }),
    listCategories: (query?: { module?: "report" | "petition" | "forum" | "proposal"; }) => send<CategoryDto[]>({ method: 'GET', url: `/api/categories`, query }),
    listDepartments: () => send<DepartmentDto[]>({ method: 'GET', url: `/api/departments` }),
    listNotifications: (query?: { before?: string; limit?: number; }) => send<NotificationPageDto>({ method: 'GET', url: `/api/notifications`, query }),
    listOutbox: (query?: { before?: string; limit?: number; status?: "pending" | "sent" | "failed"; }) => send<OutboxPageDto>({ method: 'GET', url: `/api/admin/outbox`, query }),
    listUsers: (query?: { q?: string; role?: "citizen" | "moderator" | "official" | "admin"; after?: string; limit?: number; }) => send<UserPageDto>({ method: 'GET', url: `/api/admin/users`, query }),
    live: () => send<HealthStatusDto>({ method: 'GET', url: `/api/health/live` }),
    login: (body: LoginDto) => send<ProfileDto>({ method: 'POST', url: `/api/auth/login`, body }),
    logout: () => send<void>({ method: 'POST', url: `/api/auth/logout` }),
    markAllNotificationsRead: () => send<void>({ method: 'POST', url: `/api/notifications/read-all` }),
    markNotificationRead: (id: string) => send<void>({ method: 'POST', url: `/api/notifications/${encodeURIComponent(String(id))}/read` }),
    reactivateUser: (id: string, body: ReasonDto) => send<AdminUserDto>({ method: 'POST', url: `/api/admin/users/${encodeURIComponent(String(id))}/reactivate`, body }),
    ready: () => send<HealthStatusDto>({ method: 'GET', url: `/api/health/ready` }),
    refresh: () => send<void>({ method: 'POST', url: `/api/auth/refresh` }),
    register: (body: RegisterDto) => send<AcceptedDto>({ method: 'POST', url: `/api/auth/register`, body }),
    resendVerification: () => send<void>({ method: 'POST', url: `/api/me/verification-email` }),
    resetPassword: (body: ResetPasswordDto) => send<void>({ method: 'POST', url: `/api/auth/password/reset`, body }),
    revokeApiKey: (id: string) => send<void>({ method: 'DELETE', url: `/api/me/api-keys/${encodeURIComponent(String(id))}` }),
    setUserDepartments: (id: string, body: SetDepartmentsDto) => send<AdminUserDto>({ method: 'PUT', url: `/api/admin/users/${encodeURIComponent(String(id))}/departments`, body }),
    setUserRoles: (id: string, body: SetRolesDto) => send<AdminUserDto>({ method: 'PUT', url: `/api/admin/users/${encodeURIComponent(String(id))}/roles`, body }),
    suspendUser: (id: string, body: ReasonDto) => send<AdminUserDto>({ method: 'POST', url: `/api/admin/users/${encodeURIComponent(String(id))}/suspend`, body }),
    updateProfile: (body: UpdateProfileDto) => send<ProfileDto>({ method: 'PATCH', url: `/api/me`, body }),
    verifyEmail: (body: TokenDto) => send<void>({ method: 'POST', url: `/api/auth/verify-email`, body }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
