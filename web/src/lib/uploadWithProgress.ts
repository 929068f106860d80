// Uploads one file to /api/uploads with XMLHttpRequest so the page can show upload progress (fetch cannot).
import { apiErrorOf, csrfToken } from './api.js';

export interface UploadedFile {
  id: string;
  originalName: string;
  url: string;
}

export function uploadWithProgress(file: File, onProgress: (percent: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads');
    request.setRequestHeader('X-CSRF-Token', csrfToken());
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      const body: unknown = request.response;
      const uploaded = (body as { data?: UploadedFile[] } | null)?.data?.[0];
      if (request.status === 201 && uploaded) resolve(uploaded);
      else reject(apiErrorOf(request.status, body));
    });
    request.addEventListener('error', () => reject(new Error('network error')));
    const form = new FormData();
    form.append('files', file);
    request.send(form);
  });
}
