import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pingDatabase, type Db } from '../db/client.js';
import type { AppEnv } from './env.js';
import { ErrorPage } from './pages/error-page.js';
import { pageContext } from './page-context.js';
import { paths } from '../paths.js';
import { render } from './render.js';

const isApi = (c: Context<AppEnv>) => c.req.path.startsWith(paths.api.prefix);

/** Seconds a client is asked to wait when the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

/** Node's socket errors and PostgreSQL's connection-class SQLSTATEs (08…, shutdown 57P01–57P03, too many connections 53300). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const CONNECTION_MESSAGES = [
  /PGlite is closed/i,
  /Connection terminated/i,
  /connection error/i,
  /timeout exceeded when trying to connect/i,
  /Cannot use a pool after calling end/i,
];

/**
 * True when the error (or anything it wraps: drizzle's DrizzleQueryError `cause`, an AggregateError's
 * `errors`) says the database cannot be reached, rather than that a query was wrong.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.some((re) => re.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Per database handle: is an outage going on (so it is logged once, at its start, and once when it ends)? */
const outages = new WeakMap<Db, { down: boolean }>();
const outageOf = (db: Db) => {
  let state = outages.get(db);
  if (!state) outages.set(db, (state = { down: false }));
  return state;
};

/** After a request that went well while an outage was noted: check the database, and note its return once. */
export function databaseOutageWatch(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const { db, logger } = c.get('deps');
    const state = outages.get(db);
    if (!state?.down || c.res.status >= 500) return;
    if (await pingDatabase(db)) {
      state.down = false;
      logger.warn({ requestId: c.get('requestId') }, 'database available again');
    }
  };
}

/** The one place an error becomes a response: JSON for the API, a Danish page for people; never a stack trace. */
export function handleError(err: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const appError = err instanceof AppError ? err : null;
  const deps = c.get('deps');
  let e: AppError;
  if (appError) e = appError;
  else if (isDatabaseUnavailable(err)) {
    e = new AppError('DATABASE_UNAVAILABLE');
    const state = deps ? outageOf(deps.db) : null;
    if (state && !state.down) {
      state.down = true;
      // Once per outage, not a stack trace per request.
      deps?.logger.error({ reason: rootMessage(err), path: c.req.path, requestId: c.get('requestId') }, 'database unavailable');
    }
    c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  } else {
    deps?.logger.error({ err, path: c.req.path, requestId: c.get('requestId') }, 'unhandled error');
    e = new AppError('INTERNAL');
  }
  const status = e.status as ContentfulStatusCode;
  if (isApi(c)) {
    return c.json({ error: { code: e.code, message: e.userMessage.da, ...(e.fields ? { fields: e.fields } : {}) } }, status);
  }
  if (e.code === 'UNAUTHENTICATED' && c.req.method === 'GET') {
    return c.redirect(paths.accounts.login({ tilbage: c.req.path }));
  }
  return render(c, ErrorPage({ ctx: pageContext(c), code: e.code, message: e.userMessage }), status);
}

/** The innermost message of a wrapped error (drizzle's "Failed query: …" wraps the driver's reason). */
function rootMessage(err: unknown): string {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur && typeof cur === 'object' && 'cause' in cur && (cur as { cause?: unknown }).cause; i++) cur = (cur as { cause: unknown }).cause;
  const e = cur as { message?: unknown; code?: unknown };
  return [typeof e.code === 'string' ? e.code : '', typeof e.message === 'string' ? e.message : String(cur)].filter(Boolean).join(' ');
}

export function handleNotFound(c: Context<AppEnv>): Response | Promise<Response> {
  return handleError(new AppError('NOT_FOUND'), c);
}
