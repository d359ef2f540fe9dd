import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { I18n } from '@walikota/web-i18n';

/** Links between the account's sections, shown above each of them. */
@Component({
  selector: 'wk-account-nav',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="i18n.t('account.nav')">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: true }"
              >{{ i18n.t(link.key) }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      list-style: none;
      padding: 0;
      margin: 0 0 2rem;
      border-bottom: 1px solid var(--color-border);
    }
    a {
      display: inline-block;
      padding: 0.5rem 0;
      border-bottom: 4px solid transparent;
      text-decoration: none;
      font-weight: 600;
    }
    a:hover {
      text-decoration: underline;
    }
    a.active {
      border-bottom-color: var(--color-primary);
      color: var(--color-text);
    }
  `,
})
export class AccountNav {
  protected readonly i18n = inject(I18n);
  protected readonly links = [
    { path: '/profil', key: 'account.nav.profile' },
    { path: '/profil/sandi', key: 'account.nav.password' },
    { path: '/notifikasi', key: 'account.title.notifications' },
    { path: '/profil/data', key: 'account.nav.data' },
  ];
}
