import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** One structured log line per request. */
export function requestLogger(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    c.get('deps').logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
        userId: c.get('actor')?.userId,
      },
      'request',
    );
  };
}
