import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UploadDto } from '@walikota/shared-contracts';
import { AttachmentUploads, UploadProgress } from './attachment-uploads';

describe(AttachmentUploads.name, () => {
  let uploads: AttachmentUploads;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    uploads = TestBed.inject(AttachmentUploads);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('sends the file as multipart field `file` and reports progress, then the stored upload', () => {
    const file = new File([new Uint8Array(2000)], 'jalan.png', { type: 'image/png' });
    const seen: UploadProgress[] = [];
    uploads.upload(file).subscribe((progress) => seen.push(progress));

    const request = backend.expectOne({ method: 'POST', url: '/api/uploads' });
    expect(request.request.reportProgress).toBe(true);
    expect(request.request.withCredentials).toBe(true);
    const body = request.request.body as FormData;
    expect((body.get('file') as File).name).toBe('jalan.png');

    request.event({ type: HttpEventType.UploadProgress, loaded: 500, total: 2000 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 2000, total: 2000 });
    const stored: UploadDto = { id: 'u1', contentType: 'image/png', byteSize: 1800, name: 'jalan.png', width: 10, height: 10 };
    request.flush(stored, { status: 201, statusText: 'Created' });

    expect(seen).toEqual([
      { kind: 'progress', percent: 25 },
      { kind: 'progress', percent: 100 },
      { kind: 'done', upload: stored },
    ]);
  });
});
