import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import type { AppDeps, AppEnv } from './web/env.js';
import { databaseOutageWatch, handleError, handleNotFound } from './web/error-handler.js';
import { bodyLimits } from './web/body-limits.js';
import { requestLogger } from './web/request-logger.js';
import { securityHeaders } from './web/security-headers.js';
import { sessionMiddleware } from './web/session.js';
import { twoFactorEnrolmentGate } from './web/two-factor-gate.js';
import { staticRoutes } from './web/static.js';
import { apiRoutes } from './web/api/routes.js';
import { pageRoutes } from './web/pages/routes.js';

/** A page or API answer for a logged-in user is never kept by a browser or proxy cache. */
const noStoreWhenLoggedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.get('actor') && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
};

/** Build the application around its dependencies. Tests call this with a fresh database. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestId());
  // gzip for text answers (HTML, JSON, CSS, JS, CSV, SVG) via Node's CompressionStream; hono/compress
  // leaves already-compressed types (PDF, ZIP, XLSX, images) and answers under 1 KB alone.
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestLogger());
  app.use('*', databaseOutageWatch());
  app.use('*', securityHeaders());
  app.route('/', staticRoutes());
  app.get('/healthz', async (c) => {
    const { pingDatabase } = await import('./db/client.js');
    const ok = await pingDatabase(deps.db);
    return c.json({ status: ok ? 'ok' : 'database unavailable' }, ok ? 200 : 503);
  });
  app.use('*', bodyLimits(deps.config.maxUploadBytes));
  app.use('*', sessionMiddleware());
  app.use('*', twoFactorEnrolmentGate());
  app.use('*', noStoreWhenLoggedIn);
  app.route('/api/v1', apiRoutes());
  app.route('/', pageRoutes());
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
