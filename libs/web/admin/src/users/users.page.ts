import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { ApiProblem, CityFormat, Role } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkField, WkControl, WkPageHeader, WkTable } from '@walikota/web-ui';
import { DepartmentsStore, ROLES, UserQuery, UsersStore, compact } from '../data-access/stores';
import { adminPath, loadErrorText, statusTone } from '../data-access/paths';

/** Users: search and filters live in the URL (`?q=&role=&departmentId=`), so back/forward work. */
@Component({
  selector: 'wk-admin-users-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkBadge, WkButton, WkCell, WkControl, WkField, WkPageHeader, WkTable],
  providers: [UsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.title.users')" [lead]="i18n.t('admin.users.lead')" />
    <form class="admin-filters" role="search" [formGroup]="form" (ngSubmit)="search()">
      <wk-field class="admin-filters__wide" [label]="i18n.t('admin.users.search')" [max]="100">
        <input wkControl type="search" formControlName="q" autocomplete="off" />
      </wk-field>
      <wk-field [label]="i18n.t('admin.users.role')">
        <select wkControl formControlName="role">
          <option value="">{{ i18n.t('admin.filter.all') }}</option>
          @for (role of roles; track role) {
            <option [value]="role">{{ i18n.t('admin.role.' + role) }}</option>
          }
        </select>
      </wk-field>
      <wk-field [label]="i18n.t('admin.users.department')">
        <select wkControl formControlName="departmentId">
          <option value="">{{ i18n.t('admin.filter.all') }}</option>
          @for (department of departments.items(); track department.id) {
            <option [value]="department.id">{{ department.shortName }} · {{ departments.name(department) }}</option>
          }
        </select>
      </wk-field>
      <div class="wk-actions">
        <button wkButton type="submit">{{ i18n.t('admin.users.searchButton') }}</button>
        @if (filtered()) {
          <button wkButton variant="link" type="button" (click)="clear()">{{ i18n.t('admin.filter.reset') }}</button>
        }
      </div>
    </form>
    @if (users.problem(); as problem) {
      <wk-alert tone="danger">
        {{ loadError(problem) }}
        <button wkButton variant="link" type="button" (click)="users.retry()">{{ i18n.t('admin.retry') }}</button>
      </wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.users.caption')"
      [columns]="columns()"
      [rows]="users.items()"
      [loading]="users.loading() || users.loadingMore()"
      [hasMore]="users.hasMore()"
      (loadMore)="users.loadMore()"
      [emptyText]="i18n.t('admin.users.empty')"
      trackBy="id"
    >
      <ng-template wkCell="name" let-row>
        <a [routerLink]="userLink(row.id)">{{ row.name }}</a>
      </ng-template>
      <ng-template wkCell="email" let-row>
        <span class="admin-email">{{ row.email ?? i18n.t('admin.users.noEmail') }}</span>
      </ng-template>
      <ng-template wkCell="emailVerified" let-row>
        @if (row.email) {
          <wk-badge [tone]="row.emailVerified ? 'success' : 'warning'">{{
            i18n.t(row.emailVerified ? 'admin.users.verified.yes' : 'admin.users.verified.no')
          }}</wk-badge>
        } @else {
          {{ i18n.t('admin.none') }}
        }
      </ng-template>
      <ng-template wkCell="roles" let-row>
        <ul class="wk-cluster admin-badges">
          @for (role of sortedRoles(row); track role) {
            <li>
              <wk-badge tone="info">{{ i18n.t('admin.role.' + role) }}</wk-badge>
            </li>
          }
        </ul>
      </ng-template>
      <ng-template wkCell="status" let-row>
        <wk-badge [tone]="tone(row)">{{ i18n.t('admin.status.' + row.status) }}</wk-badge>
      </ng-template>
      <ng-template wkCell="createdAt" let-row>
        {{ date(row.createdAt) }}
      </ng-template>
      <ng-template wkCell="lastSignInAt" let-row>
        @if (row.lastSignInAt) {
          {{ date(row.lastSignInAt) }}
        } @else {
          {{ i18n.t('admin.users.neverSignedIn') }}
        }
      </ng-template>
    </wk-table>
  `,
  styles: `
    .admin-filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: var(--space-4);
      align-items: end;
      margin-bottom: var(--space-5);
    }
    .admin-filters__wide {
      grid-column: 1 / -1;
    }
    .admin-filters .wk-actions {
      grid-column: 1 / -1;
    }
    .admin-badges {
      gap: var(--space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* On a phone the value column of a card is narrow: a long role name wraps inside its badge. */
    .admin-badges wk-badge {
      max-width: 100%;
      white-space: normal;
    }
    .admin-email {
      overflow-wrap: break-word;
    }
  `,
})
export class UsersPage {
  protected readonly i18n = inject(I18n);
  protected readonly users = inject(UsersStore);
  protected readonly departments = inject(DepartmentsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly format = inject(CityFormat);

  protected readonly roles = ROLES;
  protected readonly userLink = (id: string) => adminPath('pengguna', id);
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    role: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
  });
  private readonly query = signal<UserQuery>({});
  protected readonly filtered = computed(() => Object.keys(this.query()).length > 0);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'name', label: this.i18n.t('admin.users.name') },
    { key: 'email', label: this.i18n.t('admin.users.email') },
    { key: 'emailVerified', label: this.i18n.t('admin.users.verified') },
    { key: 'roles', label: this.i18n.t('admin.users.roles') },
    { key: 'status', label: this.i18n.t('admin.users.status') },
    { key: 'createdAt', label: this.i18n.t('admin.users.createdAt') },
    { key: 'lastSignInAt', label: this.i18n.t('admin.users.lastSignIn') },
  ]);

  constructor() {
    void this.departments.load();
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const role = params.get('role');
      const query: UserQuery = compact({
        q: params.get('q')?.trim() || undefined,
        role: ROLES.includes(role as Role) ? (role as Role) : undefined,
        departmentId: params.get('departmentId') || undefined,
      });
      this.query.set(query);
      this.form.setValue({ q: query.q ?? '', role: query.role ?? '', departmentId: query.departmentId ?? '' });
      void this.users.load(query);
    });
  }

  protected search(): void {
    const { q, role, departmentId } = this.form.getRawValue();
    const queryParams = compact({ q: q.trim(), role, departmentId });
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected sortedRoles(user: AdminUserDto): Role[] {
    return ROLES.filter((role) => user.roles.includes(role));
  }

  /** Day and time in the city's time zone, in the reader's language. */
  protected date(value: string): string {
    return this.format.dateTime(value);
  }

  protected tone(user: AdminUserDto) {
    return statusTone(user.status);
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }
}
