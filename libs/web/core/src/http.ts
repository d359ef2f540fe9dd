import {
  HttpContextToken,
  HttpErrorResponse,
  HttpEvent,
  HttpEventType,
  HttpHandlerFn,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { Observable, catchError, filter, finalize, map, of, shareReplay, switchMap, take, throwError, timeout } from 'rxjs';
import { accessTokenStale, readSessionHint } from './session-hint';

/** How long a request may take before the user is told the server does not answer. */
export const REQUEST_TIMEOUT_MS = new HttpContextToken<number>(() => 20_000);

/** Calls that must not trigger a refresh themselves. */
const NO_REFRESH = new Set(['/api/auth/refresh', '/api/auth/login', '/api/auth/register']);

/** One refresh at a time, shared by every request that needs it. */
@Injectable({ providedIn: 'root' })
export class SessionRefresher {
  private inFlight: Observable<boolean> | null = null;

  refresh(next: HttpHandlerFn): Observable<boolean> {
    this.inFlight ??= next(new HttpRequest<null>('POST', '/api/auth/refresh', null, { withCredentials: true })).pipe(
      // The response is the only event that matters; a failure (the API then clears the cookies)
      // leaves the request to go out and answer 401 as it would have.
      filter((event) => event.type === HttpEventType.Response),
      take(1),
      map(() => true),
      catchError(() => of(false)),
      finalize(() => (this.inFlight = null)),
      shareReplay(1),
    );
    return this.inFlight;
  }
}

/**
 * For every `/api/` call: sends the user's language (the API answers errors in it), refreshes an
 * expired access token first, retries once after a refresh when the API still answers 401, and
 * gives up after a time-out.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const language = inject(I18n).language();
  const refresher = inject(SessionRefresher);
  const prepared = request.clone({ setHeaders: { 'Accept-Language': language } });
  const send = (): Observable<HttpEvent<unknown>> => next(prepared).pipe(timeout(prepared.context.get(REQUEST_TIMEOUT_MS)));
  if (NO_REFRESH.has(request.url)) return send();

  const hint = readSessionHint();
  const ready = hint !== null && accessTokenStale(hint) ? refresher.refresh(next) : of(false);
  return ready.pipe(
    switchMap((refreshed) =>
      send().pipe(
        catchError((error: unknown) => {
          const retry = error instanceof HttpErrorResponse && error.status === 401 && !refreshed && readSessionHint() !== null;
          if (!retry) return throwError(() => error);
          return refresher.refresh(next).pipe(switchMap((ok) => (ok ? send() : throwError(() => error))));
        }),
      ),
    ),
  );
};
