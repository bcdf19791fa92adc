import type { Context } from 'hono';
import type { AppEnv } from '../../env.js';

/** A stored file as a download: its detected type, and a Content-Disposition that survives any file name. */
export function attachmentResponse(c: Context<AppEnv>, file: { fileName: string; contentType: string; data: Uint8Array }): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const body = new Uint8Array(file.data.byteLength);
  body.set(file.data);
  return c.body(body, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'content-length': String(file.data.byteLength),
    'cache-control': 'private, no-store',
  });
}
