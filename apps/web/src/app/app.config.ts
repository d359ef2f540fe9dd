import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { Session, SiteStore, apiInterceptor } from '@walikota/web-core';
import { routes } from './app.routes';
import { I18nTitleStrategy } from './title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
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
    provideAppInitializer(() => Promise.all([inject(SiteStore).load(), inject(Session).restore()])),
  ],
};
