import { HttpClient, HttpParams } from '@angular/common/http';
import { InjectionToken, inject } from '@angular/core';
import { ApiClient, ApiRequest, createApiClient } from '@walikota/shared-contracts';
import { firstValueFrom } from 'rxjs';

/** The generated API client, sending through Angular's HttpClient (which adds the CSRF header). */
export const API = new InjectionToken<ApiClient>('API', {
  providedIn: 'root',
  factory: () => {
    const http = inject(HttpClient);
    return createApiClient(<T>(request: ApiRequest) => {
      let params = new HttpParams();
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value !== undefined) params = params.set(key, String(value));
      }
      return firstValueFrom(http.request<T>(request.method, request.url, { body: request.body, params, withCredentials: true }));
    });
  },
});
