import type { Context } from 'hono';
import { AppError } from '../errors.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';
import { ErrorPage } from './pages/error-page.js';
import { pageContext } from './page-context.js';
import { paths } from '../paths.js';
import { render } from './render.js';

const isApi = (c: Context<AppEnv>) => c.req.path.startsWith(paths.api.prefix);

/** The one place an error becomes a response: JSON for the API, a Danish page for people; never a stack trace. */
export function handleError(err: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const appError = err instanceof AppError ? err : null;
  if (!appError) c.get('deps')?.logger.error({ err, path: c.req.path, requestId: c.get('requestId') }, 'unhandled error');
  const e = appError ?? new AppError('INTERNAL');
  const status = e.status as ContentfulStatusCode;
  if (isApi(c)) {
    return c.json({ error: { code: e.code, message: e.userMessage.da, ...(e.fields ? { fields: e.fields } : {}) } }, status);
  }
  if (e.code === 'UNAUTHENTICATED' && c.req.method === 'GET') {
    return c.redirect(paths.accounts.login({ tilbage: c.req.path }));
  }
  return render(c, ErrorPage({ ctx: pageContext(c), code: e.code, message: e.userMessage }), status);
}

export function handleNotFound(c: Context<AppEnv>): Response | Promise<Response> {
  return handleError(new AppError('NOT_FOUND'), c);
}
