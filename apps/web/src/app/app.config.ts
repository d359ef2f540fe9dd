import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideClientHydration, withHttpTransferCacheOptions } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { Session, SiteStore, apiInterceptor } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { routes } from './app.routes';
import { I18nTitleStrategy } from './title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Public pages arrive rendered by the server (docs/architecture.md, "Server-side rendering"):
    // the app takes over the page as it is and reads the API answers the server already fetched
    // from the page instead of asking again. No event replay (5 kB of the first download): before
    // the app runs, links and the public pages' GET forms work as plain HTML, answered by the
    // server renderer.
    provideClientHydration(withHttpTransferCacheOptions({ includePostRequests: false })),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    // The API's CSRF cookie and header names are Angular's defaults.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([apiInterceptor]),
    ),
    // A visitor costs no request here; a signed-in user's profile (and language) is known before
    // the first page renders, so the header does not flicker from "Masuk" to their name.
    provideAppInitializer(() =>
      Promise.all([
        inject(SiteStore).load(),
        inject(Session).restore(),
        inject(I18n)
          .ready()
          .catch(() => undefined),
        yieldToBrowser(),
      ]),
    ),
  ],
};

/**
 * A macrotask boundary: starting the app is split into pieces that each leave the browser a
 * moment to paint and answer input (a cheap phone spends hundreds of milliseconds here).
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
