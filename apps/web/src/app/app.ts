import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session, SiteStore, UnreadNotifications } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkToasts } from '@walikota/web-ui';
import { filter } from 'rxjs';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, WkToasts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Component styles are injected at run time; the server's per-page nonce lets them through
  // the strict style-src policy (see serveWebApp).
  styleUrl: './shell/shell.css',
  templateUrl: './shell/shell.html',
  host: { '[class.wide]': 'wide()' },
})
export class App {
  protected readonly i18n = inject(I18n);
  protected readonly site = inject(SiteStore);
  protected readonly session = inject(Session);
  protected readonly unread = inject(UnreadNotifications);
  private readonly toasts = inject(Toasts);
  private readonly router = inject(Router);
  protected readonly offline = signal(typeof navigator !== 'undefined' && !navigator.onLine);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');
  /** The phone menu (account links and main menu); closed again by every navigation. */
  protected readonly menuOpen = signal(false);
  /** The staff area works with wide tables: it gets more of a large screen. */
  protected readonly wide = signal(false);

  protected readonly nav = [
    { path: '/', key: 'shell.nav.home', exact: true },
    { path: '/aspirasi', key: 'shell.nav.reports', exact: false },
    { path: '/petisi', key: 'shell.nav.petitions', exact: false },
    { path: '/forum', key: 'shell.nav.forums', exact: false },
    { path: '/anggaran', key: 'shell.nav.budget', exact: false },
    { path: '/lacak', key: 'shell.nav.track', exact: false },
  ];

  constructor() {
    const setOffline = () => this.offline.set(!navigator.onLine);
    window.addEventListener('online', setOffline);
    window.addEventListener('offline', setOffline);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', setOffline);
      window.removeEventListener('offline', setOffline);
    });
    // After an in-app navigation, a screen reader starts at the new page's content, as it would
    // after a full page load. The initial navigation (id 1) keeps the browser's own focus; one that
    // replaces it before it ends (a quick click) is in-app and moves focus.
    this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((event) => {
      this.menuOpen.set(false);
      this.wide.set(/^\/admin(\/|\?|#|$)/.test(event.urlAfterRedirects));
      if (event.id > 1 && !this.router.getCurrentNavigation()?.extras.state?.['keepFocus'])
        this.main().nativeElement.focus({ preventScroll: true });
    });
  }

  /** Escape closes the phone menu and puts focus back on its button. */
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton().nativeElement.focus();
  }

  protected toggleLanguage(): void {
    void this.session.useLanguage(this.i18n.language() === 'id' ? 'en' : 'id').catch(() => undefined);
  }

  protected async signOut(): Promise<void> {
    try {
      await this.session.signOut();
    } catch {
      // The session is forgotten here either way; the server's expires on its own.
    }
    this.toasts.show(this.i18n.t('shell.signedOut'), 'success');
    await this.router.navigateByUrl('/');
  }
}
