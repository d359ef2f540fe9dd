import { Injectable, computed, inject, signal } from '@angular/core';
import type { AdminUserDto, AuditEntryDto, DepartmentDto, OutboxEmailDto } from '@walikota/shared-contracts';
import { AUDIT_TARGET_TYPES, AuditTargetType, isAuditAction } from '@walikota/shared-contracts';
import { API, ApiProblem, Role, toApiProblem, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';

export const ROLES: readonly Role[] = ['citizen', 'moderator', 'official', 'admin'];
export const PAGE_SIZE = 25;

export interface UserQuery {
  q?: string;
  role?: Role;
  departmentId?: string;
}

export interface AuditQuery {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
}

export type OutboxStatus = OutboxEmailDto['status'];

export interface OutboxQuery {
  status?: OutboxStatus;
}

/** Drops empty values so that they are neither sent nor put in the URL. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

/** The departments, loaded once per visit to the staff area; names in the user's language. */
@Injectable()
export class DepartmentsStore {
  private readonly api = inject(API);
  private readonly i18n = inject(I18n);
  private started: Promise<void> | null = null;

  readonly items = signal<readonly DepartmentDto[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<ApiProblem | null>(null);
  readonly byId = computed(() => new Map(this.items().map((d) => [d.id, d])));

  load(force = false): Promise<void> {
    if (!this.started || force) {
      this.started = (async () => {
        this.loading.set(true);
        this.problem.set(null);
        try {
          this.items.set(await this.api.listDepartments());
        } catch (error) {
          this.problem.set(toApiProblem(error));
          this.started = null;
        } finally {
          this.loading.set(false);
        }
      })();
    }
    return this.started;
  }

  name(department: DepartmentDto): string {
    return this.i18n.language() === 'en' && department.nameEn ? department.nameEn : department.name;
  }

  /** The names of the given departments, in the list's order. */
  names(ids: readonly string[]): string[] {
    return this.items()
      .filter((d) => ids.includes(d.id))
      .map((d) => this.name(d));
  }
}

@Injectable()
export class UsersStore extends KeysetList<AdminUserDto, UserQuery> {
  constructor() {
    const api = inject(API);
    super((query, after) => api.listUsers({ ...compact(query), after, limit: PAGE_SIZE }));
  }
}

@Injectable()
export class AuditStore extends KeysetList<AuditEntryDto, AuditQuery> {
  constructor() {
    const api = inject(API);
    super((query, before) => {
      const { action, targetType, ...rest } = compact(query);
      // Only a known action code or target type is a filter (the API refuses the others).
      return api.listAuditLog({
        ...rest,
        action: action && isAuditAction(action) ? action : undefined,
        targetType: AUDIT_TARGET_TYPES.find((type): type is AuditTargetType => type === targetType),
        before,
        limit: PAGE_SIZE,
      });
    });
  }
}

@Injectable()
export class OutboxStore extends KeysetList<OutboxEmailDto, OutboxQuery> {
  constructor() {
    const api = inject(API);
    super((query, before) => api.listOutbox({ ...compact(query), before, limit: PAGE_SIZE }));
  }
}
