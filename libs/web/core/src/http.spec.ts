import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { apiInterceptor } from './http';

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const setHint = (expiresAt: number | null) => {
    document.cookie = expiresAt === null ? 'wk_session=; max-age=0; path=/' : `wk_session=${expiresAt}; path=/`;
  };

  beforeEach(() => {
    localStorage.clear();
    setHint(null);
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting()] });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the user’s language so that the API answers errors in it', async () => {
    const answer = firstValueFrom(http.get('/api/me'));
    const request = backend.expectOne('/api/me');
    expect(request.request.headers.get('Accept-Language')).toBe('id');
    request.flush({ ok: true });
    await answer;
  });

  it('refreshes an expired access token before the request, once for concurrent requests', async () => {
    setHint(nowSeconds() - 5);
    const answers = Promise.all([firstValueFrom(http.get('/api/me')), firstValueFrom(http.get('/api/notifications/unread-count'))]);
    backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/me').flush({ name: 'Sri' });
    backend.expectOne('/api/notifications/unread-count').flush({ count: 2 });
    expect(await answers).toEqual([{ name: 'Sri' }, { count: 2 }]);
  });

  it('retries once after refreshing when the API still answers 401', async () => {
    setHint(nowSeconds() + 600);
    const answer = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush({ code: 'unauthorized', message: 'Masuk dulu.' }, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/me').flush({ name: 'Sri' });
    expect(await answer).toEqual({ name: 'Sri' });
  });

  it('lets a visitor’s 401 through without trying to refresh', async () => {
    const answer = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush({ code: 'unauthorized', message: 'Masuk dulu.' }, { status: 401, statusText: 'Unauthorized' });
    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
  });

  it('gives up with the original 401 when the refresh fails', async () => {
    setHint(nowSeconds() + 600);
    const answer = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush({ code: 'unauthorized', message: 'Masuk dulu.' }, { status: 401, statusText: 'Unauthorized' });
    backend
      .expectOne('/api/auth/refresh')
      .flush({ code: 'session_expired', message: 'Sesi berakhir.' }, { status: 401, statusText: 'Unauthorized' });
    await expect(answer).rejects.toMatchObject({ status: 401, url: '/api/me' });
  });

  it('leaves requests outside the API alone', async () => {
    const answer = firstValueFrom(http.get('/logo.svg', { responseType: 'text' }));
    const request = backend.expectOne('/logo.svg');
    expect(request.request.headers.has('Accept-Language')).toBe(false);
    request.flush('<svg/>');
    await answer;
  });
});
