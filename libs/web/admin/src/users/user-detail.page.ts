import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { AdminUserDto } from '@walikota/shared-contracts';
import { API, ApiProblem, Session, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkBreadcrumb, WkBreadcrumbs, WkButton, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';
import { DepartmentsStore, ROLES } from '../data-access/stores';
import { UserDepartmentsForm } from './user-departments-form';
import { UserRolesForm } from './user-roles-form';
import { UserStatusPanel } from './user-status-panel';

/** One user: roles, departments and account status, each changed with a reason for the audit log. */
@Component({
  selector: 'wk-admin-user-detail-page',
  imports: [
    RouterLink,
    UserDepartmentsForm,
    UserRolesForm,
    UserStatusPanel,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkPageHeader,
    WkSkeleton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="user()?.name ?? i18n.t('admin.title.user')">
      <wk-breadcrumbs [items]="crumbs()" />
    </wk-page-header>
    @if (problem(); as problem) {
      <wk-alert tone="danger">{{ problemText(problem) }}</wk-alert>
      <p>
        <a [routerLink]="usersLink">{{ i18n.t('admin.user.backToList') }}</a>
      </p>
    } @else if (user(); as user) {
      <div class="wk-stack">
        <section aria-labelledby="admin-user-summary">
          <h2 id="admin-user-summary" class="wk-visually-hidden">{{ i18n.t('admin.user.summary') }}</h2>
          <dl class="admin-facts">
            <dt>{{ i18n.t('admin.user.email') }}</dt>
            <dd>
              {{ user.email ?? i18n.t('admin.users.noEmail') }}
              <span class="wk-muted">({{ i18n.t(user.emailVerified ? 'admin.user.emailVerified' : 'admin.user.emailNotVerified') }})</span>
            </dd>
            <dt>{{ i18n.t('admin.users.roles') }}</dt>
            <dd>
              <ul class="wk-cluster admin-badges" data-testid="user-roles">
                @for (role of roles(); track role) {
                  <li>
                    <wk-badge tone="info">{{ i18n.t('admin.role.' + role) }}</wk-badge>
                  </li>
                }
              </ul>
            </dd>
            <dt>{{ i18n.t('admin.home.departments') }}</dt>
            <dd>
              @if (departmentNames().length) {
                <ul class="wk-cluster admin-badges" data-testid="user-departments">
                  @for (name of departmentNames(); track name) {
                    <li>
                      <wk-badge>{{ name }}</wk-badge>
                    </li>
                  }
                </ul>
              } @else {
                {{ i18n.t('admin.none') }}
              }
            </dd>
            <dt>{{ i18n.t('admin.user.createdAt') }}</dt>
            <dd>{{ created() }}</dd>
            <dt>{{ i18n.t('admin.user.lastSignIn') }}</dt>
            <dd>{{ lastSignIn() }}</dd>
          </dl>
          @if (canResend()) {
            <div class="admin-resend" data-testid="resend-verification">
              <p>{{ i18n.t('admin.user.resendText') }}</p>
              <button wkButton variant="secondary" type="button" [busy]="resending()" (click)="resend()">
                {{ i18n.t('admin.user.resend') }}
              </button>
              <div aria-live="polite">
                @if (resent(); as message) {
                  <wk-alert tone="success">{{ message }}</wk-alert>
                }
              </div>
              @if (resendProblem(); as message) {
                <wk-alert tone="danger">{{ message }}</wk-alert>
              }
            </div>
          }
          <p>
            <a [routerLink]="auditLink" [queryParams]="{ targetId: user.id }">{{ i18n.t('admin.user.auditLink') }}</a>
          </p>
          @if (self()) {
            <wk-alert tone="info">{{ i18n.t('admin.user.self') }}</wk-alert>
          }
        </section>
        <section aria-labelledby="admin-user-roles">
          <h2 id="admin-user-roles">{{ i18n.t('admin.roles.heading') }}</h2>
          <wk-admin-user-roles-form [user]="user" (saved)="updated($event)" />
        </section>
        <section aria-labelledby="admin-user-departments">
          <h2 id="admin-user-departments">{{ i18n.t('admin.departments.heading') }}</h2>
          <wk-admin-user-departments-form [user]="user" (saved)="updated($event)" />
        </section>
        <section aria-labelledby="admin-user-status">
          <h2 id="admin-user-status">{{ i18n.t('admin.status.heading') }}</h2>
          <wk-admin-user-status-panel [user]="user" [self]="self()" (saved)="updated($event)" />
        </section>
      </div>
    } @else {
      <wk-skeleton [lines]="6" />
    }
  `,
  styles: `
    .admin-facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: var(--space-3) var(--space-5);
      margin: 0 0 var(--space-4);
    }
    .admin-facts dt {
      font-weight: 600;
    }
    .admin-facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    /* On a phone each fact's name sits above its value, so that a long address has the width. */
    @media (max-width: 40rem) {
      .admin-facts {
        grid-template-columns: minmax(0, 1fr);
        row-gap: 0;
      }
      .admin-facts dd {
        margin-bottom: var(--space-3);
      }
    }
    .admin-badges {
      gap: var(--space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .admin-resend {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--space-3);
      margin: 0 0 var(--space-4);
    }
    .admin-resend p {
      margin: 0;
    }
    .admin-resend wk-alert {
      align-self: stretch;
    }
  `,
})
export class UserDetailPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly session = inject(Session);
  private readonly format = inject(CityFormat);
  private readonly departments = inject(DepartmentsStore);

  protected readonly usersLink = adminPath('pengguna');
  protected readonly auditLink = adminPath('audit');
  protected readonly user = signal<AdminUserDto | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly self = computed(() => this.user()?.id === this.session.profile()?.id);
  protected readonly roles = computed(() => ROLES.filter((role) => this.user()?.roles.includes(role)));
  protected readonly departmentNames = computed(() => this.departments.names(this.user()?.departmentIds ?? []));
  protected readonly created = computed(() => {
    const user = this.user();
    return user ? this.format.dateTime(user.createdAt) : '';
  });
  protected readonly lastSignIn = computed(() => {
    const at = this.user()?.lastSignInAt;
    return at ? this.format.dateTime(at) : this.i18n.t('admin.users.neverSignedIn');
  });
  /** A new verification link helps only an unverified address of an account that still exists. */
  protected readonly canResend = computed(() => {
    const user = this.user();
    return !!user && !!user.email && !user.emailVerified && user.status !== 'deleted';
  });
  protected readonly resending = signal(false);
  protected readonly resent = signal<string | null>(null);
  protected readonly resendProblem = signal<string | null>(null);
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.users'), link: this.usersLink },
    { label: this.user()?.name ?? this.i18n.t('admin.title.user') },
  ]);

  constructor() {
    void this.departments.load();
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((params) => void this.load(params.get('id') ?? ''));
  }

  protected updated(user: AdminUserDto): void {
    this.user.set(user);
    // The staff home and the shell read the session: keep one's own roles there current.
    if (this.self()) this.session.profile.update((me) => (me ? { ...me, roles: user.roles, departmentIds: user.departmentIds } : me));
  }

  /** 409 (verified meanwhile) and 429 (asked too often) come with the API's own words. */
  protected async resend(): Promise<void> {
    const user = this.user();
    if (!user || this.resending()) return;
    this.resending.set(true);
    this.resent.set(null);
    this.resendProblem.set(null);
    try {
      await this.api.resendVerificationEmail(user.id);
      this.resent.set(this.i18n.t('admin.user.resent', { email: user.email ?? '' }));
    } catch (error) {
      this.resendProblem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.resending.set(false);
    }
  }

  protected problemText(problem: ApiProblem): string {
    if (problem.status === 404 || problem.status === 400) return this.i18n.t('admin.user.notFound');
    return problemMessage(problem, this.i18n);
  }

  private async load(id: string): Promise<void> {
    this.user.set(null);
    this.problem.set(null);
    this.resent.set(null);
    this.resendProblem.set(null);
    try {
      const user = await this.api.getUser(id);
      this.user.set(user);
    } catch (error) {
      this.problem.set(toApiProblem(error));
    }
  }
}
