import { HttpClient, HttpParams } from '@angular/common/http';
import { InjectionToken, inject } from '@angular/core';
import { ApiClient, ApiRequest, createApiClient } from '@walikota/shared-contracts';
import { firstValueFrom } from 'rxjs';

/**
 * The generated API client, sending through Angular's HttpClient (which adds the CSRF header).
 * The API is on the same origin, so cookies go without `withCredentials`; leaving it off also lets
 * what the server fetched while rendering a page travel with the page (the transfer cache skips
 * requests marked as sending credentials).
 */
export const API = new InjectionToken<ApiClient>('API', {
  providedIn: 'root',
  factory: () => {
    const http = inject(HttpClient);
    return createApiClient(<T>(request: ApiRequest) => {
      let params = new HttpParams();
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value !== undefined) params = params.set(key, String(value));
      }
      return firstValueFrom(http.request<T>(request.method, request.url, { body: request.body, params }));
    });
  },
});
