import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { NotificationDto } from '@walikota/shared-contracts';
import { API, CityFormat, UnreadNotifications, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkBadge, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { AccountNav } from './account-nav';

const PAGE_SIZE = 20;

/** `/notifikasi`: the inbox, newest first, with keyset "load more". */
@Component({
  selector: 'wk-notifications-page',
  imports: [RouterLink, AccountNav, WkAlert, WkBadge, WkButton, WkEmptyState, WkPageHeader, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('account.title.notifications')" [lead]="i18n.t('account.notifications.lead')" />
    <wk-account-nav />
    <p class="wk-cluster">
      @if (unread.count() > 0) {
        <button wkButton variant="secondary" type="button" (click)="markAll()">{{ i18n.t('account.notifications.markAll') }}</button>
      }
      <a routerLink="/profil">{{ i18n.t('account.notifications.settings') }}</a>
    </p>
    @if (failure(); as message) {
      <wk-alert tone="danger">{{ message }}</wk-alert>
    }
    @if (items().length === 0 && loading()) {
      <wk-skeleton [lines]="4" />
    } @else if (items().length === 0 && !failure()) {
      <wk-empty-state [heading]="i18n.t('account.notifications.empty.heading')" [text]="i18n.t('account.notifications.empty.text')" />
    } @else {
      <ul class="inbox">
        @for (item of items(); track item.id) {
          <li [class.unread]="!item.readAt">
            <h2>
              {{ item.title }}
              @if (!item.readAt) {
                <wk-badge tone="info">{{ i18n.t('account.notifications.unread') }}</wk-badge>
              }
            </h2>
            <p class="wk-muted">
              <time [attr.datetime]="item.createdAt">{{ when(item.createdAt) }}</time>
            </p>
            <p>{{ item.body }}</p>
            <p class="wk-cluster">
              @if (item.link) {
                <button wkButton variant="link" type="button" (click)="open(item)">
                  {{ i18n.t('account.notifications.open') }}<span class="wk-visually-hidden">: {{ item.title }}</span>
                </button>
              }
              @if (!item.readAt) {
                <button wkButton variant="link" type="button" (click)="markRead(item)">
                  {{ i18n.t('account.notifications.markRead') }}<span class="wk-visually-hidden">: {{ item.title }}</span>
                </button>
              }
            </p>
          </li>
        }
      </ul>
      @if (nextCursor()) {
        <p>
          <button wkButton variant="secondary" type="button" [busy]="loading()" (click)="load()">{{ i18n.t('ui.loadMore') }}</button>
        </p>
      }
    }
  `,
  styles: `
    .inbox {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .inbox li {
      border-left: 6px solid transparent;
      border-bottom: 1px solid var(--color-border);
      padding: 1rem 0 1rem 1rem;
    }
    .inbox li.unread {
      border-left-color: var(--color-primary);
      background: var(--color-surface);
    }
    .inbox h2 {
      font-size: 1.125rem;
      margin: 0;
    }
    .inbox p {
      margin: 0.25rem 0 0;
    }
  `,
})
export class NotificationsPage implements OnInit {
  protected readonly i18n = inject(I18n);
  protected readonly unread = inject(UnreadNotifications);
  private readonly api = inject(API);
  private readonly format = inject(CityFormat);
  private readonly router = inject(Router);
  private readonly toasts = inject(Toasts);
  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected when(iso: string): string {
    return this.format.dateTime(iso);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.listNotifications({ before: this.nextCursor() ?? undefined, limit: PAGE_SIZE });
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.failure.set(null);
    } catch (error) {
      this.failure.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.loading.set(false);
    }
  }

  protected async markRead(item: NotificationDto): Promise<void> {
    try {
      await this.api.markNotificationRead(item.id);
      this.items.update((items) => items.map((i) => (i.id === item.id ? { ...i, readAt: new Date().toISOString() } : i)));
      this.unread.markedRead();
    } catch (error) {
      this.toasts.show(problemMessage(toApiProblem(error), this.i18n), 'error');
    }
  }

  protected async markAll(): Promise<void> {
    try {
      await this.api.markAllNotificationsRead();
      const now = new Date().toISOString();
      this.items.update((items) => items.map((i) => ({ ...i, readAt: i.readAt ?? now })));
      this.unread.count.set(0);
      this.toasts.show(this.i18n.t('account.notifications.allRead'), 'success');
    } catch (error) {
      this.toasts.show(problemMessage(toApiProblem(error), this.i18n), 'error');
    }
  }

  /** Opens the notification's subject: a portal path in the app, anything else as a page load. */
  protected async open(item: NotificationDto): Promise<void> {
    if (!item.readAt) await this.markRead(item);
    const link = item.link ?? '/';
    if (link.startsWith('/') && !link.startsWith('//')) await this.router.navigateByUrl(link);
    else if (/^https?:\/\//.test(link)) window.location.assign(link);
  }
}
