import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';

/** What a form or JSON body may weigh (the largest application form with every row filled is well below). */
export const MAX_FORM_BYTES = 1024 * 1024;
/** Room for a multipart request's own framing and form fields beside the file. */
const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

const tooLarge = (maxBytes: number) => () => {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  throw new AppError('PAYLOAD_TOO_LARGE', {
    message: { da: `Forespørgslen er for stor (højst ${String(mb).replace('.', ',')} MB).`, en: `The request is too large (at most ${mb} MB).` },
  });
};

/**
 * Every request body is limited before anything reads it — also anonymous ones (login). A declared
 * Content-Length over the limit is refused at once; a streamed body is cut off as soon as it passes
 * the limit, so a 200 MB upload costs the server no more than the limit. Uploads (multipart) may carry
 * a file of `maxUploadBytes`; everything else `MAX_FORM_BYTES`.
 */
export function bodyLimits(maxUploadBytes: number): MiddlewareHandler<AppEnv> {
  const forms = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: tooLarge(MAX_FORM_BYTES) });
  const uploads = bodyLimit({ maxSize: maxUploadBytes + MULTIPART_OVERHEAD_BYTES, onError: tooLarge(maxUploadBytes) });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const multipart = (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
    return (multipart ? uploads : forms)(c, next);
  };
}
