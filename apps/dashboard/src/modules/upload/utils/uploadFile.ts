/**
 * One file per request to POST /api/reports, through XMLHttpRequest because fetch has no upload
 * progress. Resolves with the HTTP status and body; rejects only on a network failure.
 */
export function uploadFile(
  file: File,
  token: string,
  region: string | null,
  onProgress: (fraction: number) => void,
  endpoint = '/api/reports',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error('network'));
    xhr.ontimeout = () => reject(new Error('timeout'));
    const form = new FormData();
    form.append('file', file, file.name);
    if (region) form.append('region', region);
    xhr.send(form);
  });
}
