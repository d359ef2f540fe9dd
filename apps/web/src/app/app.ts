import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  PLATFORM_ID,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session, SiteStore, UnreadNotifications } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkToasts } from '@walikota/web-ui';
import { filter } from 'rxjs';

interface NavItem {
  path: string;
  key: string;
  /** Whether the item is the current page (or a page within it) for an address's path. */
  current: (path: string) => boolean;
}

/** `path` is `section` or a page below it. */
const within = (path: string, section: string) => path === section || path.startsWith(`${section}/`);

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
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly destroyRef = inject(DestroyRef);
  /** Only a browser knows; a page rendered on the server was, by definition, served. */
  protected readonly offline = signal(this.browser && !navigator.onLine);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');
  /** The phone menu (account links and main menu); closed again by every navigation. */
  protected readonly menuOpen = signal(false);
  /** The staff area works with wide tables: it gets more of a large screen. */
  protected readonly wide = signal(false);

  /** The current address, as the router last settled it. */
  private readonly url = signal(this.router.url);
  private readonly path = computed(() => this.url().split(/[?#]/)[0]);
  /**
   * The skip link's address is the current page's own (`<base href="/">` would turn `#main`
   * into the home page); a click moves focus without navigating at all.
   */
  protected readonly skipHref = computed(() => `${this.url().split('#')[0]}#main`);

  /** What exists today (the budget is announced on the home page until it opens). */
  protected readonly nav: readonly NavItem[] = [
    { path: '/', key: 'shell.nav.home', current: (path) => path === '/' },
    {
      path: '/aspirasi',
      key: 'shell.nav.reports',
      current: (path) => within(path, '/aspirasi') && !within(path, '/aspirasi/statistik'),
    },
    { path: '/lacak', key: 'shell.nav.track', current: (path) => within(path, '/lacak') },
    { path: '/aspirasi/statistik', key: 'shell.nav.statistics', current: (path) => within(path, '/aspirasi/statistik') },
    { path: '/petisi', key: 'shell.nav.petitions', current: (path) => within(path, '/petisi') },
    { path: '/forum', key: 'shell.nav.forums', current: (path) => within(path, '/forum') },
    { path: '/balai-kota', key: 'shell.nav.meetings', current: (path) => within(path, '/balai-kota') },
  ];

  constructor() {
    if (this.browser) this.watchConnection();
    // After an in-app navigation, a screen reader starts at the new page's content, as it would
    // after a full page load. The initial navigation (id 1) keeps the browser's own focus; one that
    // replaces it before it ends (a quick click) is in-app and moves focus.
    this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((event) => {
      this.url.set(event.urlAfterRedirects);
      this.menuOpen.set(false);
      this.wide.set(/^\/admin(\/|\?|#|$)/.test(event.urlAfterRedirects));
      if (event.id > 1 && !this.router.getCurrentNavigation()?.extras.state?.['keepFocus'])
        this.main().nativeElement.focus({ preventScroll: true });
    });
  }

  private watchConnection(): void {
    const setOffline = () => this.offline.set(!navigator.onLine);
    window.addEventListener('online', setOffline);
    window.addEventListener('offline', setOffline);
    this.destroyRef.onDestroy(() => {
      window.removeEventListener('online', setOffline);
      window.removeEventListener('offline', setOffline);
    });
  }

  protected isCurrent(item: NavItem): boolean {
    return item.current(this.path());
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
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
