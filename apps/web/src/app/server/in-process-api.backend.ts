import { HttpBackend, HttpErrorResponse, HttpEvent, HttpHeaders, HttpRequest, HttpResponse } from '@angular/common/http';
import { Injectable, PendingTasks, REQUEST_CONTEXT, inject } from '@angular/core';
import type { ServerApiResponse, ServerRenderContext } from '@walikota/shared-contracts';
import { Observable } from 'rxjs';

/**
 * HttpClient's backend while a page renders on the server: GETs of `/api/…` are answered by the
 * API process that is rendering the page (ServerRenderContext.api), without a network round trip.
 * Anything else fails at once, and the page shows what it shows when the API does not answer;
 * the API then sends the browser-rendered page instead (docs/architecture.md, "Server-side
 * rendering").
 *
 * The request stays pending until a macrotask after its answer, so that the page's own promise
 * continuations have set their signals before Angular decides the page is complete.
 */
@Injectable()
export class InProcessApiBackend implements HttpBackend {
  private readonly context = inject(REQUEST_CONTEXT, { optional: true }) as ServerRenderContext | null;
  private readonly pendingTasks = inject(PendingTasks);

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return new Observable<HttpEvent<unknown>>((subscriber) => {
      const context = this.context;
      const base = context?.publicUrl ?? 'http://localhost';
      const url = new URL(request.urlWithParams, `${base}/`);
      const fail = (error: unknown, status = 0) =>
        subscriber.error(new HttpErrorResponse({ error, status, statusText: 'Server rendering', url: url.href }));
      if (!context || request.method !== 'GET' || url.origin !== new URL(base).origin || !url.pathname.startsWith('/api/')) {
        fail(`not available while rendering on the server: ${request.method} ${url.pathname}`);
        return undefined;
      }
      const headers: Record<string, string> = {};
      for (const name of request.headers.keys()) {
        const value = request.headers.get(name);
        if (value !== null) headers[name.toLowerCase()] = value;
      }
      const settled = this.pendingTasks.add();
      let active = true;
      context
        .api(`${url.pathname}${url.search}`, headers)
        .then(
          (response) => {
            if (!active) return;
            let body: unknown;
            try {
              body = parseBody(response, request.responseType);
            } catch (error) {
              fail(error instanceof Error ? error.message : String(error));
              return;
            }
            const responseHeaders = new HttpHeaders(response.headers);
            if (response.status >= 200 && response.status < 300) {
              subscriber.next(new HttpResponse({ body, status: response.status, headers: responseHeaders, url: url.href }));
              subscriber.complete();
            } else {
              fail(body, response.status);
            }
          },
          (error: unknown) => active && fail(error instanceof Error ? error.message : String(error)),
        )
        .finally(() => setTimeout(settled, 0));
      return () => {
        active = false;
      };
    });
  }
}

function parseBody(response: ServerApiResponse, responseType: HttpRequest<unknown>['responseType']): unknown {
  if (responseType === 'text') return response.body;
  if (responseType !== 'json') throw new Error(`the server renderer reads JSON and text only, not ${responseType}`);
  if (response.body === '') return null;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return response.body;
  }
}
