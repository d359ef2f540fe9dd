import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { forumPath } from './forum-labels';

/** The sections of forum moderation, under each page's heading; the current one marked for screen readers. */
@Component({
  selector: 'wk-admin-forum-nav',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="i18n.t('admin.forum.nav')">
      <ul class="wk-cluster forum-nav">
        @for (link of links(); track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="forum-nav--current"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ i18n.t(link.title) }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .forum-nav {
      gap: var(--space-2) var(--space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .forum-nav a {
      display: inline-block;
      padding: var(--space-2) 0;
    }
    .forum-nav--current {
      font-weight: 700;
      text-decoration: none;
    }
  `,
})
export class ForumNav {
  protected readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  protected readonly links = computed(() => [
    { path: forumPath(), title: 'admin.forum.title.queue' },
    { path: forumPath('sanksi'), title: 'admin.forum.title.sanctions' },
    { path: forumPath('kata-pantauan'), title: 'admin.forum.title.watched' },
    { path: forumPath('banding'), title: 'admin.forum.title.appeals' },
    ...(this.session.hasRole('admin') ? [{ path: forumPath('kategori'), title: 'admin.forum.title.categories' }] : []),
  ]);
}
