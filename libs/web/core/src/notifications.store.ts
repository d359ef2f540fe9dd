import { DestroyRef, Injectable, effect, inject, signal } from '@angular/core';
import { API } from './api';
import { Session } from './session.store';

const POLL_MS = 60_000;

/** The unread badge: fetched on sign-in, then every minute while the tab is visible. */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(API);
  private readonly session = inject(Session);
  readonly count = signal(0);

  constructor() {
    let timer: ReturnType<typeof setInterval> | undefined;
    effect(() => {
      clearInterval(timer);
      if (!this.session.signedIn()) {
        this.count.set(0);
        return;
      }
      void this.refresh();
      timer = setInterval(() => {
        if (document.visibilityState === 'visible') void this.refresh();
      }, POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  async refresh(): Promise<void> {
    try {
      this.count.set((await this.api.getUnreadNotificationCount()).count);
    } catch {
      // The badge is a hint; a failed poll keeps the last value.
    }
  }

  markedRead(howMany = 1): void {
    this.count.update((count) => Math.max(0, count - howMany));
  }
}
