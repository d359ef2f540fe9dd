import { HttpClient, HttpEventType, HttpRequest } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UploadDto } from '@walikota/shared-contracts';
import { Observable, filter, map } from 'rxjs';

/** Where an upload stands: bytes sent so far (0–100), then the stored file. */
export type UploadProgress = { kind: 'progress'; percent: number } | { kind: 'done'; upload: UploadDto };

export const UPLOAD_URL = '/api/uploads';
export const ATTACHMENT_TYPES = 'image/jpeg,image/png,image/webp,application/pdf';
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Uploads one attachment as multipart (`file`) with progress events. Goes through HttpClient, so
 * the app's interceptor adds the CSRF header, the language and the session refresh. Its time-out
 * counts from the last event, and progress events keep coming while a large file is sent.
 */
@Injectable({ providedIn: 'root' })
export class AttachmentUploads {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    const request = new HttpRequest('POST', UPLOAD_URL, body, {
      reportProgress: true,
      withCredentials: true,
    });
    return this.http.request<UploadDto>(request).pipe(
      map((event): UploadProgress | null => {
        if (event.type === HttpEventType.UploadProgress) {
          const total = event.total ?? file.size;
          return { kind: 'progress', percent: total ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0 };
        }
        if (event.type === HttpEventType.Response && event.body) return { kind: 'done', upload: event.body };
        return null;
      }),
      filter((progress): progress is UploadProgress => progress !== null),
    );
  }
}
